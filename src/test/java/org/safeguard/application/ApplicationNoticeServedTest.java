package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.application.ApplicationFixtures.on;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The written decision notice is recorded as served; an unserved rejection notice is overdue in the work queue. */
@SafeguardTest
@RecordApplicationEvents
class ApplicationNoticeServedTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private List<String> overdueRejected() throws Exception {
        String page = mvc.perform(as("worker", get("/api/v1/dibao/applications").param("state", "REJECTED")
                .param("overdue", "true").param("size", "200"))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(page, "$.items[*].id");
    }

    @Test
    void aRejectionNoticeNotServedByItsDueDateIsOverdueInTheWorkQueueUntilItIsServed() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(40));
        f().driveTo(c, "REJECTED", LocalDate.now().minusDays(40));
        String app = mvc.perform(as("worker", get("/api/v1/dibao/applications/" + c.id()))).andReturn().getResponse().getContentAsString();
        assertThat(LocalDate.parse(JsonPath.read(app, "$.rejectionNoticeDueOn"))).isBefore(LocalDate.now());
        assertThat(JsonPath.<Boolean>read(app, "$.overdue")).isTrue();
        assertThat(JsonPath.<List<String>>read(app, "$.allowedActions")).containsExactly("RECORD_NOTICE_SERVED");
        assertThat(overdueRejected()).contains(c.id());

        assertThat(f().act(ApplicationFixtures.reviewerFor(COMMUNITY), c.id(), "RECORD_NOTICE_SERVED", "{}").getResponse().getStatus())
                .as("the county reviewer does not deliver notices").isEqualTo(403);
        String served = f().ok("worker", c.id(), "RECORD_NOTICE_SERVED", on(LocalDate.now()));
        assertThat(JsonPath.<String>read(served, "$.noticeServedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(JsonPath.<String>read(served, "$.noticeServedBy")).isEqualTo("worker");
        assertThat(JsonPath.<Boolean>read(served, "$.overdue")).isFalse();
        assertThat(JsonPath.<String>read(served, "$.state")).isEqualTo("REJECTED");
        assertThat(overdueRejected()).doesNotContain(c.id());

        MvcResult again = f().act("worker", c.id(), "RECORD_NOTICE_SERVED", "{}");
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<List<String>>read(again.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("NOTICE_NOT_YET_SERVED");
        String audit = jdbc.sql("select details from audit_entry where entity_id = ? and action = 'APPLICATION_RECORD_NOTICE_SERVED'")
                .param(c.id()).query(String.class).single();
        assertThat(audit).contains("REJECTION").contains("late");
    }

    @Test
    void servingTheApprovalNoticeIsRecordedWithoutApprovingAgain() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(40));
        f().driveTo(c, "APPROVED", LocalDate.now().minusDays(40));
        long approvals = events.stream(DibaoApplicationApproved.class).filter(e -> e.applicationId().toString().equals(c.id())).count();
        String served = f().ok("worker", c.id(), "RECORD_NOTICE_SERVED", on(LocalDate.now()));
        assertThat(JsonPath.<String>read(served, "$.noticeServedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(events.stream(DibaoApplicationApproved.class).filter(e -> e.applicationId().toString().equals(c.id())).count())
                .isEqualTo(approvals).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(mvc.perform(as("auditor", get("/api/v1/dibao/applications/" + c.id() + "/transitions")))
                .andReturn().getResponse().getContentAsString(), "$[*].action")).endsWith("APPROVE", "RECORD_NOTICE_SERVED");
    }
}
