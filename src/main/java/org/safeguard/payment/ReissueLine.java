package org.safeguard.payment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.Masking;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-issues a failed line once the payee's account is fixed: the failed line becomes REISSUED and a REISSUE line
 * with the same amount and the new account joins the month's open re-issue payroll, which is approved, exported
 * and reconciled like any other. The database allows one re-issue per failed line.
 */
@Service
public class ReissueLine {

    /** The corrected account; when absent, the benefit module's current account for the payee is used. */
    public record NewAccount(String bankAccount, String bankName) {
        @Override
        public String toString() {
            return "NewAccount[masked]";
        }
    }

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollSources sources;
    private final PayrollLifecycle lifecycle;
    private final BankFile bankFile;
    private final AuditTrail audit;
    private final Clock clock;

    ReissueLine(PayrollAccess access, PayrollStore store, PayrollSources sources, PayrollLifecycle lifecycle,
                BankFile bankFile, AuditTrail audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.sources = sources;
        this.lifecycle = lifecycle;
        this.bankFile = bankFile;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the id of the re-issue payroll that now holds the new line. */
    @Transactional
    public UUID reissue(UUID payrollId, UUID lineId, NewAccount account) {
        PayrollStore.PayrollRow payroll = access.lockVisible(payrollId);
        PayrollStore.LineRow failed = store.lockLine(payrollId, lineId)
                .orElseThrow(() -> SafeguardException.notFound("payroll line"));
        if (!"FAILED".equals(failed.status())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.lineNotFailed");
        }
        String bankAccount = account == null ? null : blankToNull(account.bankAccount());
        String bankName = account == null ? null : blankToNull(account.bankName());
        if (bankAccount == null && sources.find(payroll.benefit()).isEmpty()) {
            // A one-off benefit has no monthly source to ask for the payee's current account: it must be given.
            throw SafeguardException.invalid(FieldProblem.of("bankAccount", "REQUIRED"));
        }
        if (bankAccount == null) {
            List<PayableLine> current = sources.get(payroll.benefit()).linesFor(RegionCode.of(payroll.regionCode()),
                    payroll.month(), List.of(failed.payeeId()));
            if (current.isEmpty()) {
                throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.payeeGone");
            }
            bankAccount = current.get(0).bankAccount();
            bankName = current.get(0).bankName();
        } else if (!bankAccount.matches("\\d{8,30}")) {
            throw SafeguardException.invalid(FieldProblem.of("bankAccount", "BANK_ACCOUNT_FORMAT"));
        }
        if (bankAccount.equals(failed.bankAccount())) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.accountUnchanged");
        }
        PayrollStore.PayrollRow batch = reissueBatch(payroll);
        store.markReissued(lineId);
        int seq = store.nextReissueSeq(payroll.benefit(), failed.payeeKind(), failed.payeeId(), payroll.month());
        PayableLine line = new PayableLine(failed.payeeId(), failed.regionCode(), failed.payeeName(), bankName,
                bankAccount, failed.amount(), failed.components(), "REISSUE");
        int inserted = store.insertLines(batch.id(), payroll.benefit(), failed.payeeKind(), payroll.month(), "REISSUE",
                List.of(line), lineId, seq);
        if (inserted != 1) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.lineNotFailed");
        }
        // The re-issue pays the same purpose: a one-off instalment stays that case's instalment (its own key).
        store.carryPurpose(lineId);
        store.recomputeTotals(batch.id());
        store.recomputeTotals(payrollId);
        store.setFileHash(batch.id(), bankFile.fileHash(store.find(batch.id()).orElseThrow()));
        audit.record(AuditRecord.of("PAYROLL_LINE_REISSUE", "payroll", payrollId).detail("line", lineId)
                .detail("reissuePayroll", batch.id()).detail("amount", failed.amount().toPlainString())
                .detail("newAccount", Masking.bankAccount(bankAccount)));
        return batch.id();
    }

    /** The month's open re-issue payroll, created (and GENERATED) when there is none; refused once approved. */
    private PayrollStore.PayrollRow reissueBatch(PayrollStore.PayrollRow payroll) {
        var open = store.openPayroll(payroll.benefit(), payroll.regionCode(), payroll.month(), "REISSUE");
        if (open.isPresent()) {
            PayrollStore.PayrollRow batch = store.lock(open.get()).orElseThrow();
            if (batch.state() != PayrollState.GENERATED) {
                throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.reissueBatchApproved",
                        batch.id().toString());
            }
            return batch;
        }
        UUID id = UUID.randomUUID();
        store.insertPayroll(id, payroll.benefit(), payroll.regionCode(), payroll.month(), "REISSUE", payroll.dueDate(),
                access.staff().username(), clock.instant());
        PayrollStore.PayrollRow created = store.lock(id).orElseThrow();
        lifecycle.created(created, Map.of("reissueOf", payroll.id()));
        lifecycle.apply(created, PayrollAction.FINISH_GENERATION, "re-issue of failed lines", Map.of());
        return store.find(id).orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
