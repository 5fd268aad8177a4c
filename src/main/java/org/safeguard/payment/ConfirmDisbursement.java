package org.safeguard.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second pair of eyes on a window disbursement: someone other than the staff member who recorded it (and
 * witnessed the signature) confirms it, and only then does it count as paid. The database refuses the same person too.
 */
@Service
public class ConfirmDisbursement {

    private final PayrollAccess access;
    private final DisbursementStore store;
    private final DisbursementQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    ConfirmDisbursement(PayrollAccess access, DisbursementStore store, DisbursementQueries queries, AuditTrail audit,
                        Clock clock) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DisbursementView confirm(UUID id) {
        DisbursementStore.Row row = queries.visible(id, true);
        String by = access.staff().username();
        if (by.equals(row.recordedBy())) {
            throw new SafeguardException(ProblemCode.FORBIDDEN, "payment.problem.disbursementSamePerson", List.of(),
                    List.of());
        }
        Instant now = clock.instant();
        if (!"RECORDED".equals(row.state()) || !store.confirm(id, by, now)) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.disbursementConfirmed");
        }
        audit.record(AuditRecord.of("PAYMENT_DISBURSEMENT_CONFIRMED", "cash_disbursement", id)
                .detail("region", row.regionCode()).detail("recordedBy", row.recordedBy())
                .detail("amountFen", row.amountFen()));
        return queries.find(id);
    }
}
