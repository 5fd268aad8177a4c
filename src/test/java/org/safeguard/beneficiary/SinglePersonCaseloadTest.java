package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.application.DibaoApplicationApproved;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A single-person household (单人户, issue 9 item 4) in the caseload: only the member who applied alone is covered
 * and counted, and the month is paid at that member's amount, not the family's.
 */
@SafeguardTest
@WithUserDetails("reviewer")
class SinglePersonCaseloadTest {

    private static final String HUBUXIANG = "420106006002";

    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    EnrolDibaoHousehold enrolment;
    @Autowired
    BeneficiaryStore store;
    @Autowired
    DibaoPayrollSource source;

    @Test
    void onlyTheMemberWhoAppliedAloneIsCoveredAndPaid() {
        UUID[] h = fixtures.household(HUBUXIANG, true);
        String head = h[1].toString();
        String spouse = UUID.randomUUID().toString();
        // the head earns 10,800 over six months (900 a head for the couple: low-income, not eligible as a family);
        // the spouse, disability grade 1 and no income, applies alone
        HouseholdFacts facts = new HouseholdFacts(HukouType.URBAN, List.of(
                new HouseholdFacts.Member(head, LocalDate.of(1980, 5, 10), true, null, null, false,
                        List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal("10800")))),
                new HouseholdFacts.Member(spouse, LocalDate.of(1982, 3, 4), true, null, 1, false, List.of())),
                List.of(), List.of(), spouse);

        enrolment.enrol(new DibaoApplicationApproved(UUID.randomUUID(), h[0], HUBUXIANG, LocalDate.of(2020, 8, 20),
                YearMonth.of(2020, 9), facts, new BigDecimal("936"), false, "reviewer"));

        BeneficiaryStore.BeneficiaryRow row = store.find(h[0]).orElseThrow();
        assertThat(row.countedMembers()).isEqualTo(1);
        assertThat(DibaoAmounts.covered(facts)).containsExactly(UUID.fromString(spouse));
        // September 2020, Wuhan's urban standard 780: the spouse alone 780 + 20 % disability supplement 156 = 936
        assertThat(source.preview(h[0], HUBUXIANG, YearMonth.of(2020, 9)).orElseThrow().amount())
                .isEqualByComparingTo("936");
    }
}
