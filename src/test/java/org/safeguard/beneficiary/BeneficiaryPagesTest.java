package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The caseload pages in both languages, and a review decided through the forms without JavaScript. */
@SafeguardTest
class BeneficiaryPagesTest {

    private static final String HUBUXIANG = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    BeneficiaryStore store;

    private MockHttpSession login(String username, String lang) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/preferences/language").session(session).with(csrf()).param("lang", lang));
        return session;
    }

    private String page(MockHttpSession session, String url) throws Exception {
        var response = mvc.perform(get(url).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void bundlesHaveTheSameKeysInEnglishAndChinese() throws IOException {
        assertThat(load("beneficiary_zh_CN").stringPropertyNames()).isEqualTo(load("beneficiary").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void listDetailAndQueueRenderWithoutMissingTexts(String lang) throws Exception {
        UUID h = fixtures.enrolledNow(HUBUXIANG);
        MockHttpSession worker = login("worker", lang);
        assertThat(page(worker, "/beneficiaries")).doesNotContain("??").contains("lang=\"" + lang + "\"")
                .contains("beneficiary-" + h);
        assertThat(page(worker, "/beneficiaries?filter=DUE_FOR_REVIEW")).doesNotContain("??");
        assertThat(page(worker, "/beneficiaries/queue")).doesNotContain("??").contains("id=\"queue\"");
        String detail = page(worker, "/beneficiaries/" + h);
        assertThat(detail).doesNotContain("??").contains("id=\"change-report\"").contains("id=\"start-review\"")
                .contains("id=\"entitlements\"").contains("id=\"timeline\"").doesNotContain("id=\"review-outcome\"");
    }

    @Test
    void aReviewerDecidesAReviewThroughTheFormAndSeesTheResult() throws Exception {
        UUID h = fixtures.underReview(HUBUXIANG);
        MockHttpSession reviewer = login("reviewer", "en");
        assertThat(page(reviewer, "/beneficiaries/" + h)).contains("id=\"review-outcome\"").contains("name=\"facts\"");
        var result = mvc.perform(post("/beneficiaries/" + h + "/review-outcome").session(reviewer).with(csrf())
                .param("reason", "no change found").param("version", String.valueOf(store.find(h).orElseThrow().version()))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/beneficiaries/" + h);
        assertThat(store.find(h).orElseThrow().state()).isEqualTo(BenefitState.ACTIVE);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
