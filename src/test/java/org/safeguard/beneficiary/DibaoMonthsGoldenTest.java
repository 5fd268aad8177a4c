package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.safeguard.application.DibaoApplicationApproved;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.StartPayroll;
import org.safeguard.policy.EmergencyFixtures;
import org.safeguard.policy.EmergencyFlag;
import org.safeguard.policy.NewParameterVersion;
import org.safeguard.policy.PolicyChangeApproved;
import org.safeguard.policy.PolicyParameterDeclarations;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.Supplement;
import org.safeguard.policy.SupplementCategory;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The golden month-by-month scenarios of src/test/resources/golden/dibao-months (see its README): each story runs
 * through the real use cases, then the real DIBAO payroll job for every month of its file, in order, and every line's
 * amount is compared with the hand-computed one. Months from 2700 on keep the scenarios' standards apart from the
 * other tests' (which use 2400 on); each scenario has its own two years.
 */
@SafeguardTest
@WithUserDetails("finance")
class DibaoMonthsGoldenTest {

    private static final AtomicInteger SCENARIOS = new AtomicInteger();
    private static final RegionCode WUHAN = RegionCode.of("420100000000");

    @Autowired DibaoFixtures fixtures;
    @Autowired EnrolDibaoHousehold enrolment;
    @Autowired ManageDibaoBenefit management;
    @Autowired RetroactiveAdjustments adjustments;
    @Autowired PolicyParameters parameters;
    @Autowired StartPayroll start;
    @Autowired PayrollJobs jobs;
    @Autowired BeneficiaryStore store;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    /**
     * The scenario's first month; Wuhan's urban standard is pinned to 820 for its two years (other tests may have
     * approved open-ended standards earlier on the shared test database).
     */
    private YearMonth scenarioMonth() {
        YearMonth m0 = YearMonth.of(2700, 1).plusMonths(24L * SCENARIOS.getAndIncrement());
        parameters.record(new NewParameterVersion(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, m0.minusMonths(1).atDay(1),
                m0.plusMonths(23).atEndOfMonth(), "820", null, null, "golden: the scenario's standard", false));
        return m0;
    }

    private static HouseholdFacts.Member member(String ref, LocalDate born, String sixMonthIncome) {
        return new HouseholdFacts.Member(ref, born, true, null, null, false, sixMonthIncome == null ? List.of()
                : List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal(sixMonthIncome))));
    }

    private static HouseholdFacts facts(HouseholdFacts.Member... members) {
        return new HouseholdFacts(HukouType.URBAN, List.of(members), List.of(), List.of());
    }

    private void approve(UUID household, String community, YearMonth first, HouseholdFacts facts) {
        enrolment.enrol(new DibaoApplicationApproved(UUID.randomUUID(), household, community, first.minusMonths(1).atDay(10),
                first, facts, null, false, "reviewer"));
    }

    private void review(UUID household, HouseholdFacts facts, boolean foundWork, String reason, LocalDate on) {
        management.startReview(household, "periodic review");
        management.recordOutcome(household, new ManageDibaoBenefit.Outcome(facts, reason, foundWork, null), on);
    }

    /** Runs the payroll of every month of the file in order and compares each of the household's lines. */
    private void assertMonths(String file, String community, UUID household, YearMonth m0) throws IOException {
        assertMonths(file, community, household, m0, java.util.Map.of());
    }

    /** The same, running {@code before.get("M+k")} just before month k's payroll (what happens between payrolls). */
    private void assertMonths(String file, String community, UUID household, YearMonth m0,
                              java.util.Map<String, Runnable> before) throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/golden/dibao-months/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",", 3);
                YearMonth month = m0.plusMonths(Integer.parseInt(cells[0].substring(2)));
                before.getOrDefault(cells[0], () -> { }).run();
                PayrollView started = start.start(new StartPayroll.Request(community, month, "DIBAO", null));
                assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(60))).isTrue();
                var amount = jdbc.sql("select amount from payroll_line where benefit = 'DIBAO' and payee_id = ? and pay_month = ?")
                        .params(household, month.atDay(1)).query(BigDecimal.class).optional();
                expected.add(cells[0] + " " + cells[1]);
                actual.add(cells[0] + " " + amount.map(a -> a.setScale(2).toPlainString()).orElse("none"));
            }
        }
        assertThat(actual).as(file).containsExactlyElementsOf(expected);
    }

    @Test
    void aStandardRiseAnnouncedThreeMonthsAheadReachesItsMonthsAndAReviewJustBeforeItKeepsIt() throws IOException {
        String community = "420106002006";
        YearMonth m0 = scenarioMonth();
        UUID[] h = fixtures.household(community, true);
        approve(h[0], community, m0, facts(member(h[1].toString(), m0.minusYears(40).atDay(5), "1200")));
        parameters.record(new NewParameterVersion(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, m0.plusMonths(3).atDay(1),
                m0.plusMonths(5).atEndOfMonth(), "900", null, null, "golden: rise announced three months ahead", false));
        adjustments.apply(new PolicyChangeApproved(System.nanoTime(), community,
                Set.of(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.name()), m0.plusMonths(3).atDay(1), "policy", "policy2"));
        review(h[0], null, false, "periodic review, nothing changed", m0.plusMonths(2).atDay(20));

        assertMonths("standard-rise-announced-three-months-ahead.csv", community, h[0], m0);
        assertThat(store.inForce(h[0], m0.plusMonths(3)).orElseThrow().parameterVersions())
                .as("the line's explanation names the version of the standard used").contains("DIBAO_STANDARD_URBAN#");
    }

    @Test
    void aStandardChangeAYearAheadReachesThatMonthsPayroll() throws IOException {
        String community = "420106006002";
        YearMonth m0 = scenarioMonth();
        UUID[] h = fixtures.household(community, true);
        approve(h[0], community, m0, facts(member(h[1].toString(), m0.minusYears(40).atDay(5), "1200")));
        parameters.record(new NewParameterVersion(WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, m0.plusMonths(12).atDay(1),
                m0.plusMonths(12).atEndOfMonth(), "900", null, null, "golden: rise a year ahead", false));
        adjustments.apply(new PolicyChangeApproved(System.nanoTime(), community,
                Set.of(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.name()), m0.plusMonths(12).atDay(1), "policy", "policy2"));

        assertMonths("standard-rise-a-year-ahead.csv", community, h[0], m0);
    }

    @Autowired FraudFindings fraud;

    @Test
    void aFraudFindingStopsTheBenefitAndWorksOutTheOverpaymentMonthByMonthWithItsFine() throws IOException {
        String community = "420106002006";
        YearMonth m0 = scenarioMonth();
        UUID[] h = fixtures.household(community, true);
        LocalDate born = m0.minusYears(40).atDay(3);
        approve(h[0], community, m0, facts(member(h[1].toString(), born, "1200")));
        FraudFindings.Outcome[] outcome = new FraudFindings.Outcome[1];
        assertMonths("fraud-with-overpayment.csv", community, h[0], m0, java.util.Map.of("M+3", () -> outcome[0] =
                fraud.record(h[0], new FraudFindings.Finding(m0, facts(member(h[1].toString(), born, "3000")),
                        "wage of 500 a month concealed since M+0", new BigDecimal("2"), "concealed deliberately over three months",
                        6), m0.plusMonths(2).atDay(15))));

        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/golden/dibao-months/fraud-overpayment-by-month.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split(",", 5);
                expected.add(m0.plusMonths(Integer.parseInt(c[0].substring(2))) + " " + c[1] + " " + c[2] + " " + c[3]);
            }
        }
        assertThat(outcome[0].months()).extracting(m -> m.month() + " " + m.paid().toPlainString() + " "
                + m.due().toPlainString() + " " + m.overpaid().toPlainString()).containsExactlyElementsOf(expected);
        assertThat(outcome[0].overpaidTotal()).isEqualByComparingTo("900");
        assertThat(outcome[0].fine()).isEqualByComparingTo("1800");
        assertThat(outcome[0].monthlyInstalment()).isEqualByComparingTo("150");
        assertThat(store.find(h[0]).orElseThrow().state()).isEqualTo(BenefitState.TERMINATED);
    }

    @Test
    void aSeventiethBirthdayAddsTheSupplementFromThatMonth() throws IOException {
        String community = "420106006002";
        YearMonth m0 = scenarioMonth();
        parameters.record(new NewParameterVersion(WUHAN, PolicyParameterDeclarations.SUPPLEMENTS, m0.atDay(1),
                m0.plusMonths(5).atEndOfMonth(), null, null,
                List.of(new Supplement(SupplementCategory.AGE_70_PLUS, Supplement.AmountType.FIXED, new BigDecimal("100"))),
                "golden: 100 a month for members of 70 and over", false));
        UUID[] h = fixtures.household(community, true);
        LocalDate born = m0.plusMonths(2).atDay(15).minusYears(70);
        approve(h[0], community, m0, facts(member(h[1].toString(), born, "1200")));

        assertMonths("seventieth-birthday.csv", community, h[0], m0);
        assertThat(store.inForce(h[0], m0.plusMonths(2)).orElseThrow().reason()).startsWith("AGE_SUPPLEMENT");
    }

    @Test
    void aDeathDuringTheWuhanFreezeIsRecordedAndStopsPayingTheDeadMemberFromTheNextMonth() throws IOException {
        String community = "420106001902";
        YearMonth m0 = scenarioMonth();
        EmergencyFixtures.approvedInStore(context, community, m0.plusMonths(1).atDay(1), m0.plusMonths(4).atEndOfMonth(),
                EmergencyFlag.EXITS_SUSPENDED);
        UUID[] h = fixtures.household(community, true);
        String spouse = UUID.randomUUID().toString();
        LocalDate born = m0.minusYears(40).atDay(3);
        approve(h[0], community, m0, facts(member(h[1].toString(), born, "1200"), member(spouse, born, null)));
        review(h[0], facts(member(h[1].toString(), born, "2400"), member(spouse, born, null)), false, "income rose",
                m0.plusMonths(1).atDay(5));
        assertThat(store.find(h[0]).orElseThrow().state()).isEqualTo(BenefitState.SUSPENDED_PENDING);

        management.reportChange(h[0], ManageDibaoBenefit.ChangeKind.DEATH, m0.plusMonths(1).atDay(18), "spouse died", spouse);

        assertMonths("death-during-the-wuhan-freeze.csv", community, h[0], m0);
        assertThat(jdbc.sql("select due_on from dibao_work_item where household_id = ? and kind = 'DEATH_REVIEW'")
                .param(h[0]).query(LocalDate.class).single()).isEqualTo(m0.plusMonths(1).atDay(18).plusMonths(3));
    }

    @Test
    void aTaperWhoseEndFallsInAnExitSuspensionIsHeldUntilTheSuspensionEnds() throws IOException {
        String community = "420106006002";
        YearMonth m0 = scenarioMonth();
        UUID[] h = fixtures.household(community, true);
        LocalDate born = m0.minusYears(40).atDay(3);
        approve(h[0], community, m0, facts(member(h[1].toString(), born, "1200")));
        review(h[0], facts(member(h[1].toString(), born, "6000")), true, "found work: 1,000 a month", m0.atDay(20));
        EmergencyFixtures.approvedInStore(context, community, m0.plusMonths(6).atDay(1), m0.plusMonths(7).atEndOfMonth(),
                EmergencyFlag.EXITS_SUSPENDED);
        for (LocalDate night : List.of(m0.plusMonths(6).atDay(15), m0.plusMonths(7).atDay(15), m0.plusMonths(8).atDay(15))) {
            management.endTapers(night);
            assertThat(store.find(h[0]).orElseThrow().state()).as("held on " + night).isEqualTo(BenefitState.TAPER);
        }
        management.endTapers(m0.plusMonths(9).atDay(2));
        assertThat(store.find(h[0]).orElseThrow().state()).isEqualTo(BenefitState.TERMINATED);

        assertMonths("taper-across-a-declaration.csv", community, h[0], m0);
    }

    @Test
    void aTerminatedHouseholdApprovedAgainIsEnrolledWithANewPeriodAndItsPastMonthsStayExplained() throws IOException {
        String community = "420106002006";
        YearMonth m0 = scenarioMonth();
        UUID[] h = fixtures.household(community, true);
        LocalDate born = m0.minusYears(40).atDay(3);
        approve(h[0], community, m0, facts(member(h[1].toString(), born, "1200")));
        review(h[0], facts(member(h[1].toString(), born, "6000")), false, "income 1,000 a month", m0.atDay(20));
        assertThat(store.find(h[0]).orElseThrow().state()).isEqualTo(BenefitState.TERMINATED);

        // M+0 is paid before the household applies again (decided in M+2, first month M+3).
        assertMonths("re-application-after-termination.csv", community, h[0], m0, java.util.Map.of("M+2",
                () -> approve(h[0], community, m0.plusMonths(3), facts(member(h[1].toString(), born, "1800")))));
        var b = store.find(h[0]).orElseThrow();
        assertThat(b.firstMonth()).isEqualTo(m0.plusMonths(3));
        assertThat(store.inForce(h[0], m0).orElseThrow().monthly()).as("M+0 still explained").isEqualByComparingTo("620");
        assertThat(jdbc.sql("select count(*) from dibao_past_period where household_id = ? and first_month = ?")
                .params(h[0], m0.atDay(1)).query(Long.class).single()).isEqualTo(1L);
    }
}
