package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The declaration pages in both languages: list, form with errors beside their fields, the declaration page with
 * maker-checker, the check-answers page before approval, and ending. Erqi subdistrict in 2019 only.
 */
@SafeguardTest
class EmergencyDeclarationPagesTest {

    private static final String ERQI = "420102010000";

    @Autowired
    MockMvc mvc;

    private MockHttpSession login(String username, String lang) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/preferences/language").session(session).with(csrf()).param("lang", lang));
        return session;
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aDeclarationIsProposedOnTheFormCheckedAndApprovedByAnotherReviewerAndEnded(String lang) throws Exception {
        MockHttpSession maker = login("policy", lang);
        MockHttpSession checker = login("policy2", lang);
        assertThat(page(maker, "/policy/emergencies")).doesNotContain("??").contains("id=\"declarations\"")
                .contains("id=\"declare-link\"").contains("420100000000");
        assertThat(page(maker, "/policy/emergencies/new")).doesNotContain("??").contains("name=\"EXITS_SUSPENDED.on\"")
                .contains("name=\"extra1.group.ORPHANS\"").contains("name=\"multiplier\"");

        MvcResult proposed = mvc.perform(post("/policy/emergencies").session(maker).with(csrf()).param("regionCode", ERQI)
                .param("level", "LOW").param("startDate", "2019-03-01").param("endDate", "2019-03-31")
                .param("reason", "page test").param("EXITS_SUSPENDED.on", "true")
                .param("extra0.on", "true").param("extra0.group.SPECIAL_HARDSHIP", "true")
                .param("extra0.amountType", "FIXED_YUAN").param("extra0.amount", "300").param("extra0.inKindAllowed", "true")).andReturn();
        String location = proposed.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/policy/emergencies/");
        String asMaker = page(maker, location);
        assertThat(asMaker).doesNotContain("??").contains("id=\"four-eyes\"").doesNotContain("id=\"check-link\"")
                .contains("id=\"declaration-flags\"").contains(lang.equals("en") ? "Dibao exits suspended" : "暂停低保退出");
        assertThat(page(checker, location)).contains("id=\"check-link\"").contains("id=\"reject-form\"");
        String check = page(checker, location + "/check");
        assertThat(check).doesNotContain("??").contains("id=\"approve-form\"").contains("id=\"declaration-summary\"")
                .contains("300");
        assertThat(page(maker, location + "/check")).contains("id=\"cannot-approve\"").doesNotContain("id=\"approve-form\"");

        mvc.perform(post(location + "/approve").session(checker).with(csrf()).param("reason", "checked"));
        String approved = page(checker, location);
        assertThat(approved).contains(lang.equals("en") ? ">Approved<" : ">已批准<").contains("id=\"end-form\"")
                .contains("id=\"amend-link\"").contains("id=\"timeline\"");
        assertThat(page(maker, location + "/amend")).doesNotContain("??").contains("value=\"2019-03-31\"")
                .contains("name=\"EXITS_SUSPENDED.on\" checked");

        mvc.perform(post(location + "/end").session(checker).with(csrf()).param("endsOn", "2019-03-15").param("reason", "over"));
        assertThat(page(checker, location)).contains(lang.equals("en") ? ">Ended<" : ">已结束<").contains("2019-03-14")
                .doesNotContain("id=\"end-form\"");
    }

    @Test
    void aBadDeclarationComesBackWithEachErrorBesideItsField() throws Exception {
        MockHttpSession s = login("policy", "en");
        MvcResult result = mvc.perform(post("/policy/emergencies").session(s).with(csrf()).param("regionCode", ERQI)
                .param("level", "HIGH").param("startDate", "2019-03-01").param("endDate", "2019-02-01").param("reason", "")
                .param("REMOTE_INVESTIGATION.on", "true").param("REMOTE_INVESTIGATION.validTo", "not-a-date")
                .param("PRICE_SUBSIDY_OVERRIDE.on", "true").param("multiplier", "50")
                .param("extra1.on", "true").param("extra1.amountType", "FIXED_YUAN").param("extra1.amount", "100")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-summary\"").contains("id=\"endDate-error\"").contains("id=\"reason-error\"")
                .contains("The end is before the start.").contains("id=\"multiplier-error\"").contains("Give a value between")
                .contains("href=\"#REMOTE_INVESTIGATION-validTo\"").contains("href=\"#extra1-groups\"")
                .contains("value=\"50\"").contains("name=\"REMOTE_INVESTIGATION.on\" checked");
    }
}
