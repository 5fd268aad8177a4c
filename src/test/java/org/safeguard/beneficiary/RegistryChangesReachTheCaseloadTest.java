package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import com.jayway.jsonpath.JsonPath;
import org.safeguard.household.PersonDied;
import org.safeguard.support.Api;
import org.safeguard.support.TestIds;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry's events reach the dibao caseload: the region copy follows, a death is queued for the caseworker. */
@SafeguardTest
class RegistryChangesReachTheCaseloadTest {

    private static final String CHUCAI = "420106006001";
    private static final String HUBUXIANG = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    BeneficiaryStore store;
    @Autowired
    RegistryChangesListener listener;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private UUID[] enrolled(String community) {
        UUID[] h = fixtures.household(community, true);
        fixtures.enrolHousehold(h, community, DibaoFixtures.freshMonth());
        return h;
    }

    private UUID memberId(UUID person) {
        return jdbc.sql("select id from household_member where person_id = ? and active").param(person).query(UUID.class).single();
    }

    /** A household registered through the API (valid ID numbers, so later edits validate), enrolled in dibao. */
    private UUID[] registeredAndEnrolled(String community) throws Exception {
        String json = mvc.perform(as("worker", post("/api/v1/households"))
                        .content(Api.household(community, TestIds.adult(), TestIds.adult())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID[] h = {UUID.fromString(JsonPath.read(json, "$.id")), UUID.fromString(JsonPath.read(json, "$.members[0].personId"))};
        fixtures.enrolHousehold(h, community, DibaoFixtures.freshMonth());
        return h;
    }

    @Test
    void aRegionChangeInTheRegistryRefreshesTheCaseloadsCopy() throws Exception {
        UUID[] h = registeredAndEnrolled(CHUCAI);
        mvc.perform(as("worker", patch("/api/v1/households/" + h[0])).content("{\"regionCode\":\"" + HUBUXIANG + "\",\"version\":0}"))
                .andExpect(status().isOk());
        Awaitility.await("region refreshed").atMost(Duration.ofSeconds(20))
                .until(() -> store.find(h[0]).orElseThrow().regionCode().equals(HUBUXIANG));
        assertThat(store.find(h[0]).orElseThrow().state()).isEqualTo(BenefitState.ACTIVE);
    }

    @Test
    void theDeathOfTheOnlyCountedMemberInTheRegistryEndsTheBenefitWithItsReason() throws Exception {
        UUID[] h = enrolled(HUBUXIANG);
        var before = store.entitlements(h[0]);
        mvc.perform(as("worker", post("/api/v1/households/" + h[0] + "/members/" + memberId(h[1]) + "/death"))
                        .content("{\"dateOfDeath\":\"2025-06-07\",\"source\":\"DEPARTMENT_DATA\"}"))
                .andExpect(status().isOk());
        // A death is a fact, not a review outcome: nobody counted is left, so nothing is paid after the month of death.
        Awaitility.await("benefit ended by the death").atMost(Duration.ofSeconds(20))
                .until(() -> store.find(h[0]).orElseThrow().state() == BenefitState.TERMINATED);
        assertThat(store.changeReports(h[0])).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("DEATH");
            assertThat(r.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 7));
            assertThat(r.note()).contains(h[1].toString()).contains("2025-06-07").contains("DEPARTMENT_DATA");
        });
        assertThat(store.transitions(h[0])).extracting(BeneficiaryStore.TransitionRow::action)
                .containsExactly(BenefitAction.ENROL, BenefitAction.REPORT_CHANGE, BenefitAction.RECORD_DEATH);
        assertThat(store.entitlements(h[0])).hasSameSizeAs(before);
        assertThat(store.find(h[0]).orElseThrow().lastMonth()).isEqualTo(java.time.YearMonth.of(2025, 6));
    }

    @Test
    void aRedeliveredDeathIsReportedOnceAndEndsACaseInReview() {
        UUID household = fixtures.underReview(HUBUXIANG);
        UUID[] h = {household, jdbc.sql("select person_id from household_member where household_id = ?").param(household)
                .query(UUID.class).single()};
        TransactionTemplate tx = new TransactionTemplate(transactions);
        RegistryChangesListener direct = AopTestUtils.getUltimateTargetObject(listener);
        PersonDied died = new PersonDied(h[1], h[0], HUBUXIANG, LocalDate.of(2025, 1, 2), "CHANGE_REPORT");
        tx.executeWithoutResult(s -> direct.on(died));
        tx.executeWithoutResult(s -> direct.on(died));
        assertThat(store.changeReports(h[0])).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("DEATH"));
        assertThat(store.find(h[0]).orElseThrow().state()).isEqualTo(BenefitState.TERMINATED);
    }

    @Test
    void aHouseholdOutsideTheCaseloadIsLeftAlone() {
        UUID[] outside = fixtures.household(HUBUXIANG, true);
        RegistryChangesListener direct = AopTestUtils.getUltimateTargetObject(listener);
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                direct.on(new PersonDied(outside[1], outside[0], HUBUXIANG, LocalDate.of(2025, 1, 2), "CHANGE_REPORT")));
        assertThat(store.find(outside[0])).isEmpty();
        assertThat(jdbc.sql("select count(*) from dibao_change_report where household_id = ?").param(outside[0])
                .query(Long.class).single()).isZero();
    }
}
