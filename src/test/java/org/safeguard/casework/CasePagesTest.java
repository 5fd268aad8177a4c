package org.safeguard.casework;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguard.application.ApplicationFixtures;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The shared work queue page and a case's page render in both languages with labels, not codes, and reassign. */
@SafeguardTest
class CasePagesTest {

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
    void theQueueShowsTranslatedKindsAndStatesInBothLanguages() throws Exception {
        var c = new ApplicationFixtures(mvc).create(COMMUNITY, LocalDate.now().minusDays(60));
        for (String lang : new String[] {"en", "zh-CN"}) {
            MockHttpSession worker = login("worker", lang);
            String html = page(worker, "/cases?queue=overdue&kind=DIBAO");
            assertThat(html).doesNotContain("??").contains("lang=\"" + lang + "\"").contains("id=\"case-" + c.id() + "\"")
                    .contains(lang.equals("en") ? "Dibao application" : "低保申请")
                    .contains(lang.equals("en") ? "Submitted" : "已申请")
                    .contains(lang.equals("en") ? "overdue" : "已超期")
                    .doesNotContain(">SUBMITTED<").doesNotContain(">DIBAO<");
            String detail = page(worker, "/cases/" + c.id());
            assertThat(detail).doesNotContain("??").contains("id=\"timeline\"").contains("id=\"reassign-form\"");
            for (String q : new String[] {"mine", "team", "due"}) {
                assertThat(page(worker, "/cases?queue=" + q)).as(q).doesNotContain("??");
            }
        }
    }

    @Test
    void theReassignFormHandsTheCaseOverAndAnErrorStaysOnThePage() throws Exception {
        var c = new ApplicationFixtures(mvc).create(COMMUNITY, LocalDate.now().minusDays(2));
        MockHttpSession worker = login("worker", "en");
        MvcResult bad = mvc.perform(post("/cases/" + c.id() + "/reassign").session(worker).with(csrf())
                .param("assignee", "worker2").param("reason", "wrong")).andReturn();
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + c.id());
        assertThat(page(worker, "/cases/" + c.id())).contains("id=\"problem\"").contains("does not cover the case").doesNotContain("??");
        String page = page(worker, "/cases/" + c.id());
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        MvcResult noVersion = mvc.perform(post("/cases/" + c.id() + "/reassign").session(worker).with(csrf())
                .param("assignee", "community").param("reason", "社区就近办理")).andReturn();
        assertThat(noVersion.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + c.id());
        assertThat(page(worker, "/cases/" + c.id())).contains("<dd id=\"case-assignee\">worker</dd>");
        mvc.perform(post("/cases/" + c.id() + "/reassign").session(worker).with(csrf())
                .param("assignee", "community").param("reason", "社区就近办理").param("version", version)).andReturn();
        assertThat(page(worker, "/cases/" + c.id())).contains("<dd id=\"case-assignee\">community</dd>");
    }
}
