package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.application.ApplicationFixtures.on;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.Fixtures;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A draft is saved without a clock, shows only in its author's queue, and is submitted (or discarded) later. */
@SafeguardTest
class ApplicationDraftTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private String json(String user, String id) throws Exception {
        return mvc.perform(as(user, get("/api/v1/dibao/applications/" + id))).andReturn().getResponse().getContentAsString();
    }

    private List<String> drafts(String user) throws Exception {
        return JsonPath.read(mvc.perform(as(user, get("/api/v1/dibao/applications").param("state", "DRAFT").param("size", "200")))
                .andReturn().getResponse().getContentAsString(), "$.items[*].id");
    }

    @Test
    void aDraftHasNoDeadlinesAndShowsOnlyInItsAuthorsQueue() throws Exception {
        var c = f().createDraft(COMMUNITY, LocalDate.now().minusDays(50));
        String app = json("worker", c.id());
        assertThat(JsonPath.<String>read(app, "$.state")).isEqualTo("DRAFT");
        assertThat(app).doesNotContain("\"stateDueOn\":\"").doesNotContain("\"overallDueOn\":\"");
        assertThat(JsonPath.<Boolean>read(app, "$.overdue")).isFalse();
        assertThat(drafts("worker")).contains(c.id());
        assertThat(drafts("community")).doesNotContain(c.id());
        assertThat(drafts("reviewer")).doesNotContain(c.id());
        MvcResult notAuthor = f().act("community", c.id(), "SUBMIT", "{}");
        assertThat(notAuthor.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<List<String>>read(notAuthor.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("DRAFT_AUTHOR");
        MvcResult accept = f().act("worker", c.id(), "ACCEPT", "{}");
        assertThat(JsonPath.<List<String>>read(accept.getResponse().getContentAsString(), "$.allowedActions"))
                .containsExactly("RECORD_SIGNATURES", "RECORD_MATERIALS", "SUBMIT", "DISCARD_DRAFT");
    }

    @Test
    void submittingADraftStartsTheClockFromTheSubmissionDateLikeADirectRegistration() throws Exception {
        LocalDate submitted = LocalDate.now().minusDays(3);
        var draft = f().createDraft(COMMUNITY, LocalDate.now().minusDays(10));
        f().ok("worker", draft.id(), "RECORD_MATERIALS", ApplicationFixtures.materials(LocalDate.now().minusDays(9)));
        String body = f().ok("worker", draft.id(), "SUBMIT", on(submitted));
        var direct = f().create(COMMUNITY, submitted);
        String other = json("worker", direct.id());
        assertThat(JsonPath.<String>read(body, "$.state")).isEqualTo("SUBMITTED");
        assertThat(JsonPath.<String>read(body, "$.submittedOn")).isEqualTo(submitted.toString());
        assertThat(JsonPath.<String>read(body, "$.overallDueOn")).isEqualTo(JsonPath.<String>read(other, "$.overallDueOn"));
        assertThat(JsonPath.<String>read(body, "$.stateDueOn")).isEqualTo(JsonPath.<String>read(other, "$.stateDueOn"));
        assertThat(JsonPath.<List<String>>read(body, "$.materials[?(@.missing == true)]")).as("kept from the draft").isEmpty();
        String transitions = mvc.perform(as("auditor", get("/api/v1/dibao/applications/" + draft.id() + "/transitions")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(transitions, "$[*].action")).containsExactly("REGISTER", "RECORD_MATERIALS", "SUBMIT");
        assertThat(JsonPath.<List<String>>read(transitions, "$[*].to")).containsExactly("DRAFT", "DRAFT", "SUBMITTED");
        assertThat(drafts("community")).doesNotContain(draft.id());
    }

    @Test
    void aDiscardedDraftFreesTheHouseholdForANewApplication() throws Exception {
        var c = f().createDraft(COMMUNITY, LocalDate.now());
        assertThat(JsonPath.<String>read(f().ok("worker", c.id(), "DISCARD_DRAFT", "{}"), "$.state")).isEqualTo("DISCARDED");
        mvc.perform(as("worker", post("/api/v1/dibao/applications"))
                .content("{\"householdId\":\"" + c.householdId() + "\",\"channel\":\"WINDOW\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
    }

    @Test
    void theWizardSavesADraftAndTheCasePageOffersToSubmitIt() throws Exception {
        Fixtures.Household h = new Fixtures(mvc).household(COMMUNITY);
        for (String lang : new String[] {"en", "zh-CN"}) {
            MockHttpSession s = (MockHttpSession) mvc.perform(formLogin("/login").user("worker").password(DemoAccounts.PASSWORD))
                    .andReturn().getRequest().getSession(false);
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", lang));
            String wizard = mvc.perform(get("/applications/new").param("householdId", h.id()).session(s)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(wizard).contains("id=\"save-draft\"").doesNotContain("??");
            if (lang.equals("en")) {
                MvcResult saved = mvc.perform(post("/applications").session(s).with(csrf()).param("householdId", h.id())
                        .param("channel", "WINDOW").param("draft", "true")).andReturn();
                String url = saved.getResponse().getRedirectedUrl();
                assertThat(saved.getFlashMap().get("notice")).asString().startsWith("Draft saved");
                String html = mvc.perform(get(url).session(s)).andReturn().getResponse().getContentAsString();
                assertThat(html).contains("form-SUBMIT").contains("form-DISCARD_DRAFT").contains("Draft").doesNotContain("??");
                mvc.perform(post(url + "/actions/SUBMIT").session(s).with(csrf())
                        .param("version", f().version("worker", url.substring("/applications/".length()))));
                assertThat(f().state("worker", url.substring("/applications/".length()))).isEqualTo("SUBMITTED");
            }
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", "zh-CN"));
        }
    }
}
