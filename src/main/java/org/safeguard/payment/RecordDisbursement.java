package org.safeguard.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records cash or in-kind help handed over at the window against the recipient's signed receipt. The staff member who
 * records it is the witness of the signature; it counts as paid only once a second person confirms it
 * ({@link ConfirmDisbursement}). The key payee + case reference + instalment is the database's, so a double click
 * answers 409 instead of paying twice.
 */
@Service
public class RecordDisbursement {

    public enum Kind { CASH, IN_KIND }

    public enum Signer { RECIPIENT, AGENT }

    /** {@code payeeKind} is HOUSEHOLD or PERSON with {@code payeeId}, or UNREGISTERED with a name. */
    public record Request(String regionCode, String payeeKind, UUID payeeId, String payeeName, String payeeIdNumber,
                          String caseRef, Integer instalment, Kind kind, Long amountFen, List<ItemRequest> items,
                          Signer signedBy, String agentName, String agentRelationship, Instant signedAt) {
    }

    public record ItemRequest(String name, BigDecimal quantity, String unit, Long unitValueFen) {
    }

    private final PayrollAccess access;
    private final DisbursementStore store;
    private final DisbursementQueries queries;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final Clock clock;

    RecordDisbursement(PayrollAccess access, DisbursementStore store, DisbursementQueries queries,
                       RegionCatalog regions, AuditTrail audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checked items and amount of a request, for the check-answers page; nothing is written. */
    public record Checked(long amountFen, List<DisbursementView.Item> items) {
    }

    public Checked check(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        DisbursementRules.validate(r, problems);
        List<DisbursementView.Item> items = DisbursementRules.items(r, problems);
        long amount = DisbursementRules.amount(r, items, problems);
        if (r.signedAt() != null && r.signedAt().isAfter(clock.instant())) {
            problems.add(FieldProblem.of("signedAt", "SIGNED_IN_FUTURE"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        return new Checked(amount, items);
    }

    @Transactional
    public DisbursementView record(Request r) {
        Checked checked = check(r);
        List<DisbursementView.Item> items = checked.items();
        long amount = checked.amountFen();
        Instant now = clock.instant();
        RegionCode region = RegionCode.of(r.regionCode());
        if (!access.staff().canSee(region) || !regions.exists(region.value())) {
            throw SafeguardException.notFound("region");
        }
        boolean registered = !"UNREGISTERED".equals(r.payeeKind());
        if (registered && store.paidByBank(r.payeeKind(), r.payeeId(), r.caseRef(), r.instalment())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.instalmentPaid", r.caseRef(),
                    r.instalment());
        }
        String idNumber = blankToNull(r.payeeIdNumber());
        String payeeKey = registered ? r.payeeKind() + ":" + r.payeeId()
                : "UNREGISTERED:" + (idNumber != null ? idNumber.toUpperCase(Locale.ROOT)
                : r.payeeName().strip().replaceAll("\\s+", " "));
        String by = access.staff().username();
        UUID id = UUID.randomUUID();
        DisbursementStore.Row row = new DisbursementStore.Row(id, region.value(), r.payeeKind(),
                registered ? r.payeeId() : null, r.payeeName().strip(), idNumber == null ? null : idNumber.toUpperCase(Locale.ROOT),
                payeeKey, r.caseRef().strip(), r.instalment(), r.kind().name(), amount, r.signedBy().name(),
                r.signedBy() == Signer.AGENT ? r.agentName().strip() : null,
                r.signedBy() == Signer.AGENT ? r.agentRelationship().strip() : null, r.signedAt(), by, "RECORDED", by,
                now, null, null);
        try {
            store.insert(row, items);
        } catch (DuplicateKeyException e) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.instalmentPaid", r.caseRef(),
                    r.instalment());
        }
        audit.record(AuditRecord.of("PAYMENT_DISBURSEMENT_RECORDED", "cash_disbursement", id)
                .detail("region", region.value()).detail("payeeKind", r.payeeKind()).detail("caseRef", row.caseRef())
                .detail("instalment", r.instalment()).detail("kind", r.kind().name()).detail("amountFen", amount)
                .detail("signedBy", r.signedBy().name()));
        return queries.view(row, items);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
