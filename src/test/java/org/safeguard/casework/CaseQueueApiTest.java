package org.safeguard.casework;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.application.ApplicationFixtures;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The shared work queues: region-scoped, paged in due order; reassignment through the kernel keeps dibao's queue in step. */
@SafeguardTest
class CaseQueueApiTest {

    private static final String COMMUNITY = "420106006001";
    private static final String ERQI = "420102010006";

    @Autowired
    MockMvc mvc;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private MvcResult call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(as(user, request)).andReturn();
    }

    private List<String> ids(String user, String queue, String... params) throws Exception {
        var request = get("/api/v1/cases").param("queue", queue).param("size", "100");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult r = call(user, request);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return JsonPath.read(r.getResponse().getContentAsString(), "$.items[*].id");
    }

    @Test
    void myQueueHoldsMyCasesAndNeverAnotherRegionsAndTheTeamQueueIsTheWholeSubtree() throws Exception {
        var mine = f().create(COMMUNITY, LocalDate.now().minusDays(1));
        var theirs = f().create(ERQI, LocalDate.now().minusDays(1));
        assertThat(ids("worker", "mine", "kind", "DIBAO", "state", "SUBMITTED")).contains(mine.id()).doesNotContain(theirs.id());
        assertThat(ids("worker2", "mine", "kind", "DIBAO")).contains(theirs.id()).doesNotContain(mine.id());
        assertThat(ids("reviewer", "team", "region", COMMUNITY)).contains(mine.id()).doesNotContain(theirs.id());
        assertThat(ids("reviewer", "mine")).doesNotContain(mine.id());
        assertThat(call("worker", get("/api/v1/cases").param("queue", "team").param("region", ERQI)).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(call("worker", get("/api/v1/cases/" + theirs.id())).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aCasePastItsStepDeadlineIsOverdueAndAFreshOneIsNot() throws Exception {
        var late = f().create(COMMUNITY, LocalDate.now().minusDays(60));
        var fresh = f().create(COMMUNITY, LocalDate.now());
        List<String> overdue = ids("worker", "overdue", "kind", "DIBAO");
        assertThat(overdue).contains(late.id()).doesNotContain(fresh.id());
        String one = call("worker", get("/api/v1/cases/" + late.id())).getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(one, "$.overdue")).isTrue();
        assertThat(JsonPath.<String>read(one, "$.state")).isEqualTo("SUBMITTED");
    }

    @Test
    void pagesFollowTheDueOrderWithoutRepeatsAndSayWhetherMoreExist() throws Exception {
        for (int i = 0; i < 3; i++) {
            f().create(COMMUNITY, LocalDate.now().minusDays(10 + i));
        }
        String first = call("worker", get("/api/v1/cases").param("queue", "mine").param("size", "2")).getResponse().getContentAsString();
        String second = call("worker", get("/api/v1/cases").param("queue", "mine").param("size", "2").param("page", "1"))
                .getResponse().getContentAsString();
        List<String> a = JsonPath.read(first, "$.items[*].id");
        List<String> b = JsonPath.read(second, "$.items[*].id");
        assertThat(a).hasSize(2).doesNotContainAnyElementsOf(b);
        assertThat(JsonPath.<Boolean>read(first, "$.more")).isTrue();
        List<String> dues = JsonPath.read(first, "$.items[*].dueAt");
        assertThat(dues.get(0)).isLessThanOrEqualTo(dues.get(1));
        assertThat(call("worker", get("/api/v1/cases").param("size", "1000")).getResponse().getStatus()).isEqualTo(400);
        assertThat(call("worker", get("/api/v1/cases").param("queue", "everything")).getResponse().getStatus()).isEqualTo(400);
        assertThat(call("finance", get("/api/v1/cases")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void reassignmentMovesTheCaseToTheNewAssigneesQueueAndTheApplicationFollows() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(3));
        String before = call("worker", get("/api/v1/cases/" + c.id())).getResponse().getContentAsString();
        int version = JsonPath.read(before, "$.version");
        MvcResult done = call("worker", post("/api/v1/cases/" + c.id() + "/reassign")
                .content("{\"assignee\":\"community\",\"reason\":\"社区就近办理\",\"version\":" + version + "}"));
        assertThat(done.getResponse().getStatus()).as(done.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(done.getResponse().getContentAsString(), "$.assignee")).isEqualTo("community");
        assertThat(ids("community", "mine")).contains(c.id());
        assertThat(ids("worker", "mine")).doesNotContain(c.id());
        String app = call("worker", get("/api/v1/dibao/applications/" + c.id())).getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(app, "$.assignedTo")).isEqualTo("community");
        String timeline = call("worker", get("/api/v1/cases/" + c.id() + "/transitions")).getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(timeline, "$[*].action")).containsExactly("REGISTER", "REASSIGN");

        MvcResult stale = call("worker", post("/api/v1/cases/" + c.id() + "/reassign")
                .content("{\"assignee\":\"worker\",\"reason\":\"收回\",\"version\":" + version + "}"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(stale.getResponse().getContentAsString(), "$.code")).isEqualTo("STALE_VERSION");
        MvcResult outside = call("worker", post("/api/v1/cases/" + c.id() + "/reassign")
                .content("{\"assignee\":\"worker2\",\"reason\":\"错派\"}"));
        assertThat(outside.getResponse().getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(outside.getResponse().getContentAsString(), "$.errors[*].code"))
                .containsExactly("NOT_IN_REGION");
        MvcResult noReason = call("worker", post("/api/v1/cases/" + c.id() + "/reassign").content("{\"assignee\":\"worker\"}"));
        assertThat(JsonPath.<List<String>>read(noReason.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("reason");
    }

    @Test
    void aDecidedCaseCannotBeReassignedAndTheRefusalListsWhatIsAllowed() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(2));
        f().ok("worker", c.id(), "TERMINATE", ApplicationFixtures.reason(LocalDate.now(), "不配合"));
        MvcResult r = call("worker", post("/api/v1/cases/" + c.id() + "/reassign")
                .content("{\"assignee\":\"community\",\"reason\":\"晚了\"}"));
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(r.getResponse().getContentAsString(), "$.state")).isEqualTo("TERMINATED_NONCOOPERATION");
        assertThat(JsonPath.<List<String>>read(r.getResponse().getContentAsString(), "$.allowedActions")).isEmpty();
        assertThat(ids("worker", "mine")).doesNotContain(c.id());
    }

    @Test
    void aReassignmentWithoutTheVersionIsRefusedWith428AndIfMatchWithTheEtagServesAsTheVersion() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(3));
        MvcResult missing = call("worker", post("/api/v1/cases/" + c.id() + "/reassign")
                .content("{\"assignee\":\"community\",\"reason\":\"社区就近办理\"}"));
        assertThat(missing.getResponse().getStatus()).isEqualTo(428);
        assertThat(JsonPath.<String>read(missing.getResponse().getContentAsString(), "$.code")).isEqualTo("VERSION_REQUIRED");
        assertThat(JsonPath.<List<String>>read(call("worker", get("/api/v1/cases/" + c.id() + "/transitions"))
                .getResponse().getContentAsString(), "$[*].action")).containsExactly("REGISTER");
        String etag = call("worker", get("/api/v1/cases/" + c.id())).getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        MvcResult done = call("worker", post("/api/v1/cases/" + c.id() + "/reassign").header("If-Match", etag)
                .content("{\"assignee\":\"community\",\"reason\":\"社区就近办理\"}"));
        assertThat(done.getResponse().getStatus()).as(done.getResponse().getContentAsString()).isEqualTo(200);
        MvcResult stale = call("worker", post("/api/v1/cases/" + c.id() + "/reassign").header("If-Match", etag)
                .content("{\"assignee\":\"worker\",\"reason\":\"收回\"}"));
        assertThat(JsonPath.<String>read(stale.getResponse().getContentAsString(), "$.code")).isEqualTo("STALE_VERSION");
    }
}
