package org.safeguard.payment;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.upload.UploadLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a bank return file ({@code line_id,status,reason}; docs/bank-file-format.md) to an exported payroll in the
 * request: validated as a whole first (any bad row rejects the file with its problems), then lines become PAID or
 * FAILED ({@link BankReturnLines}, once per line); the payroll is RECONCILED once no line is pending. Large files go
 * through {@link BankReturnJobs} instead, which ends with the same {@link #finish}.
 */
@Service
public class ImportBankReturn {

    public record Result(int rows, int paid, int failed, int alreadyRecorded, PayrollView payroll) {
    }

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollLifecycle lifecycle;
    private final PayrollQueries queries;
    private final AuditTrail audit;
    private final BankReturnLines lines;
    private final UploadLimits limits;

    ImportBankReturn(PayrollAccess access, PayrollStore store, PayrollLifecycle lifecycle, PayrollQueries queries,
                     AuditTrail audit, BankReturnLines lines, UploadLimits limits) {
        this.lines = lines;
        this.access = access;
        this.store = store;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.audit = audit;
        this.limits = limits;
    }

    @Transactional
    public Result apply(UUID id, InputStream file) {
        PayrollStore.PayrollRow payroll = access.lockVisible(id);
        PayrollTransitions.require(payroll.state(), PayrollAction.RECONCILE);
        BankReturnFile.Checked checked = BankReturnFile.read(file, store.lineStatuses(id), limits);
        if (!checked.valid()) {
            throw rejected(checked.problems(), checked.problemCount());
        }
        BankReturnLines.Applied applied = new BankReturnLines.Applied(0, 0, 0);
        for (int from = 0; from < checked.rows().size(); from += BankReturnLines.CHUNK) {
            applied = applied.plus(lines.apply(payroll, checked.rows().subList(from,
                    Math.min(checked.rows().size(), from + BankReturnLines.CHUNK)), null));
        }
        return finish(payroll, checked.rows().size(), applied, null);
    }

    /** The answer to a rejected file: every problem up to 200 (the count says how many there were in all). */
    static SafeguardException rejected(List<FieldProblem> problems, int count) {
        return new SafeguardException(ProblemCode.IMPORT_REJECTED, "payroll.problem.returnRejected",
                List.of(count), problems.size() > 200 ? problems.subList(0, 200) : problems);
    }

    /**
     * Recounts the totals, audits the return and reconciles the payroll once no line is pending; in the caller's
     * transaction, with the payroll locked. {@code actor} is the uploader when a job applied the return.
     */
    Result finish(PayrollStore.PayrollRow payroll, int rows, BankReturnLines.Applied applied, String actor) {
        UUID id = payroll.id();
        store.recomputeTotals(id);
        AuditRecord record = AuditRecord.of("PAYROLL_BANK_RETURN", "payroll", id).detail("rows", rows)
                .detail("paid", applied.paid()).detail("failed", applied.failed()).detail("alreadyRecorded", applied.already());
        audit.record(actor == null ? record : record.actingAs(actor));
        PayrollStore.PayrollRow now = store.lock(id).orElseThrow();
        if (now.state() == PayrollState.EXPORTED && store.pendingLines(id) == 0) {
            lifecycle.apply(now, PayrollAction.RECONCILE, null, Map.of(), actor);
        }
        return new Result(rows, applied.paid(), applied.failed(), applied.already(), queries.view(store.find(id).orElseThrow()));
    }
}
