package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every application page renders in both languages without missing texts, and the forms work without JavaScript. */
@SafeguardTest
class ApplicationPagesTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;

    private MockHttpSession login(String username, String lang) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/preferences/language").session(session).with(csrf()).param("lang", lang));
        return session;
    }

    private String page(MockHttpSession session, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).session(session)).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    @Test
    void theBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
        assertThat(load("application_zh_CN").stringPropertyNames()).isEqualTo(load("application").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyPageRendersInTheLanguageWithoutMissingTexts(String lang) throws Exception {
        var f = new ApplicationFixtures(mvc);
        var approved = f.create(COMMUNITY, LocalDate.now().minusDays(40));
        f.driveTo(approved, "APPROVED", LocalDate.now().minusDays(40));
        var rejected = f.create(COMMUNITY, LocalDate.now().minusDays(40));
        f.driveTo(rejected, "REJECTED", LocalDate.now().minusDays(40));
        var open = f.create(COMMUNITY, LocalDate.now().minusDays(5));
        f.driveTo(open, "INVESTIGATING", LocalDate.now().minusDays(5));
        MockHttpSession worker = login("worker", lang);
        for (String path : new String[] {"/applications", "/applications?overdue=true&state=INVESTIGATING&mine=true",
                "/applications/new", "/applications/new?householdId=" + open.householdId(), "/applications/new?name=张",
                "/applications/" + approved.id(), "/applications/" + rejected.id(), "/applications/" + open.id(),
                "/applications/" + approved.id() + "/notices/public", "/applications/" + approved.id() + "/notices/decision",
                "/applications/" + rejected.id() + "/notices/decision", "/applications/" + open.id() + "/notices/public",
                "/households/" + open.householdId()}) {
            String html = page(worker, path);
            assertThat(html).as(path).doesNotContain("??").contains("lang=\"" + lang + "\"");
        }
        String approval = page(worker, "/applications/" + approved.id() + "/notices/decision");
        assertThat(approval).contains(lang.equals("en") ? "Notice of dibao approval" : "最低生活保障确认通知书")
                .contains("1604");
        String notice = page(worker, "/applications/" + approved.id() + "/notices/public");
        assertThat(notice).contains("张*").doesNotContain("张伟").contains("@media print");
        String rejection = page(worker, "/applications/" + rejected.id() + "/notices/decision");
        assertThat(rejection).contains("家庭人均收入高于当地低保标准");
        assertThat(page(worker, "/applications/" + rejected.id())).contains("id=\"notice-overdue\"")
                .contains("form-RECORD_NOTICE_SERVED").contains(lang.equals("en") ? "Not yet served" : "尚未送达");
        String caseFile = page(worker, "/applications/" + open.id());
        assertThat(caseFile).contains("id=\"calc-trace\"").contains("id=\"timeline\"").contains("form-COMPLETE_INVESTIGATION");
        assertThat(page(worker, "/households/" + open.householdId())).contains("id=\"apply-dibao\"");
        assertThat(page(worker, "/")).contains("id=\"applications-overdue\"").contains("id=\"applications-due-week\"");
        mvc.perform(post("/preferences/language").session(worker).with(csrf()).param("lang", "zh-CN"));
    }

    @Test
    void theWizardRegistersAnApplicationAndAFormErrorIsShownBesideItsField() throws Exception {
        var f = new ApplicationFixtures(mvc);
        var existing = f.create(COMMUNITY, LocalDate.now());
        f.ok("worker", existing.id(), "TERMINATE", ApplicationFixtures.reason(LocalDate.now(), "不配合"));
        MockHttpSession worker = login("worker", "en");
        MvcResult created = mvc.perform(post("/applications").session(worker).with(csrf())
                .param("householdId", existing.householdId()).param("channel", "HOTLINE")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/applications/");
        String again = mvc.perform(post("/applications").session(worker).with(csrf())
                .param("householdId", existing.householdId()).param("channel", "HOTLINE")
                .param("submittedOn", "2999-01-01")).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"submittedOn-error\"").contains("Must not be in the future");
        String id = created.getResponse().getRedirectedUrl().substring("/applications/".length());
        assertThat(page(worker, "/applications/" + id)).contains("Application registered.");
        MvcResult refused = mvc.perform(post("/applications/" + id + "/actions/RECORD_MATERIALS").session(worker).with(csrf())
                .param("on", "2999-01-01")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/applications/" + id);
        String html = page(worker, "/applications/" + id);
        assertThat(html).contains("class=\"field-error\"").contains("id=\"error\"");
        MvcResult done = mvc.perform(post("/applications/" + id + "/actions/REQUEST_MATERIALS").session(worker).with(csrf())
                .param("missingMaterials", "户口簿\n收入证明").param("version", f.version("worker", id))).andReturn();
        assertThat(done.getFlashMap().get("notice")).isNotNull();
        assertThat(f.state("worker", id)).isEqualTo("MATERIALS_INCOMPLETE");
        mvc.perform(post("/preferences/language").session(worker).with(csrf()).param("lang", "zh-CN"));
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
