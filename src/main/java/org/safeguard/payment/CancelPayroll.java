package org.safeguard.payment;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a payroll that has not been approved: its job stops and its lines are removed, which frees the payees
 * for a new payroll of the month. Nothing of a cancelled payroll ever reached a bank.
 */
@Service
public class CancelPayroll {

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollJobStore jobStore;
    private final PayrollLifecycle lifecycle;
    private final PayrollQueries queries;
    private final java.time.Clock clock;
    private final PayrollStage stage;

    CancelPayroll(PayrollAccess access, PayrollStore store, PayrollJobStore jobStore, PayrollLifecycle lifecycle, PayrollQueries queries,
                  java.time.Clock clock, PayrollStage stage) {
        this.stage = stage;
        this.access = access;
        this.store = store;
        this.jobStore = jobStore;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public PayrollView cancel(UUID id, String reason) {
        access.visible(id);
        // Same lock order as the generation worker (job, then payroll), so the two never deadlock.
        jobStore.lockJobWaiting(id);
        PayrollStore.PayrollRow payroll = store.lock(id).orElseThrow();
        PayrollTransitions.require(payroll.state(), PayrollAction.CANCEL);
        int lines = payroll.lineCount();
        store.revertReissued(id);
        store.deleteLines(id);
        stage.release(id);
        jobStore.endJob(id, "CANCELLED", clock.instant());
        store.recomputeTotals(id);
        lifecycle.apply(payroll, PayrollAction.CANCEL, reason, Map.of("linesRemoved", lines));
        return queries.view(store.find(id).orElseThrow());
    }
}
