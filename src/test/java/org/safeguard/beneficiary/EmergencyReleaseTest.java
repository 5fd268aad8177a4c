package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.safeguard.policy.EmergencyDeclarations;
import org.safeguard.policy.EmergencyFixtures;
import org.safeguard.policy.EmergencyFlag;
import org.safeguard.shared.SafeguardException;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Ending a declaration releases what its flags held in the caseload, through the EmergencyFlagEnded events and
 * without waiting for the nightly job: the queued exit is marked decidable and can be executed, the review that the
 * extension held back falls due. Guomian Community (Yangyuan) carries the declaration only for this test's duration.
 */
@SafeguardTest
@WithUserDetails("reviewer")
class EmergencyReleaseTest {

    private static final String GUOMIAN = "420106002006";

    @Autowired
    EmergencyDeclarations declarations;
    @Autowired
    ManageDibaoBenefit management;
    @Autowired
    BeneficiaryQueries queries;
    @Autowired
    BeneficiaryStore store;
    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void endingADeclarationMakesItsQueuedExitsDecidableAndItsExtendedReviewsFallDue() {
        LocalDate today = LocalDate.now(clock);
        long id = EmergencyFixtures.approved(declarations, GUOMIAN, today.minusDays(10), null,
                EmergencyFlag.EXITS_SUSPENDED, EmergencyFlag.REVIEWS_EXTENDED);
        UUID queued = fixtures.enrolledNow(GUOMIAN);
        UUID due = fixtures.enrolledNow(GUOMIAN);
        try {
            management.startReview(queued, "periodic");
            var outcome = management.recordOutcome(queued, new ManageDibaoBenefit.Outcome(DibaoFixtures.facts(UUID.randomUUID(),
                    "2400"), "income rose to 400 a month", false, null), today);
            assertThat(outcome.queued()).isTrue();
            assertThat(item(queued).stillSuspended()).isTrue();
            assertThat(item(queued).releasedOn()).isNull();
            assertThatThrownBy(() -> management.decideQueued(queued, true, "too early")).isInstanceOf(SafeguardException.class);

            jdbc.sql("update dibao_beneficiary set next_review_date = ? where household_id = ?").params(today.minusDays(1), due).update();
            management.markDueReviews(today);
            assertThat(store.find(due).orElseThrow().state()).as("held back by the extension").isEqualTo(BenefitState.ACTIVE);
        } finally {
            declarations.end(id, today, "epidemic over in the test community", EmergencyFixtures.CHECKER);
        }

        Awaitility.await("released by the EmergencyFlagEnded listener").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> today.equals(item(queued).releasedOn())
                        && store.find(due).orElseThrow().state() == BenefitState.REVIEW_DUE);
        assertThat(item(queued).stillSuspended()).isFalse();
        assertThat(management.decideQueued(queued, true, "declaration ended").decision())
                .isEqualTo(ManageDibaoBenefit.Decision.DECREASE);
        assertThat(store.openQueued(queued)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DIBAO_QUEUED_EXIT_RELEASED' and entity_id = ?")
                .param(queued.toString()).query(Long.class).single()).isEqualTo(1L);
    }

    private BeneficiaryQueries.QueueItem item(UUID household) {
        return queries.queue().stream().filter(q -> q.householdId().equals(household)).findFirst().orElseThrow();
    }
}
