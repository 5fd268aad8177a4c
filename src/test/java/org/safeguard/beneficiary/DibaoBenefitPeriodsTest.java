package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.BenefitPeriodEnded;
import org.safeguard.shared.BenefitPeriodStarted;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The dibao caseload publishes the shared benefit periods on enrolment, a change of covered members and a stop. */
@SafeguardTest
@RecordApplicationEvents
@WithUserDetails("reviewer")
class DibaoBenefitPeriodsTest {

    private static final String HUBUXIANG = "420106006002";

    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    ManageDibaoBenefit management;
    @Autowired
    ApplicationEvents events;

    private static HouseholdFacts twoAdults(UUID a, UUID b, String income) {
        LocalDate born = LocalDate.of(1980, 1, 1);
        return new HouseholdFacts(HukouType.URBAN, List.of(
                new HouseholdFacts.Member(a.toString(), born, true, null, null, false,
                        List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal(income)))),
                new HouseholdFacts.Member(b.toString(), born, true, null, null, false, List.of())), List.of(), List.of());
    }

    @Test
    void enrolmentStartsAPeriodAMemberChangeEndsItAndStartsTheNextAStopEndsThat() {
        YearMonth first = DibaoFixtures.freshMonth();
        UUID[] h = fixtures.household(HUBUXIANG, true);
        fixtures.enrolHousehold(h, HUBUXIANG, first);
        assertThat(events.stream(BenefitPeriodStarted.class).filter(e -> e.caseId().equals(h[0])))
                .containsExactly(new BenefitPeriodStarted("DIBAO", h[0], HUBUXIANG, "URBAN", List.of(h[1]), first));

        UUID spouse = UUID.randomUUID();
        LocalDate today = first.plusMonths(2).atDay(10);
        YearMonth effective = YearMonth.from(today).plusMonths(1);
        management.startReview(h[0], "a spouse joined");
        var changed = management.recordOutcome(h[0], new ManageDibaoBenefit.Outcome(twoAdults(h[1], spouse, "1200"),
                "spouse joined the household", false, null), today);
        assertThat(changed.decision()).isIn(ManageDibaoBenefit.Decision.INCREASE, ManageDibaoBenefit.Decision.DECREASE);
        assertThat(events.stream(BenefitPeriodEnded.class).filter(e -> e.caseId().equals(h[0])))
                .containsExactly(new BenefitPeriodEnded("DIBAO", h[0], List.of(h[1]), first, effective.minusMonths(1),
                        "MEMBERS_CHANGED"));
        assertThat(events.stream(BenefitPeriodStarted.class).filter(e -> e.caseId().equals(h[0])))
                .last().isEqualTo(new BenefitPeriodStarted("DIBAO", h[0], HUBUXIANG, "URBAN", List.of(h[1], spouse), effective));

        LocalDate later = effective.plusMonths(1).atDay(5);
        management.startReview(h[0], "income rose");
        var stopped = management.recordOutcome(h[0], new ManageDibaoBenefit.Outcome(twoAdults(h[1], spouse, "300000"),
                "income far above the standard", false, null), later);
        assertThat(stopped.decision()).isEqualTo(ManageDibaoBenefit.Decision.STOP);
        assertThat(events.stream(BenefitPeriodEnded.class).filter(e -> e.caseId().equals(h[0])))
                .last().isEqualTo(new BenefitPeriodEnded("DIBAO", h[0], List.of(h[1], spouse), effective,
                        YearMonth.from(later), "STOPPED"));
    }
}
