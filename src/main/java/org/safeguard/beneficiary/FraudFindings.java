package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.payment.PaidAmounts;
import org.safeguard.payment.PayeeKind;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fraud path (domain.md §3.7; S15 Art.68): a finding that income or assets were concealed stops the benefit
 * (paid to the end of the month of the finding; a fact found, not a review outcome, so an exit suspension does not
 * hold it), works out the overpayment month by month (what each month's payroll lines paid against what the facts as
 * found give for that month, by the one calculator with that month's rules), records the recovery plan (equal whole-
 * yuan instalments, the last one the rest) and the fine decision: 1 to 3 times the amount obtained, with reasons.
 */
@Service
public class FraudFindings {

    /** The finding: from which month the concealment counted, the facts as found and the decisions taken. */
    public record Finding(YearMonth concealedFrom, HouseholdFacts factsFound, String reason, BigDecimal fineMultiple,
                          String fineReasons, int planMonths) {
    }

    public record MonthOverpaid(YearMonth month, BigDecimal paid, BigDecimal due, BigDecimal overpaid) {
    }

    public record Outcome(long findingId, List<MonthOverpaid> months, BigDecimal overpaidTotal, BigDecimal fine,
                          BigDecimal monthlyInstalment, YearMonth lastMonthPaid) {
    }

    private final BeneficiaryAccess access;
    private final BenefitLifecycle lifecycle;
    private final BeneficiaryStore store;
    private final DibaoAmounts amounts;
    private final PaidAmounts paid;
    private final DibaoBenefitPeriods periods;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FraudFindings(BeneficiaryAccess access, BenefitLifecycle lifecycle, BeneficiaryStore store, DibaoAmounts amounts,
                  PaidAmounts paid, DibaoBenefitPeriods periods, org.springframework.context.ApplicationEventPublisher events,
                  AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.store = store;
        this.amounts = amounts;
        this.paid = paid;
        this.periods = periods;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Outcome record(UUID householdId, Finding f) {
        return record(householdId, f, LocalDate.now(clock));
    }

    @Transactional
    Outcome record(UUID householdId, Finding f, LocalDate foundOn) {
        validate(f);
        BeneficiaryStore.BeneficiaryRow b = access.lockVisible(householdId);
        RegionCode region = RegionCode.of(b.regionCode());
        Instant now = clock.instant();
        YearMonth from = f.concealedFrom().isBefore(b.firstMonth()) ? b.firstMonth() : f.concealedFrom();
        List<MonthOverpaid> months = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Map<YearMonth, BigDecimal> paidByMonth = paid.regularAmountsPaid(DibaoPayrollSource.BENEFIT, PayeeKind.HOUSEHOLD,
                householdId, from, DibaoPayrollSource.REGULAR_CODES);
        for (Map.Entry<YearMonth, BigDecimal> e : paidByMonth.entrySet()) {
            DibaoAmounts.Split split = amounts.splitForMonth(region, e.getKey(), f.factsFound());
            BigDecimal due = split.result().eligible() ? split.amount() : BigDecimal.ZERO.setScale(2);
            BigDecimal over = e.getValue().subtract(due).max(BigDecimal.ZERO).setScale(2);
            months.add(new MonthOverpaid(e.getKey(), e.getValue().setScale(2), due, over));
            total = total.add(over);
        }
        BigDecimal fine = total.multiply(f.fineMultiple()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal instalment = total.divide(BigDecimal.valueOf(f.planMonths()), 0, RoundingMode.CEILING).setScale(2);
        YearMonth last = YearMonth.from(foundOn);
        if (b.lastMonth() == null || b.lastMonth().isAfter(last)) {
            store.setLastMonth(householdId, last);
        }
        store.openQueued(householdId).ifPresent(q -> store.closeQueued(q.id(), "DISMISSED", lifecycle.actor(),
                "superseded by the fraud finding of " + foundOn, now));
        lifecycle.apply(householdId, b.state(), BenefitAction.FIND_FRAUD, f.reason());
        events.publishEvent(new DibaoEnded(householdId, last, "FRAUD"));
        periods.ended(householdId, last.plusMonths(1), last, "FRAUD");
        long id = jdbc.sql("""
                insert into dibao_fraud_finding (household_id, concealed_from, found_on, facts_json, reason, overpaid_total,
                  fine_multiple, fine_amount, fine_reasons, plan_months, monthly_instalment, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, from.atDay(1), foundOn, FactsJson.write(f.factsFound()), f.reason().strip(), total,
                        f.fineMultiple(), fine, f.fineReasons().strip(), f.planMonths(), instalment, lifecycle.actor(),
                        Timestamp.from(now)).update() > 0
                ? jdbc.sql("select max(id) from dibao_fraud_finding where household_id = ?").param(householdId)
                        .query(Long.class).single() : 0L;
        for (MonthOverpaid m : months) {
            jdbc.sql("insert into dibao_fraud_overpayment (finding_id, for_month, paid_amount, due_amount, overpaid) values (?, ?, ?, ?, ?)")
                    .params(id, m.month().atDay(1), m.paid(), m.due(), m.overpaid()).update();
        }
        audit.record(AuditRecord.of("DIBAO_FRAUD_FOUND", "dibao_beneficiary", householdId).detail("finding", id)
                .detail("concealedFrom", from.toString()).detail("overpaid", total.toPlainString())
                .detail("fineMultiple", f.fineMultiple().toPlainString()).detail("fine", fine.toPlainString())
                .detail("fineReasons", f.fineReasons()).detail("planMonths", f.planMonths()).detail("lastMonth", last.toString()));
        return new Outcome(id, months, total, fine, instalment, last);
    }

    private static void validate(Finding f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.concealedFrom() == null) problems.add(FieldProblem.of("concealedFrom", "REQUIRED"));
        if (f.factsFound() == null) problems.add(FieldProblem.of("factsFound", "REQUIRED"));
        if (f.reason() == null || f.reason().isBlank()) problems.add(FieldProblem.of("reason", "REQUIRED"));
        if (f.fineReasons() == null || f.fineReasons().isBlank()) problems.add(FieldProblem.of("fineReasons", "REQUIRED"));
        if (f.fineMultiple() == null || f.fineMultiple().compareTo(BigDecimal.ONE) < 0
                || f.fineMultiple().compareTo(BigDecimal.valueOf(3)) > 0) {
            problems.add(FieldProblem.of("fineMultiple", "OUT_OF_RANGE"));
        }
        if (f.planMonths() < 1 || f.planMonths() > 60) problems.add(FieldProblem.of("planMonths", "OUT_OF_RANGE"));
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
    }
}
