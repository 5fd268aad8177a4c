package org.safeguard.payment;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Pays one instalment of one-off help by bank transfer. The line joins the region's collecting one-off payroll of the
 * benefit for the current month (created by the first payment), which is closed and then approved by a second person
 * like every payroll. The key is payee + case reference + instalment, in the database: instalments of one case and
 * several cases in one month are each paid, and the same instalment twice (a double click) answers 409.
 */
@Service
public class PayOneOff {

    public record Request(String benefit, PayeeKind payeeKind, UUID payeeId, String regionCode, String payeeName,
                          String bankName, String bankAccount, String caseRef, Integer instalment,
                          LineComponents components, String reason) {
    }

    public record Paid(UUID payrollId, String caseRef, int instalment) {
    }

    private final PayrollAccess access;
    private final PayrollStore store;
    private final OneOffLines lines;
    private final PayrollLifecycle lifecycle;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ComponentCatalog catalog;
    private final Institutions institutions;

    PayOneOff(PayrollAccess access, PayrollStore store, OneOffLines lines, PayrollLifecycle lifecycle,
              RegionCatalog regions, AuditTrail audit, Clock clock, ComponentCatalog catalog, Institutions institutions) {
        this.catalog = catalog;
        this.institutions = institutions;
        this.access = access;
        this.store = store;
        this.lines = lines;
        this.lifecycle = lifecycle;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Paid pay(Request given) {
        Request r = withInstitution(given);
        validate(r);
        catalog.undeclared(r.benefit(), r.components()).ifPresent(code -> {
            throw SafeguardException.invalid(FieldProblem.of("components", "UNDECLARED_COMPONENT"));
        });
        RegionCode region = RegionCode.of(r.regionCode());
        if (!access.staff().canSee(region) || !regions.exists(region.value())) {
            throw SafeguardException.notFound("region");
        }
        YearMonth month = YearMonth.now(clock);
        UUID payrollId = lines.collectingPayroll(r.benefit(), region.value(), month).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            lines.insertPayroll(id, r.benefit(), region.value(), month, access.staff().username(), clock.instant());
            lifecycle.created(store.find(id).orElseThrow(), Map.of());
            return id;
        });
        PayableLine line = PayableLine.of(r.payeeId(), region.value(), r.payeeName(), r.bankName(), r.bankAccount(),
                r.components(), r.reason());
        try {
            lines.insert(payrollId, r.benefit(), r.payeeKind(), month, line, r.caseRef(), r.instalment());
        } catch (DuplicateKeyException e) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.instalmentPaid", r.caseRef(),
                    r.instalment());
        }
        store.recomputeTotals(payrollId);
        audit.record(AuditRecord.of("PAYMENT_ONE_OFF", "payroll", payrollId).detail("benefit", r.benefit())
                .detail("region", region.value()).detail("payeeKind", r.payeeKind().name())
                .detail("payeeId", r.payeeId().toString()).detail("caseRef", r.caseRef())
                .detail("instalment", r.instalment()).detail("amount", line.amount().toPlainString()));
        return new Paid(payrollId, r.caseRef(), r.instalment());
    }

    /**
     * An institution is paid under its registered name and account, whatever the request says; one that is not
     * registered, or outside the caller's region, does not exist (404).
     */
    private Request withInstitution(Request r) {
        if (r.payeeKind() != PayeeKind.INSTITUTION || r.payeeId() == null) {
            return r;
        }
        Institutions.Payee payee = institutions.payee(r.payeeId())
                .orElseThrow(() -> SafeguardException.notFound("institution"));
        return new Request(r.benefit(), r.payeeKind(), r.payeeId(), r.regionCode(), payee.name(), payee.bankName(),
                payee.bankAccount(), r.caseRef(), r.instalment(), r.components(), r.reason());
    }

    private static void validate(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, "benefit", r.benefit());
        require(problems, "payeeKind", r.payeeKind());
        require(problems, "payeeId", r.payeeId());
        require(problems, "payeeName", r.payeeName());
        require(problems, "bankAccount", r.bankAccount());
        require(problems, "caseRef", r.caseRef());
        require(problems, "components", r.components());
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(r.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        }
        if (r.instalment() == null) {
            problems.add(FieldProblem.of("instalment", "REQUIRED"));
        } else if (r.instalment() < 1) {
            problems.add(FieldProblem.of("instalment", "INSTALMENT_NOT_POSITIVE"));
        }
        if (r.caseRef() != null && r.caseRef().length() > 64) {
            problems.add(FieldProblem.of("caseRef", "CASE_REF_TOO_LONG"));
        }
        if (r.components() != null && r.components().total().signum() <= 0) {
            problems.add(FieldProblem.of("components", "AMOUNT_NOT_POSITIVE"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
    }

    private static void require(List<FieldProblem> problems, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        }
    }
}
