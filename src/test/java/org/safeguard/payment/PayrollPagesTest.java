package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The payroll pages: both languages, progress polling while generating, approve only for someone else. */
@SafeguardTest
class PayrollPagesTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    PayrollJobs jobs;

    private MockHttpSession login(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void bundlesHaveTheSameKeysInEnglishAndChinese() throws IOException {
        assertThat(load("payment_zh_CN").stringPropertyNames()).isEqualTo(load("payment").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void pagesRenderWithoutMissingTextsAndTheGeneratorSeesNoApproveButton(String lang) throws Exception {
        PayrollFixtures fixtures = new PayrollFixtures(mvc, source, jobs);
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.GENERATED);
        MockHttpSession maker = login(fixtures.maker(), PayrollFixtures.PASSWORD);
        MockHttpSession checker = login(fixtures.checker(), PayrollFixtures.PASSWORD);
        for (MockHttpSession s : new MockHttpSession[]{maker, checker}) {
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", lang));
        }
        String list = page(maker, "/payrolls");
        assertThat(list).doesNotContain("??").contains("lang=\"" + lang + "\"").contains("id=\"start-payroll\"");
        String asMaker = page(maker, "/payrolls/" + payroll.payrollId());
        assertThat(asMaker).doesNotContain("??").doesNotContain("id=\"approve\"").contains("id=\"four-eyes\"")
                .contains("id=\"payroll-hash\"").doesNotContain("hx-trigger");
        String timeline = asMaker.substring(asMaker.indexOf("<ol id=\"timeline\">"), asMaker.indexOf("</ol>", asMaker.indexOf("<ol id=\"timeline\">")));
        assertThat(timeline).as("the generation is in the timeline, by the maker, with translated states")
                .contains(" · " + fixtures.maker() + " · ").contains("→").doesNotContain("payment.state.");
        String asChecker = page(checker, "/payrolls/" + payroll.payrollId());
        assertThat(asChecker).contains("id=\"approve\"").contains("name=\"fileHash\"");
    }

    @Test
    void aGeneratingPayrollPollsItsProgressEverySecondAndAFinishedOneOffersARefreshLink() throws Exception {
        PayrollFixtures fixtures = new PayrollFixtures(mvc, source, jobs);
        MockHttpSession maker = login(fixtures.maker(), PayrollFixtures.PASSWORD);
        source.addPayees(COMMUNITY, 3);
        var month = ScriptedPayrollSource.freshMonth();
        source.failAfterChunks(month, 0);
        try {
            String location = mvc.perform(post("/payrolls").session(maker).with(csrf()).param("regionCode", COMMUNITY)
                    .param("month", month.toString()).param("benefit", ScriptedPayrollSource.BENEFIT))
                    .andReturn().getResponse().getRedirectedUrl();
            assertThat(location).startsWith("/payrolls/");
            java.util.UUID id = java.util.UUID.fromString(location.substring("/payrolls/".length()));
            assertThat(jobs.awaitCompletion(id, Duration.ofSeconds(30))).isTrue();
            String generating = page(maker, location);
            assertThat(generating).contains("hx-trigger=\"every 1s\"").contains("id=\"progress-bar\"");
            var fragment = mvc.perform(get(location + "/progress").session(maker).header("HX-Request", "true")).andReturn().getResponse();
            assertThat(fragment.getContentAsString()).contains("id=\"progress\"").doesNotContain("<html");

            source.heal(month);
            jobs.runNow(id);
            var done = mvc.perform(get(location + "/progress").session(maker).header("HX-Request", "true")).andReturn().getResponse();
            assertThat(done.getHeader("HX-Refresh")).isEqualTo("true");
            assertThat(page(maker, location)).doesNotContain("hx-trigger").contains("id=\"refresh\"");
        } finally {
            source.heal(month);
        }
    }

    @Test
    void anotherOfficerApprovesThroughTheFormAndOutsideTheRegionThePayrollDoesNotExist() throws Exception {
        PayrollFixtures fixtures = new PayrollFixtures(mvc, source, jobs);
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.GENERATED);
        String view = mvc.perform(PayrollFixtures.as(fixtures.checker(), get("/api/v1/payrolls/" + payroll.payrollId())))
                .andReturn().getResponse().getContentAsString();
        MockHttpSession checker = login(fixtures.checker(), PayrollFixtures.PASSWORD);
        mvc.perform(post("/payrolls/" + payroll.payrollId() + "/approve").session(checker).with(csrf())
                .param("lineCount", com.jayway.jsonpath.JsonPath.read(view, "$.lineCount").toString())
                .param("totalAmount", (String) com.jayway.jsonpath.JsonPath.read(view, "$.totalAmount"))
                .param("fileHash", (String) com.jayway.jsonpath.JsonPath.read(view, "$.fileHash")));
        assertThat(page(checker, "/payrolls/" + payroll.payrollId())).contains("id=\"notice\"").contains("export-csv");

        var outside = fixtures.payroll("420102010006", PayrollState.GENERATED);
        MockHttpSession finance = login("finance", org.safeguard.demo.DemoAccounts.PASSWORD);
        assertThat(mvc.perform(get("/payrolls/" + outside.payrollId()).session(finance)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
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
