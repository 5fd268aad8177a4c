package org.safeguard.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public calculator page: no login, same answer as the API, blank rows ignored, errors beside the fields. */
@SafeguardTest
class CalculatorPageTest {

    @Autowired
    MockMvc mvc;

    /** Two members in rows 1 and 3 (row 2 left blank), a deposit owned by member 3, one deduction. */
    private static MockHttpServletRequestBuilder household(MockHttpServletRequestBuilder request) {
        return request.param("regionCode", "420106006001").param("referenceDate", "2020-08-01").param("hukouType", "URBAN")
                .param("members[0].birthDate", "1945-03-01").param("members[0].counted", "true")
                .param("members[0].disabilityGrade", "2")
                .param("members[0].incomes[WAGE]", "1200").param("members[0].incomes[SCHOLARSHIP]", "300")
                .param("members[1].counted", "true")
                .param("members[2].birthDate", "1980-06-01").param("members[2].counted", "true")
                .param("members[2].incomes[BUSINESS_NET]", "2400")
                .param("assets[0].type", "DEPOSIT").param("assets[0].value", "5000").param("assets[0].owner", "3")
                .param("deductions[1].type", "RIGID_MEDICAL").param("deductions[1].amount", "600");
    }

    private static final String SAME_AS_JSON = """
            {"regionCode":"420106006001","referenceDate":"2020-08-01","hukouType":"URBAN",
             "members":[{"ref":"1","birthDate":"1945-03-01","counted":true,"disabilityGrade":2,
                         "incomes":[{"type":"WAGE","amount":1200},{"type":"SCHOLARSHIP","amount":300}]},
                        {"ref":"3","birthDate":"1980-06-01","counted":true,"incomes":[{"type":"BUSINESS_NET","amount":2400}]}],
             "assets":[{"type":"DEPOSIT","value":5000,"ownerRef":"3"}],
             "deductions":[{"type":"RIGID_MEDICAL","amount":600}]}""";

    /** An anonymous visitor who chose English (the page language follows the visitor's choice, Chinese by default). */
    private org.springframework.mock.web.MockHttpSession english() throws Exception {
        var result = mvc.perform(post("/preferences/language").with(csrf()).param("lang", "en")).andReturn();
        return (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void anyoneCanOpenAndUseTheCalculatorWithoutSigningIn() throws Exception {
        MvcResult form = mvc.perform(get("/calculator")).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString()).contains("id=\"calculator-form\"")
                .contains("name=\"members[5].birthDate\"").contains("name=\"_csrf\"");
        MvcResult result = mvc.perform(household(post("/calculator")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("id=\"result-amount\"");
    }

    @Test
    void memberRowsCanBeAddedAndRemovedWithoutCalculating() throws Exception {
        String added = mvc.perform(household(post("/calculator")).with(csrf()).param("addMember", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(added).contains("name=\"members[6].birthDate\"").doesNotContain("id=\"result\"")
                .contains("value=\"1945-03-01\"");
        String removed = mvc.perform(household(post("/calculator")).with(csrf()).param("removeMember", "0"))
                .andReturn().getResponse().getContentAsString();
        // member 1 is gone: the former third row (born 1980) is now the second, and six rows remain
        assertThat(removed).doesNotContain("value=\"1945-03-01\"").contains("name=\"members[5].birthDate\"")
                .doesNotContain("name=\"members[6].birthDate\"");
        assertThat(removed).containsPattern("id=\"members-1-birthDate\"[^>]*value=\"1980-06-01\"");
    }

    @Test
    void withoutTheCsrfTokenAPostIsRefused() throws Exception {
        assertThat(mvc.perform(household(post("/calculator"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void thePageGivesTheSameAnswerAsTheApiForTheSameHousehold() throws Exception {
        String api = mvc.perform(as("worker", post("/api/v1/calculations/dibao")).content(SAME_AS_JSON).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        String html = mvc.perform(household(post("/calculator")).with(csrf()).session(english()))
                .andReturn().getResponse().getContentAsString();
        String amount = JsonPath.read(api, "$.monthlyAmount");
        String perCapita = JsonPath.read(api, "$.perCapitaIncome");
        String lastStep = JsonPath.read(api, "$.trace[-1].text");
        assertThat(html).contains("id=\"result-amount\">" + amount + "<").contains("id=\"result-per-capita\">" + perCapita + "<")
                .contains("id=\"result-standard\">" + JsonPath.read(api, "$.standard") + "<")
                .contains(lastStep).contains("Illustrative demo value");
        assertThat((String) JsonPath.read(api, "$.outcome")).isEqualTo("ELIGIBLE");
    }

    @Test
    void theTraceIsInChineseForAChineseReader() throws Exception {
        String html = mvc.perform(household(post("/calculator")).with(csrf()).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("符合低保条件。").contains("适用的城市低保标准").doesNotContain("??");
    }

    @Test
    void problemsAreShownBesideTheirFieldsInTheFormsRows() throws Exception {
        String html = mvc.perform(post("/calculator").with(csrf()).session(english())
                        .param("regionCode", "420106006001").param("referenceDate", "2020-08-01").param("hukouType", "URBAN")
                        .param("members[3].birthDate", "1980-13-01").param("members[3].incomes[WAGE]", "12.345")
                        .param("members[4].birthDate", "1990-01-01").param("members[4].incomes[OTHER]", "twelve")
                        .param("assets[2].type", "VEHICLE").param("assets[2].owner", "6"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-summary\"").contains("id=\"members-3-birthDate-error\"")
                .contains("id=\"members-3-incomes-WAGE-error\"").contains("id=\"assets-2-owner-error\"")
                .contains("id=\"members-4-incomes-OTHER-error\"")
                .doesNotContain("id=\"result\"");
    }
}
