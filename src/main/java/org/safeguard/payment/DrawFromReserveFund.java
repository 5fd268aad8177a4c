package org.safeguard.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * Pays help-first money out of a township's reserve fund (备用金). Keyed by payee + case + instalment: the database
 * refuses a second draw of the same instalment (409), and the balance moves only by a guarded update that keeps it at
 * or above zero (409 when the fund cannot cover the draw; the CHECK backs it). Published for the paying modules.
 */
@Service
public class DrawFromReserveFund {

    public record Request(String townshipCode, PayeeKind payeeKind, UUID payeeId, String caseRef, Integer instalment,
                          BigDecimal amount, String reason) {
    }

    public record Drawn(UUID entryId, String townshipCode, BigDecimal amount, BigDecimal balance) {
    }

    private final PayrollAccess access;
    private final ReserveFundStore store;
    private final AuditTrail audit;
    private final Clock clock;

    DrawFromReserveFund(PayrollAccess access, ReserveFundStore store, AuditTrail audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Drawn draw(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.payeeKind() == null) {
            problems.add(FieldProblem.of("payeeKind", "REQUIRED"));
        }
        if (r.payeeId() == null) {
            problems.add(FieldProblem.of("payeeId", "REQUIRED"));
        }
        if (r.caseRef() == null || r.caseRef().isBlank()) {
            problems.add(FieldProblem.of("caseRef", "REQUIRED"));
        } else if (r.caseRef().length() > 64) {
            problems.add(FieldProblem.of("caseRef", "CASE_REF_TOO_LONG"));
        }
        if (r.instalment() == null) {
            problems.add(FieldProblem.of("instalment", "REQUIRED"));
        } else if (r.instalment() < 1) {
            problems.add(FieldProblem.of("instalment", "INSTALMENT_NOT_POSITIVE"));
        }
        BigDecimal amount = ReserveFunds.money(r.amount(), "amount", problems);
        String township = ReserveFunds.township(r.townshipCode(), problems);
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        if (!access.staff().canSee(RegionCode.of(township))) {
            throw SafeguardException.notFound("reserveFund");
        }
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        try {
            store.insertEntry(new ReserveFundStore.Entry(id, township, "DRAW", amount.negate(), r.payeeKind().name(),
                    r.payeeId(), r.caseRef().trim(), r.instalment(), null, null, r.reason(), access.staff().username(), now));
        } catch (DuplicateKeyException e) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.reserveDrawn", r.caseRef().trim(),
                    r.instalment());
        }
        if (!store.move(township, amount.negate(), now)) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.reserveInsufficient", township);
        }
        BigDecimal balance = store.fund(township).orElseThrow().balance();
        audit.record(AuditRecord.of("RESERVE_FUND_DRAW", "reserve_fund", id).detail("township", township)
                .detail("payeeKind", r.payeeKind().name()).detail("payeeId", r.payeeId().toString())
                .detail("caseRef", r.caseRef().trim()).detail("instalment", r.instalment())
                .detail("amount", amount.toPlainString()).detail("balance", balance.toPlainString()));
        return new Drawn(id, township, amount, balance);
    }

    static boolean isTownship(String code) {
        return RegionCode.isWellFormed(code) && RegionCode.of(code).impliedLevel() == RegionLevel.TOWNSHIP;
    }

    static BigDecimal exact(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
