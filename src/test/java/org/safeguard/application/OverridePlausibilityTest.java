package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.application.ApplicationFixtures.on;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 15 item 6: an amount decided by hand is checked for plausibility. 2,147,483,648 yuan a month and three decimals
 * are refused outright; an amount above twice the larger of the calculated amount and the standard times the members
 * needs a named reason, and once approved it reaches finance as the change reason of the household's first payroll line.
 */
@SafeguardTest
@RecordApplicationEvents
class OverridePlausibilityTest {

    private static final String WUCHANG = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private static List<String> codes(MvcResult r, String field) throws Exception {
        return JsonPath.read(r.getResponse().getContentAsString(), "$.errors[?(@.field == '" + field + "')].code");
    }

    @Test
    void anAmountNoMonthCouldBeIsRefusedAndOneAboveTheLimitNeedsANamedReasonAndIsFlaggedToFinance() throws Exception {
        LocalDate start = LocalDate.now().minusDays(40);
        var c = f().create(WUCHANG, start);
        LocalDate d = f().driveTo(c, "COUNTY_REVIEW", start).plusDays(1);
        String id = c.id();

        MvcResult huge = f().act("reviewer", id, "PROPOSE_OVERRIDE", "{\"on\":\"" + d + "\",\"overrideAmount\":2147483648,\"reason\":\"录入\"}");
        assertThat(huge.getResponse().getStatus()).isEqualTo(400);
        assertThat(codes(huge, "overrideAmount")).containsExactly("RANGE");
        MvcResult fen = f().act("reviewer", id, "PROPOSE_OVERRIDE", "{\"on\":\"" + d + "\",\"overrideAmount\":1500.555,\"reason\":\"录入\"}");
        assertThat(codes(fen, "overrideAmount")).containsExactly("TOO_MANY_DECIMALS");

        MvcResult unnamed = f().act("reviewer", id, "PROPOSE_OVERRIDE", "{\"on\":\"" + d + "\",\"overrideAmount\":20000,\"reason\":\"重病\"}");
        assertThat(unnamed.getResponse().getStatus()).isEqualTo(400);
        assertThat(codes(unnamed, "overrideReasonCode")).containsExactly("OVERRIDE_ABOVE_PLAUSIBLE");
        assertThat(JsonPath.<String>read(unnamed.getResponse().getContentAsString(), "$.errors[0].message")).matches(".*\\d+.*");

        f().ok("reviewer", id, "PROPOSE_OVERRIDE",
                "{\"on\":\"" + d + "\",\"overrideAmount\":20000,\"reason\":\"两名成员重病住院\",\"overrideReasonCode\":\"MEDICAL_COSTS\"}");
        f().ok("policy", id, "CONFIRM_OVERRIDE", on(d));
        events.clear();
        f().ok("reviewer", id, "APPROVE", on(d));
        DibaoApplicationApproved approved = events.stream(DibaoApplicationApproved.class).findFirst().orElseThrow();
        assertThat(approved.amountOverridden()).isTrue();
        assertThat(approved.amountFlagged()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'APPLICATION_APPROVE' and details like '%flaggedToFinance%'")
                .param(id).query(Long.class).single()).isEqualTo(1L);
        // the caseload enrols from the event after commit; its first entitlement carries the flag into the payroll line
        UUID household = UUID.fromString(c.householdId());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from dibao_entitlement where household_id = ? and reason = 'ENROLLED_OVERRIDE_ABOVE_PLAUSIBLE'")
                .param(household).query(Long.class).single() == 1L);
    }
}
