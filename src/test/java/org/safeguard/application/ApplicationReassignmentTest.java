package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A case is handed to another staff member whose home region covers it; "my queue" follows the assignee. */
@SafeguardTest
class ApplicationReassignmentTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private List<String> mine(String user) throws Exception {
        String page = mvc.perform(as(user, get("/api/v1/dibao/applications").param("mine", "true").param("overdue", "true")
                .param("state", "SUBMITTED").param("size", "200"))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(page, "$.items[*].id");
    }

    private List<String> errorCodes(String user, String id, String assignee) throws Exception {
        return JsonPath.read(f().act(user, id, "REASSIGN", "{\"assignee\":\"" + assignee + "\"}").getResponse().getContentAsString(),
                "$.errors[*].code");
    }

    @Test
    void theTownshipCaseworkerHandsTheCaseToACommunityWorkerAndMyQueueFollowsTheAssignee() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(60));
        assertThat(mine("worker")).contains(c.id());
        String body = f().ok("worker", c.id(), "REASSIGN", "{\"assignee\":\"community\",\"reason\":\"社区就近办理\"}");
        assertThat(JsonPath.<String>read(body, "$.assignedTo")).isEqualTo("community");
        assertThat(JsonPath.<String>read(body, "$.state")).isEqualTo("SUBMITTED");
        assertThat(mine("worker")).doesNotContain(c.id());
        assertThat(mine("community")).contains(c.id());
        String transitions = mvc.perform(as("worker", get("/api/v1/dibao/applications/" + c.id() + "/transitions")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(transitions, "$[?(@.action == 'REASSIGN')].assignedTo")).containsExactly("community");
        assertThat(JsonPath.<List<String>>read(transitions, "$[?(@.action == 'REASSIGN')].reason")).containsExactly("社区就近办理");
        String audit = jdbc.sql("select details from audit_entry where entity_id = ? and action = 'APPLICATION_REASSIGN'")
                .param(c.id()).query(String.class).single();
        assertThat(audit).contains("community").contains("worker");
    }

    @Test
    void theAssigneeMustBeKnownCoverTheCaseAndBeAbleToTakeItsStep() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now());
        assertThat(errorCodes("worker", c.id(), "nobody-here")).containsExactly("UNKNOWN_STAFF");
        assertThat(errorCodes("worker", c.id(), "worker2")).as("Erqi does not cover Chucai").containsExactly("NOT_IN_REGION");
        assertThat(errorCodes("worker", c.id(), "reviewer")).as("the county does not register or accept")
                .containsExactly("CANNOT_TAKE_STEP");
        assertThat(errorCodes("worker", c.id(), "")).containsExactly("REQUIRED");
        assertThat(f().act("community", c.id(), "REASSIGN", "{\"assignee\":\"worker\"}").getResponse().getStatus())
                .as("community workers do not reassign").isEqualTo(403);
        assertThat(f().act("worker2", c.id(), "REASSIGN", "{\"assignee\":\"worker2\"}").getResponse().getStatus())
                .as("outside the caller's subtree").isEqualTo(404);
    }

    @Test
    void theCountyReviewerReassignsACaseInCountyReviewToAnotherReviewerCoveringIt() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(20));
        f().driveTo(c, "COUNTY_REVIEW", LocalDate.now().minusDays(20));
        assertThat(f().act("worker", c.id(), "REASSIGN", "{\"assignee\":\"worker\"}").getResponse().getStatus()).isEqualTo(403);
        String body = f().ok("reviewer", c.id(), "REASSIGN", "{\"assignee\":\"policy\"}");
        assertThat(JsonPath.<String>read(body, "$.assignedTo")).isEqualTo("policy");
    }

    @Test
    void theCasePageOffersTheStaffWhoCanTakeTheStepAndShowsTheAssigneeInTheTimeline() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now());
        for (String lang : new String[] {"en", "zh-CN"}) {
            MockHttpSession s = (MockHttpSession) mvc.perform(formLogin("/login").user("worker").password(DemoAccounts.PASSWORD))
                    .andReturn().getRequest().getSession(false);
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", lang));
            String html = mvc.perform(get("/applications/" + c.id()).session(s)).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("form-REASSIGN").contains("value=\"community\"").doesNotContain("value=\"worker2\"")
                    .doesNotContain("value=\"reviewer\"").doesNotContain("??");
            if (lang.equals("en")) {
                mvc.perform(post("/applications/" + c.id() + "/actions/REASSIGN").session(s).with(csrf()).param("assignee", "community")
                        .param("version", f().version("worker", c.id())));
                html = mvc.perform(get("/applications/" + c.id()).session(s)).andReturn().getResponse().getContentAsString();
                assertThat(html).contains("Reassign → community");
            }
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", "zh-CN"));
        }
    }
}
