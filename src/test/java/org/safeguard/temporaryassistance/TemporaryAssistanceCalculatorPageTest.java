package org.safeguard.temporaryassistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff calculator page answers with the same calculation as the API, in the reader's language, with an error summary. */
@SafeguardTest
class TemporaryAssistanceCalculatorPageTest {

    private static final String URL = "/temporary-assistance/calculator";

    @Autowired
    MockMvc mvc;

    @Test
    void aCommunityWorkerGetsTheAmountTheDeciderAndHelpFirstForAStrandedMigrantInChinese() throws Exception {
        String html = page(post(URL).session(login("community", "zh-CN")).with(csrf()).param("regionCode", "420106006001")
                .param("requestDate", "2020-08-03").param("type", "EMERGENCY").param("localHukou", "false")
                .param("severity", "SERIOUS").param("persons", "2").param("cause", "STRANDED"));
        // 780 × 2 persons × 2 months; township limit 3 × 780 × 2 = 4680
        assertThat(html).contains("<td id=\"result-amount\">3120</td>")
                .contains("<td id=\"result-approval\">乡镇审批</td>")
                .contains("<td id=\"result-help-first\">是</td>")
                .contains("<td id=\"result-township-limit\">4680.00</td>")
                .contains("不审查户籍")
                .doesNotContain("id=\"error-summary\"");
    }

    @Test
    void problemsAreSummarisedAndShownBesideTheirFieldsInEnglish() throws Exception {
        String html = page(post(URL).session(login("worker", "en")).with(csrf()).param("regionCode", "420106006001")
                .param("requestDate", "2020-08-03").param("type", "EXPENDITURE").param("localHukou", "true")
                .param("hukouType", "URBAN").param("persons", "two").param("cause", "MEDICAL_EXPENDITURE")
                .param("grant1Cause", "ILLNESS").param("grant1Date", "2020-09-01"));
        assertThat(html).doesNotContain("id=\"result\"").contains("id=\"error-summary\"")
                .contains("href=\"#persons\"").contains("href=\"#perCapitaIncome\"").contains("href=\"#outOfPocketExpense\"")
                .contains("href=\"#grant1Date\"")
                .contains("id=\"persons-error\">The format is not valid.</p>")
                .contains("id=\"grant1Date-error\">A previous grant cannot be dated after the request.</p>");
    }

    @Test
    void theFormOffersOnlyPlacesInTheCallersAreaAndRefusesAnotherAsAFieldError() throws Exception {
        MockHttpSession session = login("worker2", "en");
        String form = page(get(URL).session(session));
        assertThat(form).contains("value=\"420102010006\"").doesNotContain("value=\"420106006001\"");
        String outside = page(post(URL).session(session).with(csrf()).param("regionCode", "420106006001")
                .param("requestDate", "2020-08-03").param("type", "EMERGENCY").param("localHukou", "false")
                .param("severity", "GENERAL").param("persons", "1").param("cause", "FIRE"));
        assertThat(outside).doesNotContain("id=\"result\"").contains("id=\"regionCode-error\"");
    }

    @Test
    void theModuleBundlesHaveTheSameKeysInEnglishAndChinese() throws IOException {
        assertThat(load("temporaryassistance_zh_CN").stringPropertyNames()).isEqualTo(load("temporaryassistance").stringPropertyNames());
    }

    private MockHttpSession login(String username, String lang) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/preferences/language").session(session).with(csrf()).param("lang", lang));
        return session;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new ClassPathResource("i18n/" + name + ".properties").getInputStream()) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
