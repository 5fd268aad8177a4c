package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The parameter administration and proposal pages in both languages, maker-checker on the page. */
@SafeguardTest
class PolicyPagesTest {

    private static final String HUAHUI = "420102009011";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

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

    @Test
    void bundlesHaveTheSameKeysInEnglishAndChinese() throws IOException {
        assertThat(load("policy_zh_CN").stringPropertyNames()).isEqualTo(load("policy").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theParametersPageShowsEachValueItsSourceAndHistoryWithTheDemoStandardsMarkedIllustrative(String lang) throws Exception {
        MockHttpSession s = login("policy", lang);
        String html = page(s, "/policy?regionCode=420106006001&date=2020-08-01");
        assertThat(html).doesNotContain("??").contains("lang=\"" + lang + "\"")
                .contains("id=\"param-DIBAO_STANDARD_URBAN\"").contains("780.00").contains("420100000000")
                .contains("2020-07-01").contains("class=\"badge illustrative\"").contains("id=\"history\"")
                .contains("id=\"propose-link\"");
        assertThat(html).contains(lang.equals("en") ? "Illustrative demo value" : "演示用示意数值");
        assertThat(page(s, "/policy/proposals")).doesNotContain("??");
        assertThat(page(s, "/policy/proposals/new")).doesNotContain("??").contains("name=\"parameter4\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theProposerSeesNoApproveButtonTheCheckerDoesAndThePreviewExplainsAMissingSource(String lang) throws Exception {
        long id = PolicyProposalFixtures.openProposal(context, HUAHUI, "policy");
        MockHttpSession maker = login("policy", lang);
        MockHttpSession checker = login("policy2", lang);
        String asMaker = page(maker, "/policy/proposals/" + id);
        assertThat(asMaker).doesNotContain("??").doesNotContain("id=\"approve\"").contains("id=\"four-eyes\"")
                .contains("id=\"withdraw\"").contains("id=\"run-preview\"").contains("hx-post=");
        String asChecker = page(checker, "/policy/proposals/" + id);
        assertThat(asChecker).contains("id=\"approve\"").contains("id=\"reject\"").doesNotContain("id=\"withdraw\"");
        assertThat(page(checker, "/policy")).contains("id=\"waiting\"").contains("/policy/proposals/" + id);
        assertThat(page(checker, "/")).contains("figure-policy-proposals");

        if (context.getBeanProvider(org.safeguard.policy.dibao.ActiveDibaoCaseload.class).getIfAvailable() == null) {
            String fragment = mvc.perform(post("/policy/proposals/" + id + "/preview").session(checker).with(csrf())
                    .header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
            assertThat(fragment).contains("id=\"preview-error\"").doesNotContain("<html");
            mvc.perform(post("/policy/proposals/" + id + "/preview").session(checker).with(csrf()));
        }
        mvc.perform(post("/policy/proposals/" + id + "/approve").session(maker).with(csrf()));
        assertThat(page(maker, "/policy/proposals/" + id)).contains("id=\"proposal-state\"")
                .contains(lang.equals("en") ? ">proposed<" : ">待审批<");
        mvc.perform(post("/policy/proposals/" + id + "/approve").session(checker).with(csrf()).param("reason", "ok"));
        assertThat(page(checker, "/policy/proposals/" + id)).contains(lang.equals("en") ? ">approved<" : ">已批准<")
                .contains("id=\"timeline\"");
    }

    @Test
    void aBadProposalComesBackWithEachErrorBesideItsField() throws Exception {
        MockHttpSession s = login("policy", "en");
        String html = mvc.perform(post("/policy/proposals").session(s).with(csrf()).param("regionCode", HUAHUI)
                        .param("effectiveFrom", "2021-01-01").param("reason", "")
                        .param("parameter0", "").param("value0", "")
                        .param("parameter1", "DIBAO_STANDARD_URBAN").param("value1", "-10")
                        .param("parameter2", "ASSET_RULES").param("value2", "X | VEHICLE | COUNT | LE | 1 +"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-summary\"").contains("id=\"reason-error\"").contains("id=\"value1-error\"")
                .contains("A dibao standard cannot be negative.").contains("id=\"value2-error\"")
                .contains("threshold expression").contains("value=\"DIBAO_STANDARD_URBAN\" selected");
    }

    @Test
    void anImplausibleStandardAndAStandardBelowThePrefectureAreRefusedBesideTheField() throws Exception {
        MockHttpSession s = login("policy", "en");
        var implausible = mvc.perform(post("/policy/proposals").session(s).with(csrf()).param("regionCode", "420100000000")
                        .param("effectiveFrom", "2097-01-01").param("reason", "page test")
                        .param("parameter0", "DIBAO_STANDARD_URBAN").param("value0", "1e400")).andReturn().getResponse();
        assertThat(implausible.getStatus()).isEqualTo(400);
        assertThat(implausible.getContentAsString()).contains("id=\"value0-error\"")
                .contains("Out of the plausible range: between 1 and 100000 yuan/month, with at most 2 decimals.");
        var level = mvc.perform(post("/policy/proposals").session(s).with(csrf()).param("regionCode", HUAHUI)
                        .param("effectiveFrom", "2097-01-01").param("reason", "page test")
                        .param("parameter0", "DIBAO_STANDARD_URBAN").param("value0", "900")).andReturn().getResponse();
        assertThat(level.getStatus()).isEqualTo(422);
        assertThat(level.getContentAsString()).contains("id=\"parameter0-error\"")
                .contains("DIBAO_STANDARD_URBAN may be set only at these region levels: PROVINCE, PREFECTURE.");
        login("policy", "zh-CN"); // the demo account's own language again, for the tests that read it
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theParametersPageListsTheCatalogByModuleWithUnitLevelsDefaultAndRule(String lang) throws Exception {
        String html = page(login("policy", lang), "/policy?regionCode=420106006001&date=2020-08-01");
        assertThat(html).doesNotContain("??").contains("id=\"catalog\"")
                .contains("id=\"catalog-table-policy.dibao\"").contains("id=\"catalog-table-application\"")
                .contains("id=\"catalog-table-beneficiary\"").contains("id=\"catalog-table-policy\"");
        String urban = html.substring(html.indexOf("id=\"catalog-DIBAO_STANDARD_URBAN\""));
        urban = urban.substring(0, urban.indexOf("</tr>"));
        assertThat(urban).contains(lang.equals("en") ? "Urban dibao standard" : "城市低保标准").contains("yuan/month")
                .contains("PROVINCE, PREFECTURE").contains("1 – 100000").contains("domain.md §13");
        String deduction = html.substring(html.indexOf("id=\"catalog-EMPLOYMENT_COST_DEDUCTIBLE\""));
        deduction = deduction.substring(0, deduction.indexOf("</tr>"));
        assertThat(deduction).as("the default in force on 2020-08-01, before the 2021 rules").contains("false");
        String taper = html.substring(html.indexOf("id=\"catalog-TAPERED_EXIT_MONTHS\""));
        assertThat(taper.substring(0, taper.indexOf("</tr>"))).contains("months").contains(">6<");
    }

    @Test
    void aGoodProposalFromTheFormOpensItsPage() throws Exception {
        MockHttpSession s = login("policy", "zh-CN");
        MvcResult result = mvc.perform(post("/policy/proposals").session(s).with(csrf()).param("regionCode", HUAHUI)
                .param("effectiveFrom", "2030-01-01").param("reason", "页面测试")
                .param("parameter3", "TAPERED_EXIT_MONTHS").param("value3", "6")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/policy/proposals/");
        assertThat(page(s, result.getResponse().getRedirectedUrl())).contains("提案已提交").contains("渐退期（月）");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
