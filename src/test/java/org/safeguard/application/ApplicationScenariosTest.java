package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.application.ApplicationFixtures.facts;
import static org.safeguard.application.ApplicationFixtures.investigation;
import static org.safeguard.application.ApplicationFixtures.materials;
import static org.safeguard.application.ApplicationFixtures.on;
import static org.safeguard.application.ApplicationFixtures.reason;
import static org.safeguard.application.ApplicationFixtures.signatures;
import static org.safeguard.application.ApplicationFixtures.verification;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.policy.WorkingDayCalendar;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Deadlines, the paused clock, devolved approval, remote investigation, overrides, the approval event and scope. */
@SafeguardTest
@RecordApplicationEvents
class ApplicationScenariosTest {

    private static final String WUCHANG = "420106006001";
    private static final RegionCode WUCHANG_REGION = RegionCode.of(WUCHANG);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private String json(String user, String id) throws Exception {
        return mvc.perform(as(user, get("/api/v1/dibao/applications/" + id))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void acceptedOnTheEveOfTheSpringFestivalInWuhanTheInvestigationIsDueAfterTheHolidaysAndHubeisExtension() throws Exception {
        var c = f().create(WUCHANG, LocalDate.of(2020, 1, 22));
        f().ok("worker", c.id(), "RECORD_MATERIALS", materials(LocalDate.of(2020, 1, 22)));
        f().ok("worker", c.id(), "ACCEPT", on(LocalDate.of(2020, 1, 22)));
        String body = json("worker", c.id());
        // 2012 procedure: investigation within 10 working days. 23 Jan is the 1st; 24 Jan–13 Feb is holiday in Hubei
        // (Spring Festival, national extension, Hubei extension); 14 Feb is the 2nd; ... 26 Feb the 10th.
        assertThat(JsonPath.<String>read(body, "$.procedure")).isEqualTo("P2012");
        assertThat(JsonPath.<String>read(body, "$.stateDueOn")).isEqualTo("2020-02-26");
        assertThat(JsonPath.<String>read(body, "$.overallDueOn"))
                .isEqualTo(calendar.addWorkingDays(WUCHANG_REGION, LocalDate.of(2020, 1, 22), 30).toString())
                .isEqualTo("2020-03-25");
    }

    @Test
    void the2021ProcedureAppliesFromTheSwitchDateAndItsInvestigationMustStartWithinThreeWorkingDays() throws Exception {
        var c = f().create(WUCHANG, LocalDate.of(2021, 6, 30));
        f().ok("worker", c.id(), "RECORD_MATERIALS", materials(LocalDate.of(2021, 7, 1)));
        f().ok("worker", c.id(), "ACCEPT", on(LocalDate.of(2021, 7, 1)));
        String body = json("worker", c.id());
        assertThat(JsonPath.<String>read(body, "$.procedure")).isEqualTo("P2021");
        // Thursday 1 July 2021: Fri 2, Mon 5, Tue 6
        assertThat(JsonPath.<String>read(body, "$.stateDueOn")).isEqualTo("2021-07-06");
    }

    @Test
    void theOverallClockStopsWhileMissingMaterialsAreAwaitedAndTheDueDateMovesByThePausedWorkingDays() throws Exception {
        LocalDate submitted = LocalDate.of(2021, 9, 1);
        var c = f().create(WUCHANG, submitted);
        String before = JsonPath.read(json("worker", c.id()), "$.overallDueOn");
        assertThat(before).isEqualTo(calendar.addWorkingDays(WUCHANG_REGION, submitted, 30).toString());
        f().ok("worker", c.id(), "REQUEST_MATERIALS", "{\"on\":\"2021-09-03\",\"missingMaterials\":[\"户口簿\",\"收入证明\\n残疾证\"]}");
        String paused = json("worker", c.id());
        assertThat(JsonPath.<Boolean>read(paused, "$.paused")).isTrue();
        assertThat(paused).doesNotContain("\"overallDueOn\"");
        assertThat(JsonPath.<List<String>>read(paused, "$.materialsMissing")).containsExactly("户口簿", "收入证明", "残疾证");
        // back on Friday 10 September: 6, 7, 8, 9, 10 September = 5 working days paused
        f().ok("worker", c.id(), "RECEIVE_MATERIALS", on(LocalDate.of(2021, 9, 10)));
        String resumed = json("worker", c.id());
        assertThat(JsonPath.<Integer>read(resumed, "$.pausedWorkingDays")).isEqualTo(5);
        assertThat(JsonPath.<String>read(resumed, "$.overallDueOn"))
                .isEqualTo(calendar.addWorkingDays(WUCHANG_REGION, submitted, 35).toString());
    }

    @Test
    void investigationNeedsAllAdultSignaturesAndTwoInvestigatorsAndPhoneOnlyUnderADeclarationThatAllowsIt() throws Exception {
        var c = f().create(WUCHANG, LocalDate.of(2020, 2, 17));
        f().ok("worker", c.id(), "RECORD_MATERIALS", materials(LocalDate.of(2020, 2, 17)));
        f().ok("worker", c.id(), "ACCEPT", on(LocalDate.of(2020, 2, 17)));
        MvcResult unsigned = f().act("worker", c.id(), "START_INVESTIGATION", on(LocalDate.of(2020, 2, 17)));
        assertThat(unsigned.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<List<String>>read(unsigned.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("ALL_ADULTS_SIGNED");
        f().ok("worker", c.id(), "RECORD_SIGNATURES", signatures(LocalDate.of(2020, 2, 17), c.personIds()));
        f().ok("worker", c.id(), "START_INVESTIGATION", on(LocalDate.of(2020, 2, 18)));
        MvcResult one = f().act("worker", c.id(), "RECORD_INVESTIGATION",
                "{\"on\":\"2020-02-19\",\"investigation\":{\"method\":\"ONSITE\",\"investigators\":[\"王强\"]}}");
        assertThat(one.getResponse().getStatus()).isEqualTo(400);
        assertThat(one.getResponse().getContentAsString()).contains("investigation.investigators").contains("TOO_FEW");
        // Wuhan's 2020 declaration allows remote investigation: by phone on 19 February 2020
        String body = f().ok("worker", c.id(), "RECORD_INVESTIGATION", investigation(LocalDate.of(2020, 2, 19), "PHONE"));
        assertThat(JsonPath.<String>read(body, "$.investigationMethod")).isEqualTo("PHONE");

        var today = f().create(WUCHANG, LocalDate.now().minusDays(10));
        f().driveTo(today, "INVESTIGATING", LocalDate.now().minusDays(10));
        MvcResult video = f().act("worker", today.id(), "RECORD_INVESTIGATION", investigation(LocalDate.now(), "VIDEO"));
        assertThat(video.getResponse().getStatus()).isEqualTo(400);
        assertThat(video.getResponse().getContentAsString()).contains("REMOTE_NOT_ALLOWED");
    }

    @Test
    void underWuhansDeclarationTheTownshipConfirmsInsteadOfTheCountyAndTheApprovalEventNamesTheNextMonth() throws Exception {
        var c = f().create(WUCHANG, LocalDate.of(2020, 2, 17));
        String id = c.id();
        f().ok("worker", id, "RECORD_SIGNATURES", signatures(LocalDate.of(2020, 2, 17), c.personIds()));
        f().ok("worker", id, "RECORD_MATERIALS", materials(LocalDate.of(2020, 2, 17)));
        f().ok("worker", id, "ACCEPT", on(LocalDate.of(2020, 2, 17)));
        f().ok("worker", id, "START_INVESTIGATION", on(LocalDate.of(2020, 2, 18)));
        f().ok("worker", id, "RECORD_INVESTIGATION", investigation(LocalDate.of(2020, 2, 19), "VIDEO"));
        f().ok("worker", id, "RECORD_FACTS", facts(LocalDate.of(2020, 2, 19), c.personIds().get(0)));
        f().ok("worker", id, "RECORD_VERIFICATION", verification(LocalDate.of(2020, 2, 20)));
        f().ok("worker", id, "COMPLETE_INVESTIGATION", on(LocalDate.of(2020, 2, 21)));
        f().ok("worker", id, "RECORD_APPRAISAL", reason(LocalDate.of(2020, 2, 24), "评议通过"));
        f().ok("worker", id, "POST_NOTICE", "{\"on\":\"2020-02-25\",\"opinion\":\"符合条件\"}");
        // the notice runs 26 February to 3 March
        MvcResult early = f().act("worker", id, "SEND_FOR_TOWNSHIP_CONFIRMATION", on(LocalDate.of(2020, 3, 3)));
        assertThat(JsonPath.<List<String>>read(early.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("NOTICE_PERIOD_OVER");
        MvcResult county = f().act("worker", id, "SEND_TO_COUNTY", on(LocalDate.of(2020, 3, 4)));
        assertThat(county.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<List<String>>read(county.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("APPROVAL_NOT_DEVOLVED");
        f().ok("worker", id, "SEND_FOR_TOWNSHIP_CONFIRMATION", on(LocalDate.of(2020, 3, 4)));
        assertThat(f().state("worker", id)).isEqualTo("TOWNSHIP_CONFIRMATION");
        // the county reviewer may not confirm in the township's place
        assertThat(f().act("reviewer", id, "APPROVE", on(LocalDate.of(2020, 3, 5))).getResponse().getStatus()).isEqualTo(403);
        events.clear();
        String approved = f().ok("worker", id, "APPROVE", on(LocalDate.of(2020, 3, 5)));
        assertThat(JsonPath.<String>read(approved, "$.state")).isEqualTo("APPROVED");
        var event = events.stream(DibaoApplicationApproved.class).filter(e -> e.applicationId().toString().equals(id))
                .findFirst().orElseThrow();
        assertThat(event.firstPaymentMonth()).isEqualTo(YearMonth.of(2020, 4));
        assertThat(event.decidedOn()).isEqualTo(LocalDate.of(2020, 3, 5));
        // Wuhan 2020 illustrative urban standard 720; wage 1,200 over 6 months for two counted members → 100 per head;
        // (720 − 100) × 2 + 20 % supplement for the spouse's grade-2 disability (144) = 1,384
        assertThat(event.monthlyAmount()).isEqualByComparingTo("1384");
        assertThat(event.amountOverridden()).isFalse();
        assertThat(event.facts().members()).extracting(m -> m.ref()).containsExactlyElementsOf(c.personIds());
        // a video investigation and the township's confirmation are simplified procedures: a good-faith record follows
        var simplified = events.stream(org.safeguard.shared.SimplifiedDecisionTaken.class)
                .filter(e -> e.caseId().toString().equals(id)).findFirst().orElseThrow();
        assertThat(simplified.procedures()).containsExactlyInAnyOrder("REMOTE_INVESTIGATION", "DEVOLVED_APPROVAL");
        assertThat(simplified.declarationIds()).isNotEmpty();
        assertThat(simplified.caseKind()).isEqualTo("DIBAO");
        String snapshot = jdbc.sql("select decision_snapshot from dibao_application where id = ?")
                .param(java.util.UUID.fromString(id)).query(String.class).single();
        assertThat(JsonPath.<Boolean>read(snapshot, "$.emergencyFlags.approvalDevolvedToTownship")).isTrue();
        assertThat(JsonPath.<String>read(snapshot, "$.verifications[0].department")).isEqualTo("税务局");
        assertThat(JsonPath.<List<Object>>read(snapshot, "$.calculation.trace")).isNotEmpty();
        assertThat(JsonPath.<String>read(snapshot, "$.calculation.standardSource")).contains("420100000000");
        assertThat(JsonPath.<String>read(snapshot, "$.calculation.referenceDate")).isEqualTo("2020-02-17");
    }

    @Test
    void anOverriddenAmountNeedsAReasonAndASecondApproverWithTheReviewPermission() throws Exception {
        LocalDate start = LocalDate.now().minusDays(40);
        var c = f().create(WUCHANG, start);
        LocalDate d = f().driveTo(c, "COUNTY_REVIEW", start).plusDays(1);
        String id = c.id();
        assertThat(f().act("reviewer", id, "PROPOSE_OVERRIDE", "{\"overrideAmount\":1500}").getResponse().getStatus()).isEqualTo(400);
        f().ok("reviewer", id, "PROPOSE_OVERRIDE", "{\"on\":\"" + d + "\",\"overrideAmount\":1500,\"reason\":\"重病医疗支出\"}");
        MvcResult unconfirmed = f().act("reviewer", id, "APPROVE", on(d));
        assertThat(JsonPath.<List<String>>read(unconfirmed.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("NO_UNCONFIRMED_OVERRIDE");
        MvcResult self = f().act("reviewer", id, "CONFIRM_OVERRIDE", on(d));
        assertThat(JsonPath.<List<String>>read(self.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("SECOND_APPROVER");
        assertThat(f().act("worker", id, "CONFIRM_OVERRIDE", on(d)).getResponse().getStatus()).isEqualTo(403);
        f().ok("policy", id, "CONFIRM_OVERRIDE", on(d));
        events.clear();
        String approved = f().ok("reviewer", id, "APPROVE", on(d));
        assertThat(JsonPath.<Number>read(approved, "$.decidedAmount").intValue()).isEqualTo(1500);
        var event = events.stream(DibaoApplicationApproved.class).findFirst().orElseThrow();
        assertThat(event.amountOverridden()).isTrue();
        assertThat(event.monthlyAmount()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(event.firstPaymentMonth()).isEqualTo(YearMonth.from(d).plusMonths(1));
        String transitions = mvc.perform(as("auditor", get("/api/v1/dibao/applications/" + id + "/transitions")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(transitions, "$[*].action")).contains("PROPOSE_OVERRIDE", "CONFIRM_OVERRIDE", "APPROVE");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'APPLICATION_APPROVE'")
                .param(id).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aHouseholdHasAtMostOneOpenApplication() throws Exception {
        var c = f().create(WUCHANG, LocalDate.now());
        mvc.perform(as("worker", post("/api/v1/dibao/applications"))
                        .content("{\"householdId\":\"" + c.householdId() + "\",\"channel\":\"ONLINE\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CONFLICT"));
        f().ok("worker", c.id(), "TERMINATE", reason(LocalDate.now(), "申请人拒绝配合"));
        mvc.perform(as("worker", post("/api/v1/dibao/applications"))
                        .content("{\"householdId\":\"" + c.householdId() + "\",\"channel\":\"ONLINE\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aCaseworkerOfAnotherTownshipCanNeitherSeeNorActOnTheApplication() throws Exception {
        var c = f().create(WUCHANG, LocalDate.now());
        mvc.perform(as("worker2", get("/api/v1/dibao/applications/" + c.id()))).andExpect(status().isNotFound());
        mvc.perform(as("worker2", get("/api/v1/dibao/applications/" + c.id() + "/transitions"))).andExpect(status().isNotFound());
        assertThat(f().act("worker2", c.id(), "ACCEPT", "{}").getResponse().getStatus()).isEqualTo(404);
        assertThat(f().act("hotline", c.id(), "ACCEPT", "{}").getResponse().getStatus()).as("read-only role").isEqualTo(403);
        assertThat(f().act("worker", c.id(), "REGISTER", "{}").getResponse().getStatus()).as("not an action").isEqualTo(409);
        String list = mvc.perform(as("worker2", get("/api/v1/dibao/applications").param("size", "200")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].id")).doesNotContain(c.id());
        mvc.perform(as("worker2", get("/api/v1/dibao/applications").param("regionCode", WUCHANG))).andExpect(status().isNotFound());
        assertThat(f().state("worker", c.id())).isEqualTo("SUBMITTED");
    }

    @Test
    void theWorkQueueShowsOverdueApplicationsOfTheSubtree() throws Exception {
        var c = f().create(WUCHANG, LocalDate.now().minusDays(90));
        String list = mvc.perform(as("worker", get("/api/v1/dibao/applications").param("overdue", "true").param("size", "200")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].id")).contains(c.id());
        assertThat(JsonPath.<List<Boolean>>read(list, "$.items[*].overdue")).doesNotContain(false);
    }

    @Test
    void theOpenApiDocumentListsBothProcedureTablesWithPermissionsAndPreconditions() throws Exception {
        String doc = mvc.perform(as("worker", get("/v3/api-docs"))).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/dibao/applications/{id}/actions/{action}")
                .contains("| TOWNSHIP_PUBLICITY | SEND_FOR_TOWNSHIP_CONFIRMATION | TOWNSHIP_CONFIRMATION | APPLICATION_TOWNSHIP | NOTICE_PERIOD_OVER, APPROVAL_DEVOLVED |")
                .contains("| COUNTY_REVIEW | POST_COUNTY_NOTICE | COUNTY_PUBLICITY | APPLICATION_REVIEW | REQUIRED_VISIT_DONE |")
                .contains("### P2021");
    }

    @Test
    void theApplicantMustBeAMemberAndTheHouseholdMustBeInTheCallersArea() throws Exception {
        var c = f().create(WUCHANG, LocalDate.now());
        f().ok("worker", c.id(), "TERMINATE", reason(LocalDate.now(), "撤回"));
        mvc.perform(as("worker", post("/api/v1/dibao/applications")).content("{\"householdId\":\"" + c.householdId()
                        + "\",\"channel\":\"WINDOW\",\"applicantPersonId\":\"" + java.util.UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("applicantPersonId"))
                .andExpect(jsonPath("$.errors[0].code").value("NOT_A_MEMBER"));
        mvc.perform(as("worker2", post("/api/v1/dibao/applications")).content("{\"householdId\":\"" + c.householdId()
                        + "\",\"channel\":\"WINDOW\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_HOUSEHOLD"));
        mvc.perform(as("worker", post("/api/v1/dibao/applications")).content("{\"householdId\":\"" + c.householdId()
                        + "\",\"channel\":\"WINDOW\",\"applicantPersonId\":\"" + c.personIds().get(1) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.applicantNameMasked").value("李*"))
                .andExpect(jsonPath("$.householdSize").value(2));
    }

    @Autowired
    ApplicationDemoData demoData;

    @Test
    void demoApplicationsAreLoadedOnceAndAStartAgainAddsNothing() {
        long before = jdbc.sql("select count(*) from dibao_application where created_by in ('worker2', 'ruralworker')")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from dibao_application where region_code like '420281102%'").query(Long.class).single())
                .as("Lingxiang has demo applications").isPositive();
        demoData.load();
        assertThat(jdbc.sql("select count(*) from dibao_application where created_by in ('worker2', 'ruralworker')")
                .query(Long.class).single()).isEqualTo(before);
    }
}
