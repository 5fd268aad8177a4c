package org.safeguard.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.SafeguardException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township reserve funds (备用金) besides the draws ({@link DrawFromReserveFund}): top-ups requested by one user
 * and decided by a county-level user who is not the requester; an approved top-up becomes a one-off line of benefit
 * RESERVE_FUND to the township's fund account (a registered institution payee), paid through a payroll that a second
 * person approves, and is booked into the ledger when a bank return reports that line paid. Entries are reversed by
 * an opposite entry, once. Reconciliation compares the ledger's sum with the balance.
 */
@Service
public class ReserveFunds {

    static final String BENEFIT = "RESERVE_FUND";
    static final String CODE = "RESERVE_TOPUP";
    static final String CASE_PREFIX = "RF-";

    public record TopupRequest(BigDecimal amount, UUID institutionId, String reason) {
    }

    public record Fund(String townshipCode, BigDecimal balance, BigDecimal ledgerSum, boolean reconciled) {
    }

    public record Detail(Fund fund, List<ReserveFundStore.Entry> entries, List<ReserveFundStore.Topup> topups) {
    }

    private final PayrollAccess access;
    private final ReserveFundStore store;
    private final Institutions institutions;
    private final OneOffLines lines;
    private final PayrollStore payrolls;
    private final PayrollLifecycle lifecycle;
    private final AuditTrail audit;
    private final Clock clock;

    ReserveFunds(PayrollAccess access, ReserveFundStore store, Institutions institutions, OneOffLines lines,
                 PayrollStore payrolls, PayrollLifecycle lifecycle, AuditTrail audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.institutions = institutions;
        this.lines = lines;
        this.payrolls = payrolls;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReserveFundStore.Topup requestTopup(String townshipCode, TopupRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = money(r.amount(), "amount", problems);
        String township = township(townshipCode, problems);
        if (r.institutionId() == null) {
            problems.add(FieldProblem.of("institutionId", "REQUIRED"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        visible(township);
        Institutions.Payee payee = institutions.payee(r.institutionId())
                .filter(p -> RegionCode.of(township).contains(RegionCode.of(p.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("institution"));
        var topup = new ReserveFundStore.Topup(UUID.randomUUID(), township, amount, payee.id(), r.reason(), "REQUESTED",
                access.staff().username(), clock.instant(), null, null, null, null);
        store.insertTopup(topup);
        audit.record(AuditRecord.of("RESERVE_FUND_TOPUP_REQUEST", "reserve_fund", topup.id()).detail("township", township)
                .detail("amount", amount.toPlainString()).detail("institution", payee.id().toString()));
        return store.lockTopup(topup.id()).orElseThrow();
    }

    /**
     * Approves (a one-off line to the fund account joins the township's collecting RESERVE_FUND payroll) or rejects
     * a requested top-up. Only a user above township level, and never the requester.
     */
    @Transactional
    public ReserveFundStore.Topup decideTopup(UUID id, boolean approve) {
        ReserveFundStore.Topup t = store.lockTopup(id).filter(x -> access.staff().canSee(RegionCode.of(x.townshipCode())))
                .orElseThrow(() -> SafeguardException.notFound("topup"));
        if (!"REQUESTED".equals(t.state())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.topupDecided");
        }
        String me = access.staff().username();
        if (me.equals(t.requestedBy())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.topupOwnRequest");
        }
        if (access.staff().homeRegion().impliedLevel().ordinal() >= RegionLevel.TOWNSHIP.ordinal()) {
            throw SafeguardException.forbidden();
        }
        var now = clock.instant();
        UUID payrollId = null;
        if (approve) {
            Institutions.Payee payee = institutions.payee(t.institutionId())
                    .orElseThrow(() -> SafeguardException.notFound("institution"));
            YearMonth month = YearMonth.now(clock);
            payrollId = lines.collectingPayroll(BENEFIT, t.townshipCode(), month).orElseGet(() -> {
                UUID created = UUID.randomUUID();
                lines.insertPayroll(created, BENEFIT, t.townshipCode(), month, me, now);
                lifecycle.created(payrolls.find(created).orElseThrow(), Map.of("reserveFundTopup", t.id()));
                return created;
            });
            PayableLine line = PayableLine.of(payee.id(), t.townshipCode(), payee.name(), payee.bankName(),
                    payee.bankAccount(), LineComponents.of(CODE, t.amount()), "RESERVE_FUND_TOPUP");
            lines.insert(payrollId, BENEFIT, PayeeKind.INSTITUTION, month, line, CASE_PREFIX + t.id(), 1);
            payrolls.recomputeTotals(payrollId);
        }
        store.decideTopup(id, approve ? "APPROVED" : "REJECTED", me, now, payrollId);
        audit.record(AuditRecord.of(approve ? "RESERVE_FUND_TOPUP_APPROVE" : "RESERVE_FUND_TOPUP_REJECT", "reserve_fund",
                id).detail("township", t.townshipCode()).detail("amount", t.amount().toPlainString())
                .detail("payroll", payrollId));
        return store.lockTopup(id).orElseThrow();
    }

    /**
     * Books every approved top-up whose line a bank return has reported paid (called by the bank-return import in
     * the same transaction): a TOPUP entry, once per top-up (database key), and the balance raised by its amount.
     */
    @Transactional
    public int bookPaidTopups() {
        int booked = 0;
        for (ReserveFundStore.Topup t : store.paidButNotBooked()) {
            var now = clock.instant();
            UUID entry = UUID.randomUUID();
            store.insertEntry(new ReserveFundStore.Entry(entry, t.townshipCode(), "TOPUP", t.amount(), null, null, null,
                    null, t.id(), null, "RESERVE_FUND_TOPUP", "bank-return", now));
            store.move(t.townshipCode(), t.amount(), now);
            store.booked(t.id(), now);
            audit.record(AuditRecord.of("RESERVE_FUND_TOPUP_BOOK", "reserve_fund", t.id()).detail("township", t.townshipCode())
                    .detail("amount", t.amount().toPlainString()).detail("entry", entry));
            booked++;
        }
        return booked;
    }

    /** Reverses an entry by its opposite, once; a reversal that would take the balance below zero is refused (409). */
    @Transactional
    public ReserveFundStore.Entry reverse(UUID entryId, String reason) {
        ReserveFundStore.Entry e = store.lockEntry(entryId)
                .filter(x -> access.staff().canSee(RegionCode.of(x.townshipCode())))
                .orElseThrow(() -> SafeguardException.notFound("entry"));
        if ("REVERSAL".equals(e.kind())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.reversalReversed");
        }
        if (reason == null || reason.isBlank()) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "REQUIRED"));
        }
        var now = clock.instant();
        UUID id = UUID.randomUUID();
        try {
            store.insertEntry(new ReserveFundStore.Entry(id, e.townshipCode(), "REVERSAL", e.amount().negate(), null, null,
                    null, null, null, e.id(), reason.trim(), access.staff().username(), now));
        } catch (DuplicateKeyException dup) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.entryReversed");
        }
        if (!store.move(e.townshipCode(), e.amount().negate(), now)) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.reserveInsufficient", e.townshipCode());
        }
        audit.record(AuditRecord.of("RESERVE_FUND_REVERSE", "reserve_fund", id).detail("township", e.townshipCode())
                .detail("reverses", e.id()).detail("amount", e.amount().negate().toPlainString()));
        return store.lockEntry(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Fund> list(String regionCode) {
        RegionCode region = regionCode == null || regionCode.isBlank() ? access.staff().homeRegion()
                : RegionCode.isWellFormed(regionCode) ? RegionCode.of(regionCode) : null;
        if (region == null) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        }
        if (!access.staff().canSee(region)) {
            throw SafeguardException.notFound("region");
        }
        return store.funds(region.subtreePrefix() + "%").stream().map(f -> fund(f.townshipCode())).toList();
    }

    @Transactional(readOnly = true)
    public Detail detail(String townshipCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String township = township(townshipCode, problems);
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        visible(township);
        return new Detail(fund(township), store.entries(township, 200), store.topups(township, 100));
    }

    /** The balance beside the ledger's sum: reconciled when they agree. */
    Fund fund(String township) {
        BigDecimal balance = store.fund(township).map(ReserveFundStore.Fund::balance).orElse(BigDecimal.ZERO.setScale(2));
        BigDecimal sum = store.ledgerSum(township);
        return new Fund(township, balance, sum, balance.compareTo(sum) == 0);
    }

    private void visible(String township) {
        if (!access.staff().canSee(RegionCode.of(township))) {
            throw SafeguardException.notFound("reserveFund");
        }
    }

    static String township(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(FieldProblem.of("townshipCode", "REQUIRED"));
            return null;
        }
        if (!DrawFromReserveFund.isTownship(code)) {
            problems.add(FieldProblem.of("townshipCode", "NOT_A_TOWNSHIP"));
            return null;
        }
        return code;
    }

    static BigDecimal money(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
            return null;
        }
        if (value.signum() <= 0) {
            problems.add(FieldProblem.of(field, "AMOUNT_NOT_POSITIVE"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "VALUE_NOT_WHOLE_FEN"));
            return null;
        }
        return DrawFromReserveFund.exact(value);
    }
}
