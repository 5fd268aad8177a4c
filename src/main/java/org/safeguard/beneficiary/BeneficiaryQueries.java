package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.payment.LineComponents;
import org.safeguard.payment.PaidAmounts;
import org.safeguard.payment.PayeeKind;
import org.safeguard.shared.Masking;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the caseload within the caller's region: lists with next review dates, and one household's full record. */
@Service
@Transactional(readOnly = true)
public class BeneficiaryQueries {

    public enum Filter { ALL, DUE_FOR_REVIEW, IN_TAPER, QUEUED }

    public record Summary(UUID householdId, String regionCode, String headName, BenefitState state, YearMonth firstMonth,
                          YearMonth lastMonth, BigDecimal monthlyAmount, LocalDate nextReviewDate, boolean reviewDue,
                          String queuedDecision) {
    }

    public record Entitlement(YearMonth fromMonth, BigDecimal base, BigDecimal supplement, BigDecimal taper,
                              BigDecimal monthly, boolean overridden, String reason, String decidedBy, Instant decidedAt,
                              String parameterVersions) {
    }

    public record Transition(BenefitState from, BenefitState to, BenefitAction action, String actor, Instant at, String reason) {
    }

    public record ChangeReport(String kind, LocalDate occurredOn, String note, String reportedBy, Instant reportedAt) {
    }

    public record Adjustment(YearMonth forMonth, BigDecimal amount, BigDecimal paid, BigDecimal due, String reason) {
    }

    public record Queued(String kind, BigDecimal newAmount, String reason, String declarations, String queuedBy,
                         Instant queuedAt, String outcome, String decidedBy, Instant decidedAt) {
    }

    public record Detail(Summary summary, String source, String sourceRef, boolean incomeUnstable, int countedMembers,
                         org.safeguard.policy.dibao.HouseholdFacts facts, LineComponents componentsThisMonth, List<Entitlement> entitlements, List<PaidAmounts.PaidLine> payments,
                         List<Adjustment> adjustments, List<Transition> transitions, List<ChangeReport> changeReports,
                         List<Queued> queued, List<BenefitAction> allowedActions, int version, List<WorkItem> workItems) {
    }

    /** Something the caseload could not decide alone, open until a caseworker closes it (issue 9). */
    public record WorkItem(String kind, String detail, LocalDate dueOn, Instant raisedAt) {
    }

    private final DibaoWorkItems workItems;
    private final JdbcClient jdbc;
    private final BeneficiaryStore store;
    private final BeneficiaryAccess access;
    private final PaidAmounts paid;
    private final DibaoPayrollSource source;
    private final DibaoAmounts amounts;
    private final Clock clock;

    BeneficiaryQueries(JdbcClient jdbc, BeneficiaryStore store, BeneficiaryAccess access, PaidAmounts paid,
                       DibaoPayrollSource source, DibaoAmounts amounts, DibaoWorkItems workItems, Clock clock) {
        this.workItems = workItems;
        this.source = source;
        this.amounts = amounts;
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.paid = paid;
        this.clock = clock;
    }

    /** At most {@code limit} households, soonest review first; a region outside the caller's subtree answers 404. */
    public List<Summary> list(String regionCode, Filter filter, int limit) {
        if (regionCode != null && !regionCode.isBlank()
                && (!RegionCode.isWellFormed(regionCode) || !access.staff().canSee(RegionCode.of(regionCode)))) {
            throw SafeguardException.notFound("region");
        }
        String like = regionCode == null || regionCode.isBlank() ? access.staff().scopeLikePattern()
                : RegionCode.of(regionCode).subtreePrefix() + "%";
        LocalDate today = LocalDate.now(clock);
        String where = switch (filter == null ? Filter.ALL : filter) {
            case ALL -> "b.state <> 'TERMINATED'";
            case DUE_FOR_REVIEW -> "(b.state = 'REVIEW_DUE' or (b.state = 'ACTIVE' and b.next_review_date <= :today))";
            case IN_TAPER -> "b.state = 'TAPER'";
            case QUEUED -> "b.state = 'SUSPENDED_PENDING'";
        };
        List<Summary> out = new ArrayList<>();
        jdbc.sql("""
                select b.*, hh.head_name,
                  (select q.kind from dibao_queued_decision q where q.household_id = b.household_id and q.outcome is null
                   order by q.id desc fetch first 1 rows only) as queued_kind
                from dibao_beneficiary b
                left join registry_household_payee_v hh on hh.household_id = b.household_id
                where b.region_code like :like and %s
                order by b.next_review_date, b.household_id fetch first %d rows only""".formatted(where, Math.max(1, Math.min(limit, 500))))
                .param("like", like).param("today", today)
                .query(rs -> {
                    UUID id = rs.getObject("household_id", UUID.class);
                    out.add(new Summary(id, rs.getString("region_code"),
                            rs.getString("head_name") == null ? null : Masking.name(rs.getString("head_name")),
                            BenefitState.valueOf(rs.getString("state")),
                            YearMonth.from(rs.getObject("first_month", LocalDate.class)),
                            rs.getObject("last_month", LocalDate.class) == null ? null : YearMonth.from(rs.getObject("last_month", LocalDate.class)),
                            null, rs.getObject("next_review_date", LocalDate.class),
                            "REVIEW_DUE".equals(rs.getString("state")) || !rs.getObject("next_review_date", LocalDate.class).isAfter(today),
                            rs.getString("queued_kind")));
                });
        YearMonth month = YearMonth.now(clock);
        return out.stream().map(s -> new Summary(s.householdId(), s.regionCode(), s.headName(), s.state(), s.firstMonth(),
                s.lastMonth(), store.inForce(s.householdId(), month.isBefore(s.firstMonth()) ? s.firstMonth() : month)
                        .map(BeneficiaryStore.EntitlementRow::monthly).orElse(null),
                s.nextReviewDate(), s.reviewDue(), s.queuedDecision())).toList();
    }

    public Detail find(UUID householdId) {
        BeneficiaryStore.BeneficiaryRow b = access.visible(householdId);
        YearMonth now = YearMonth.now(clock);
        YearMonth month = now.isBefore(b.firstMonth()) ? b.firstMonth() : now;
        var inForce = store.inForce(householdId, month).orElse(null);
        String head = jdbc.sql("select head_name from registry_household_payee_v where household_id = ?")
                .param(householdId).query(String.class).optional().map(Masking::name).orElse(null);
        var queued = store.queuedOf(householdId);
        Summary summary = new Summary(householdId, b.regionCode(), head, b.state(), b.firstMonth(), b.lastMonth(),
                inForce == null ? null : inForce.monthly(), b.nextReviewDate(),
                b.state() == BenefitState.REVIEW_DUE || !b.nextReviewDate().isAfter(LocalDate.now(clock)),
                queued.stream().filter(q -> q.outcome() == null).map(BeneficiaryStore.QueuedRow::kind).findFirst().orElse(null));
        LineComponents components = inForce == null ? null
                : LineComponents.of(DibaoPayrollSource.BASE, inForce.base(), DibaoPayrollSource.SUPPLEMENT,
                        inForce.supplement(), DibaoPayrollSource.TAPER, inForce.taper());
        return new Detail(summary, b.source(), b.sourceRef(), b.incomeUnstable(), b.countedMembers(),
                inForce == null ? null : FactsJson.read(inForce.factsJson()), components,
                store.entitlements(householdId).stream().map(e -> new Entitlement(e.fromMonth(), e.base(), e.supplement(),
                        e.taper(), e.monthly(), e.overridden(), e.reason(), e.decidedBy(), e.decidedAt(), e.parameterVersions())).toList(),
                paid.history(DibaoPayrollSource.BENEFIT, PayeeKind.HOUSEHOLD, householdId, 120),
                store.adjustments(householdId).stream().map(a -> new Adjustment(a.forMonth(), a.amount(), a.paid(), a.due(),
                        a.reason())).toList(),
                store.transitions(householdId).stream().map(t -> new Transition(t.from(), t.to(), t.action(), t.actor(),
                        t.at(), t.reason())).toList(),
                store.changeReports(householdId).stream().map(c -> new ChangeReport(c.kind(), c.occurredOn(), c.note(),
                        c.reportedBy(), c.reportedAt())).toList(),
                queued.stream().map(q -> new Queued(q.kind(), q.newAmount(), q.reason(), q.declarations(), q.queuedBy(),
                        q.queuedAt(), q.outcome(), q.decidedBy(), q.decidedAt())).toList(),
                BenefitTransitions.allowed(b.state()).stream().filter(a -> a != BenefitAction.REVIEW_FALLS_DUE
                        && a != BenefitAction.END_TAPER && a != BenefitAction.RECORD_DEATH && a != BenefitAction.RE_ENROL
                        && a != BenefitAction.FIND_FRAUD).toList(),
                b.version(), workItems.open(householdId).stream().map(w -> new WorkItem(w.kind().name(), w.detail(), w.dueOn(),
                        w.raisedAt())).toList());
    }

    /** A decrease, stop or tapered exit queued during an exit suspension, waiting for a decision. */
    public record QueueItem(UUID householdId, String regionCode, String kind, BigDecimal currentAmount, BigDecimal newAmount,
                            String reason, String declarations, String queuedBy, Instant queuedAt, boolean stillSuspended,
                            LocalDate releasedOn, int version) {
    }

    /**
     * The open queue in the caller's subtree, oldest first; {@code stillSuspended} says whether it can be decided yet,
     * {@code releasedOn} since when (the day the end of a suspension released it; null while suspended).
     */
    public List<QueueItem> queue() {
        LocalDate today = LocalDate.now(clock);
        YearMonth next = YearMonth.from(today).plusMonths(1);
        return store.openQueuedIn(access.staff().scopeLikePattern(), 500).stream().map(q -> {
            BeneficiaryStore.BeneficiaryRow b = store.find(q.householdId()).orElseThrow();
            return new QueueItem(q.householdId(), b.regionCode(), q.kind(),
                    store.inForce(q.householdId(), next).map(BeneficiaryStore.EntitlementRow::monthly).orElse(null),
                    q.newAmount(), q.reason(), q.declarations(), q.queuedBy(), q.queuedAt(),
                    amounts.exitsSuspended(RegionCode.of(b.regionCode()), today),
                    jdbc.sql("select released_on from dibao_queued_release where queued_id = ?").param(q.id())
                            .query(LocalDate.class).optional().orElse(null), b.version());
        }).toList();
    }

    /** Households paid in the month that the DIBAO payroll leaves out (no bank account or no head). */
    public List<PayrollGap> payrollExceptions(String regionCode, YearMonth month) {
        if (regionCode != null && !regionCode.isBlank() && !RegionCode.isWellFormed(regionCode)) {
            throw SafeguardException.notFound("region");
        }
        RegionCode region = regionCode == null || regionCode.isBlank() ? access.staff().homeRegion() : RegionCode.of(regionCode);
        if (!access.staff().canSee(region)) {
            throw SafeguardException.notFound("region");
        }
        return source.exceptions(region, month, 500).stream()
                .map(e -> new PayrollGap(e.householdId(), e.regionCode(), e.problem())).toList();
    }

    /** A household paid in the month that gets no payroll line, and why (NO_BANK_ACCOUNT, NO_HEAD). */
    public record PayrollGap(UUID householdId, String regionCode, String problem) {
    }
}
