package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.safeguard.policy.EmergencyFixtures;
import org.safeguard.policy.EmergencyFlag;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Enrolment from the approval event, the lifecycle, reviews, tapered exit and exits suspended by a declaration. */
@SafeguardTest
@WithUserDetails("reviewer")
class DibaoManagementTest {

    private static final String HUBUXIANG = "420106006002";

    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    ManageDibaoBenefit management;
    @Autowired
    BeneficiaryStore store;
    @Autowired
    EnrolDibaoHousehold enrolment;
    @Autowired
    DibaoPayrollSource source;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.safeguard.policy.dibao.ActiveDibaoCaseload caseload;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private BigDecimal paidIn(UUID household, YearMonth month) {
        return source.preview(household, HUBUXIANG, month).map(l -> l.amount()).orElse(null);
    }

    @Test
    void anApprovedApplicationEnrolsTheHouseholdFromTheMonthAfterTheDecisionOnce() throws Exception {
        UUID[] h = fixtures.household(HUBUXIANG, true);
        YearMonth first = DibaoFixtures.freshMonth();
        var approved = DibaoFixtures.approval(h[0], h[1], HUBUXIANG, first, "1200", "620");
        assertThat(YearMonth.from(approved.decidedOn()).plusMonths(1)).isEqualTo(first);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> events.publishEvent(approved));
        Awaitility.await("enrolled by the approval listener").atMost(Duration.ofSeconds(20))
                .until(() -> store.find(h[0]).isPresent());
        // a second delivery of the same approval (e.g. resubmitted after a restart) changes nothing
        assertThat(enrolment.enrol(approved)).isFalse();
        var b = store.find(h[0]).orElseThrow();
        assertThat(b.firstMonth()).isEqualTo(first);
        assertThat(b.state()).isEqualTo(BenefitState.ACTIVE);
        assertThat(b.applicationId()).isEqualTo(approved.applicationId());
        assertThat(store.entitlements(h[0])).first().satisfies(e -> {
            assertThat(e.monthly()).isEqualByComparingTo("620");
            assertThat(e.fromMonth()).isEqualTo(first);
        });
        assertThat(paidIn(h[0], first.minusMonths(1))).isNull();
        assertThat(paidIn(h[0], first)).isEqualByComparingTo("620");
        assertThat(store.transitions(h[0])).extracting(BeneficiaryStore.TransitionRow::action).containsExactly(BenefitAction.ENROL);
    }

    @Test
    void aForbiddenActionIsRefusedWithTheAllowedOnes() {
        UUID h = fixtures.enrolled(HUBUXIANG, DibaoFixtures.freshMonth());
        assertThatThrownBy(() -> management.recordOutcome(h, new ManageDibaoBenefit.Outcome(null, "x", false, null)))
                .isInstanceOfSatisfying(BenefitActionRefused.class, e -> {
                    assertThat(e.state()).isEqualTo(BenefitState.ACTIVE);
                    assertThat(e.allowed()).contains(BenefitAction.START_REVIEW, BenefitAction.REPORT_CHANGE);
                });
    }

    @Test
    void membersFindingWorkLeadsToTaperedMonthsAtThePreviousAmountThenTheBenefitStops() {
        YearMonth first = DibaoFixtures.freshMonth();
        UUID h = fixtures.enrolled(HUBUXIANG, first);
        management.reportChange(h, ManageDibaoBenefit.ChangeKind.INCOME, null, "son found a job");
        management.startReview(h, "income reported");
        LocalDate today = first.plusMonths(2).atDay(10);
        var result = management.recordOutcome(h, new ManageDibaoBenefit.Outcome(DibaoFixtures.facts(
                UUID.randomUUID(), "6000"), "income 1,000 a month from work, above the standard", true, null), today);

        assertThat(result.decision()).isEqualTo(ManageDibaoBenefit.Decision.TAPER);
        YearMonth taperStart = YearMonth.from(today).plusMonths(1);
        assertThat(result.lastMonth()).isEqualTo(taperStart.plusMonths(5));
        assertThat(store.find(h).orElseThrow().state()).isEqualTo(BenefitState.TAPER);
        assertThat(paidIn(h, YearMonth.from(today))).isEqualByComparingTo("620");
        var taperLine = source.preview(h, HUBUXIANG, taperStart).orElseThrow();
        assertThat(taperLine.components().amount("TAPER")).isEqualByComparingTo("620");
        assertThat(taperLine.components().amount("BASE")).isZero();
        assertThat(paidIn(h, taperStart.plusMonths(5))).isEqualByComparingTo("620");
        assertThat(paidIn(h, taperStart.plusMonths(6))).isNull();

        management.endTapers(taperStart.plusMonths(6).atDay(1));
        assertThat(store.find(h).orElseThrow().state()).isEqualTo(BenefitState.TERMINATED);
    }

    @Test
    void exitsAreQueuedWhileSuspendedIncreasesApplyAtOnceAndTheQueueIsDecidedAfterTheDeclarationEnds() {
        YearMonth first = DibaoFixtures.freshMonth();
        LocalDate start = first.plusMonths(1).atDay(1);
        LocalDate end = first.plusMonths(3).minusMonths(0).atDay(1).minusDays(1);
        EmergencyFixtures.approvedInStore(context, HUBUXIANG, start, end, EmergencyFlag.EXITS_SUSPENDED);
        UUID decrease = fixtures.enrolled(HUBUXIANG, first);
        UUID increase = fixtures.enrolled(HUBUXIANG, first);
        LocalDate during = start.plusDays(9);

        management.startReview(decrease, "periodic");
        var queued = management.recordOutcome(decrease, new ManageDibaoBenefit.Outcome(DibaoFixtures.facts(UUID.randomUUID(),
                "2400"), "income rose to 400 a month", false, null), during);
        assertThat(queued.queued()).isTrue();
        assertThat(queued.decision()).isEqualTo(ManageDibaoBenefit.Decision.DECREASE);
        assertThat(store.find(decrease).orElseThrow().state()).isEqualTo(BenefitState.SUSPENDED_PENDING);
        assertThat(paidIn(decrease, YearMonth.from(during).plusMonths(1))).as("not executed").isEqualByComparingTo("620");

        management.startReview(increase, "periodic");
        var raised = management.recordOutcome(increase, new ManageDibaoBenefit.Outcome(DibaoFixtures.facts(UUID.randomUUID(),
                "0"), "income lost", false, null), during);
        assertThat(raised.queued()).isFalse();
        assertThat(raised.decision()).isEqualTo(ManageDibaoBenefit.Decision.INCREASE);
        assertThat(paidIn(increase, YearMonth.from(during).plusMonths(1))).isEqualByComparingTo("820");

        assertThatThrownBy(() -> management.decideQueued(decrease, true, "still suspended", end))
                .isInstanceOf(SafeguardException.class);

        LocalDate after = end.plusDays(3);
        var executed = management.decideQueued(decrease, true, "declaration ended", after);
        assertThat(executed.decision()).isEqualTo(ManageDibaoBenefit.Decision.DECREASE);
        assertThat(store.find(decrease).orElseThrow().state()).isEqualTo(BenefitState.ACTIVE);
        assertThat(paidIn(decrease, YearMonth.from(after))).isEqualByComparingTo("620");
        assertThat(paidIn(decrease, YearMonth.from(after).plusMonths(1))).isEqualByComparingTo("420");
        assertThat(store.openQueued(decrease)).isEmpty();
    }

    @Test
    void theOnlyMembersDeathEndsTheBenefitAndAnotherMembersDeathOpensAReviewWithItsDeadline() {
        YearMonth first = DibaoFixtures.freshMonth();
        UUID h = fixtures.enrolled(HUBUXIANG, first);
        assertThat(management.reportChange(h, ManageDibaoBenefit.ChangeKind.DEATH, first.atDay(20), "member died"))
                .isEqualTo(BenefitState.TERMINATED);
        assertThat(store.transitions(h)).extracting(BeneficiaryStore.TransitionRow::action)
                .containsExactly(BenefitAction.ENROL, BenefitAction.REPORT_CHANGE, BenefitAction.RECORD_DEATH);
        assertThat(paidIn(h, first)).isEqualByComparingTo("620");
        assertThat(paidIn(h, first.plusMonths(1))).isNull();

        UUID[] two = fixtures.household(HUBUXIANG, true);
        String spouse = UUID.randomUUID().toString();
        var facts = new org.safeguard.policy.dibao.HouseholdFacts(org.safeguard.policy.dibao.HukouType.URBAN, java.util.List.of(
                DibaoFixtures.facts(two[1], "1200", LocalDate.of(1980, 1, 1)).members().get(0),
                new org.safeguard.policy.dibao.HouseholdFacts.Member(spouse, LocalDate.of(1981, 1, 1), true, null, null, false,
                        java.util.List.of())), java.util.List.of(), java.util.List.of());
        enrolment.enrol(new org.safeguard.application.DibaoApplicationApproved(UUID.randomUUID(), two[0], HUBUXIANG,
                first.minusMonths(1).atDay(10), first, facts, null, false, "reviewer"));
        assertThat(management.reportChange(two[0], ManageDibaoBenefit.ChangeKind.DEATH, first.atDay(20), "spouse died", spouse))
                .isEqualTo(BenefitState.UNDER_REVIEW);
        assertThat(jdbc.sql("select due_on from dibao_work_item where household_id = ? and kind = 'DEATH_REVIEW'")
                .param(two[0]).query(LocalDate.class).single()).isEqualTo(first.atDay(20).plusMonths(3));
    }

    @Test
    void anApprovalForAHouseholdStillReceivingDibaoIsNotEnrolledTwiceButRaisesAnAuditedWorkItem() {
        UUID[] h = fixtures.household(HUBUXIANG, true);
        YearMonth first = DibaoFixtures.freshMonth();
        enrolment.enrol(DibaoFixtures.approval(h[0], h[1], HUBUXIANG, first, "1200", "620"));
        var second = DibaoFixtures.approval(h[0], h[1], HUBUXIANG, first.plusMonths(1), "600", "720");
        assertThat(enrolment.enrol(second)).isFalse();
        assertThat(store.find(h[0]).orElseThrow().applicationId()).isNotEqualTo(second.applicationId());
        assertThat(paidIn(h[0], first.plusMonths(1))).as("paid once, at the first decision").isEqualByComparingTo("620");
        assertThat(jdbc.sql("select count(*) from dibao_work_item where household_id = ? and kind = 'APPROVAL_NOT_ENROLLED'"
                + " and item_key = ?").params(h[0], second.applicationId().toString()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DIBAO_ENROLMENT_FAILED' and entity_id = ?")
                .param(h[0].toString()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void anAmountDecidedByHandIsNotRecalculatedByARuleChangeButFlaggedForAReviewer() {
        UUID[] h = fixtures.household(HUBUXIANG, true);
        YearMonth first = DibaoFixtures.freshMonth();
        enrolment.enrol(new org.safeguard.application.DibaoApplicationApproved(UUID.randomUUID(), h[0], HUBUXIANG,
                first.minusMonths(1).atDay(10), first, DibaoFixtures.facts(h[1], "1200", first.minusYears(40).atDay(1)),
                new BigDecimal("500"), true, "reviewer"));
        context.getBean(org.safeguard.policy.PolicyParameters.class).record(new org.safeguard.policy.NewParameterVersion(
                RegionCode.of("420100000000"), org.safeguard.policy.dibao.DibaoParameterDeclarations.DIBAO_STANDARD_URBAN,
                first.plusMonths(1).atDay(1), first.plusMonths(1).atEndOfMonth(), "900", null, null, "test: override", false));
        context.getBean(RetroactiveAdjustments.class).apply(new org.safeguard.policy.PolicyChangeApproved(System.nanoTime(),
                HUBUXIANG, java.util.Set.of("DIBAO_STANDARD_URBAN"), first.plusMonths(1).atDay(1), "policy", "policy2"));
        assertThat(paidIn(h[0], first.plusMonths(1))).isEqualByComparingTo("500");
        assertThat(jdbc.sql("select detail from dibao_work_item where household_id = ? and kind = 'OVERRIDE_NOT_RECALCULATED'")
                .param(h[0]).query(String.class).list()).singleElement().asString().contains("500.00").contains(first.plusMonths(1).toString());
    }

    @Test
    void threeJobRefusalsInARowWithoutGoodReasonRemoveThatMembersShareFromTheNextMonth() {
        UUID[] h = fixtures.household(HUBUXIANG, true);
        YearMonth first = DibaoFixtures.freshMonth();
        String son = UUID.randomUUID().toString();
        var facts = new org.safeguard.policy.dibao.HouseholdFacts(org.safeguard.policy.dibao.HukouType.URBAN, java.util.List.of(
                DibaoFixtures.facts(h[1], "1200", first.minusYears(40).atDay(1)).members().get(0),
                new org.safeguard.policy.dibao.HouseholdFacts.Member(son, first.minusYears(20).atDay(1), true, null, null, false,
                        java.util.List.of())), java.util.List.of(), java.util.List.of());
        enrolment.enrol(new org.safeguard.application.DibaoApplicationApproved(UUID.randomUUID(), h[0], HUBUXIANG,
                first.minusMonths(1).atDay(10), first, facts, null, false, "reviewer"));
        JobRefusals refusals = context.getBean(JobRefusals.class);
        LocalDate day = first.atDay(2);
        // (820 − 1200 / 6 / 2) × 2 = 1440 for two counted members.
        assertThat(paidIn(h[0], first)).isEqualByComparingTo("1440");
        assertThat(refusals.record(h[0], new JobRefusals.Refusal(son, day, false, "refused a warehouse job"), day).consecutive()).isEqualTo(1);
        assertThat(refusals.record(h[0], new JobRefusals.Refusal(son, day.plusDays(1), true, "ill that week"), day).consecutive()).isZero();
        refusals.record(h[0], new JobRefusals.Refusal(son, day.plusDays(2), false, "refused"), day);
        refusals.record(h[0], new JobRefusals.Refusal(son, day.plusDays(3), false, "refused"), day);
        var third = refusals.record(h[0], new JobRefusals.Refusal(son, day.plusDays(4), false, "refused"), day);
        assertThat(third.consecutive()).isEqualTo(3);
        assertThat(third.shareRemovedFrom()).isEqualTo(first.plusMonths(1));
        assertThat(paidIn(h[0], first)).isEqualByComparingTo("1440");
        // The son is no longer counted: 820 − 1200 / 6 = 620 for the head.
        assertThat(paidIn(h[0], first.plusMonths(1))).isEqualByComparingTo("620");
    }

    @Test
    void theDemoCaseloadHasMigratedRecipientsOneUnderReviewOneInTaperAndOneExitQueuedByTheWuhanDeclaration() {
        var rows = jdbc.sql("select state, count(*) from dibao_beneficiary where source = 'MIGRATION' and source_ref like ? group by state")
                .param(DemoCaseload.ROLL + "%").query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list();
        var states = rows.stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
        assertThat(states).containsEntry("UNDER_REVIEW", 1L).containsEntry("TAPER", 1L).containsEntry("SUSPENDED_PENDING", 1L);
        assertThat(jdbc.sql("""
                select count(*) from dibao_queued_decision q join dibao_beneficiary b on b.household_id = q.household_id
                where b.source_ref like ? and q.outcome is null and q.declarations <> '[]'""").param(DemoCaseload.ROLL + "%")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void periodicReviewsFallDueByScheduleExceptWhereADeclarationExtendsThem() {
        YearMonth first = DibaoFixtures.freshMonth();
        UUID extended = fixtures.enrolled(HUBUXIANG, first);
        UUID due = fixtures.enrolled("420106001902", first);
        LocalDate reviewDay = store.find(due).orElseThrow().nextReviewDate();
        assertThat(reviewDay).isEqualTo(first.minusMonths(1).atDay(10).plusMonths(12));
        EmergencyFixtures.approvedInStore(context, HUBUXIANG, reviewDay.minusDays(5), reviewDay.plusDays(5),
                EmergencyFlag.REVIEWS_EXTENDED);

        management.markDueReviews(reviewDay);
        assertThat(store.find(due).orElseThrow().state()).isEqualTo(BenefitState.REVIEW_DUE);
        assertThat(store.find(extended).orElseThrow().state()).isEqualTo(BenefitState.ACTIVE);
        management.markDueReviews(reviewDay.plusDays(6));
        assertThat(store.find(extended).orElseThrow().state()).isEqualTo(BenefitState.REVIEW_DUE);
    }

    @Test
    void theCaseloadStreamsEveryHouseholdPaidInTheMonthWithItsFactsAndAmount() {
        YearMonth first = DibaoFixtures.freshMonth();
        UUID a = fixtures.enrolled(HUBUXIANG, first);
        UUID b = fixtures.enrolled(HUBUXIANG, first);
        java.util.Map<UUID, org.safeguard.policy.dibao.ActiveDibaoCaseload.CaseloadHousehold> seen = new java.util.HashMap<>();
        caseload.forEachActive(RegionCode.of("420106006000"), first, h -> seen.put(h.householdId(), h));
        assertThat(seen).containsKeys(a, b);
        assertThat(seen.get(a).currentMonthlyAmount()).isEqualByComparingTo("620");
        assertThat(seen.get(a).facts().members()).hasSize(1);
        java.util.Set<UUID> before = new java.util.HashSet<>();
        caseload.forEachActive(RegionCode.of(HUBUXIANG), first.minusMonths(1), h -> before.add(h.householdId()));
        assertThat(before).doesNotContain(a, b);
    }
}
