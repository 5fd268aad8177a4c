package org.safeguard.payment;

import java.util.Map;
import java.util.UUID;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the collection of a one-off payroll: totals from its lines and the bank-file hash, then GENERATED, from where a
 * second person approves it (four eyes, as for every payroll) and it is exported and reconciled like the others.
 */
@Service
public class CloseOneOffPayroll {

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollLifecycle lifecycle;
    private final BankFile bankFile;
    private final PayrollQueries queries;
    private final LineComponentStore components;

    CloseOneOffPayroll(PayrollAccess access, PayrollStore store, PayrollLifecycle lifecycle, BankFile bankFile,
                       PayrollQueries queries, LineComponentStore components) {
        this.components = components;
        this.access = access;
        this.store = store;
        this.lifecycle = lifecycle;
        this.bankFile = bankFile;
        this.queries = queries;
    }

    @Transactional
    public PayrollView close(UUID id) {
        PayrollStore.PayrollRow payroll = access.lockVisible(id);
        store.recomputeTotals(id);
        PayrollStore.PayrollRow counted = store.find(id).orElseThrow();
        if (!"ONE_OFF".equals(payroll.purpose()) || payroll.state() != PayrollState.GENERATING || counted.lineCount() == 0) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "payment.problem.notCollecting");
        }
        components.verify(id);
        String hash = bankFile.fileHash(counted);
        store.setFileHash(id, hash);
        lifecycle.apply(payroll, PayrollAction.FINISH_GENERATION, null, Map.of("lineCount", counted.lineCount(),
                "totalAmount", counted.totalAmount().toPlainString(), "fileHash", hash));
        return queries.view(store.find(id).orElseThrow());
    }
}
