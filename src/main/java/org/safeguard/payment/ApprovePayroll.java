package org.safeguard.payment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four-eyes approval bound to content: the approver is not the user who generated the payroll (whatever roles they
 * hold) and confirms the count, total and bank-file hash they were shown; all three are recomputed from the lines
 * and must still match.
 */
@Service
public class ApprovePayroll {

    /** What the approver saw. */
    public record Confirmation(Integer lineCount, BigDecimal totalAmount, String fileHash) {
    }

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollLifecycle lifecycle;
    private final BankFile bankFile;
    private final PayrollQueries queries;

    ApprovePayroll(PayrollAccess access, PayrollStore store, PayrollLifecycle lifecycle, BankFile bankFile,
                   PayrollQueries queries) {
        this.access = access;
        this.store = store;
        this.lifecycle = lifecycle;
        this.bankFile = bankFile;
        this.queries = queries;
    }

    @Transactional
    public PayrollView approve(UUID id, Confirmation seen) {
        PayrollStore.PayrollRow payroll = access.lockVisible(id);
        PayrollTransitions.require(payroll.state(), PayrollAction.APPROVE);
        if (payroll.createdBy().equals(access.staff().username())) {
            throw new SafeguardException(ProblemCode.FORBIDDEN, "payroll.problem.fourEyes", java.util.List.of(), java.util.List.of());
        }
        store.recomputeTotals(id);
        PayrollStore.PayrollRow counted = store.find(id).orElseThrow();
        String hash = bankFile.fileHash(counted);
        boolean unchanged = counted.lineCount() == payroll.lineCount()
                && counted.totalAmount().compareTo(payroll.totalAmount()) == 0 && hash.equals(payroll.fileHash());
        boolean asSeen = seen != null && seen.lineCount() != null && seen.lineCount() == counted.lineCount()
                && seen.totalAmount() != null && seen.totalAmount().compareTo(counted.totalAmount()) == 0
                && hash.equalsIgnoreCase(seen.fileHash() == null ? "" : seen.fileHash());
        if (!unchanged || !asSeen) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payroll.problem.controlTotals");
        }
        lifecycle.apply(payroll, PayrollAction.APPROVE, null, Map.of("lineCount", counted.lineCount(),
                "totalAmount", counted.totalAmount().toPlainString(), "fileHash", hash));
        return queries.view(store.find(id).orElseThrow());
    }
}
