package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The window page in both languages: error summary, check answers before recording, confirmation by a second person. */
@SafeguardTest
class DisbursementPagesTest {

    private static final String COMMUNITY = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    JdbcClient jdbc;

    private MockHttpSession login(String username, String lang) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(PayrollFixtures.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/preferences/language").session(session).with(csrf()).param("lang", lang));
        return session;
    }

    private static MockHttpServletRequestBuilder filled(String url, String caseRef) {
        return filled(url, caseRef, "2.5", "儿子");
    }

    private static MockHttpServletRequestBuilder filled(String url, String caseRef, String quantity, String relationship) {
        return post(url).with(csrf()).param("regionCode", COMMUNITY).param("payeeKind", "UNREGISTERED")
                .param("payeeName", "赵六").param("caseRef", caseRef).param("instalment", "1").param("kind", "IN_KIND")
                .param("items[0].name", "大米").param("items[0].quantity", quantity).param("items[0].unit", "kg")
                .param("items[0].unitValueFen", "398").param("items[1].name", "食用油").param("items[1].quantity", "3")
                .param("items[1].unit", "桶").param("items[1].unitValueFen", "1234").param("signedBy", "AGENT")
                .param("agentName", "赵七").param("agentRelationship", relationship).param("signedAt", "2026-01-05T10:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aClerkChecksTheAnswersAndRecordsAndASecondPersonConfirms(String lang) throws Exception {
        PayrollFixtures fixtures = PayrollFixtures.of(mvc, source, jobs);
        MockHttpSession maker = login(fixtures.maker(), lang);
        MockHttpSession checker = login(fixtures.checker(), lang);
        String caseRef = "PG-" + UUID.randomUUID().toString().substring(0, 8);

        String blank = mvc.perform(get("/disbursements/new").session(maker)).andReturn().getResponse().getContentAsString();
        assertThat(blank).doesNotContain("??").contains("lang=\"" + lang + "\"").contains("id=\"disbursement-form\"")
                .contains("name=\"viewport\"");

        String refused = mvc.perform(filled("/disbursements/check", caseRef, "abc", "").session(maker)).andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("??").contains("id=\"error-summary\"").contains("href=\"#items0-quantity\"")
                .contains("id=\"items0-quantity-error\"").contains("value=\"abc\"").contains("href=\"#agentRelationship\"");
        assertThat(jdbc.sql("select count(*) from cash_disbursement where case_ref = ?").param(caseRef)
                .query(Long.class).single()).isZero();

        String check = mvc.perform(filled("/disbursements/check", caseRef).session(maker)).andReturn().getResponse()
                .getContentAsString();
        assertThat(check).doesNotContain("??").contains("id=\"check-answers\"").contains("46.97")
                .contains("id=\"record-form\"").contains("id=\"change-form\"");
        assertThat(jdbc.sql("select count(*) from cash_disbursement where case_ref = ?").param(caseRef)
                .query(Long.class).single()).as("checking writes nothing").isZero();

        String location = mvc.perform(filled("/disbursements", caseRef).session(maker)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/disbursements/");
        String asMaker = mvc.perform(get(location).session(maker)).andReturn().getResponse().getContentAsString();
        assertThat(asMaker).doesNotContain("??").contains("id=\"four-eyes\"").doesNotContain("id=\"confirm-form\"");

        String again = mvc.perform(filled("/disbursements", caseRef).session(maker)).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).as("a second submission is refused on the page").contains("id=\"error-summary\"");

        mvc.perform(post(location + "/confirm").session(checker).with(csrf()));
        assertThat(mvc.perform(get(location).session(checker)).andReturn().getResponse().getContentAsString())
                .as("without the tick nothing is confirmed").contains("id=\"confirm-form\"").contains("id=\"error\"");
        mvc.perform(post(location + "/confirm").session(checker).with(csrf()).param("checkedReceipt", "true"));
        String paid = mvc.perform(get(location).session(checker)).andReturn().getResponse().getContentAsString();
        assertThat(paid).doesNotContain("??").doesNotContain("id=\"confirm-form\"").contains(fixtures.checker());
        assertThat(jdbc.sql("select state from cash_disbursement where case_ref = ?").param(caseRef)
                .query(String.class).single()).isEqualTo("CONFIRMED");
    }
}
