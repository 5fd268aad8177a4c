package org.safeguard.payment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguard.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advances a payroll's generation job one chunk per transaction: lock the job row (skipping it when another worker
 * holds it), read the next page of payee ids after the checkpoint, insert their lines (a line that exists is
 * skipped by the never-twice constraint) and move the checkpoint, all in one commit. A crash loses at most the
 * chunk in flight; a re-run of a chunk inserts nothing twice.
 */
@Component
class PayrollGeneration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PayrollGeneration.class);

    enum Step { MORE, FINISHED, BUSY }

    private final PayrollStore store;
    private final PayrollSources sources;
    private final PayrollLifecycle lifecycle;
    private final BankFile bankFile;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final int chunkSize;

    PayrollGeneration(PayrollStore store, PayrollSources sources, PayrollLifecycle lifecycle, BankFile bankFile,
                      Clock clock, PlatformTransactionManager transactions,
                      @Value("${safeguard.payroll.chunk-size:5000}") int chunkSize) {
        this.store = store;
        this.sources = sources;
        this.lifecycle = lifecycle;
        this.bankFile = bankFile;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
    }

    /** Runs chunks until the job is finished or another worker holds it. */
    void runToEnd(UUID payrollId) {
        Step step;
        do {
            step = runChunk(payrollId);
        } while (step == Step.MORE);
    }

    Step runChunk(UUID payrollId) {
        return tx.execute(status -> {
            var job = store.lockJob(payrollId);
            if (job.isEmpty()) {
                return store.job(payrollId).isPresent() ? Step.BUSY : Step.FINISHED;
            }
            if (!"RUNNING".equals(job.get().status())) {
                return Step.FINISHED;
            }
            PayrollStore.PayrollRow payroll = store.find(payrollId).orElseThrow();
            PayrollSource source = sources.get(payroll.benefit());
            RegionCode region = RegionCode.of(payroll.regionCode());
            UUID after = job.get().checkpoint() == null ? PayrollSource.START : job.get().checkpoint();
            int size = source.chunkSize() > 0 ? source.chunkSize() : chunkSize;
            List<UUID> ids = source.payeeIdsAfter(region, payroll.month(), after, size);
            if (ids.isEmpty()) {
                finish(payroll);
                return Step.FINISHED;
            }
            UUID last = ids.get(ids.size() - 1);
            var fastPath = source.chunkSelectSql();
            if (fastPath.isPresent()) {
                store.insertLinesBySql(payrollId, payroll.benefit(), source.payeeKind(), payroll.month(), region.value(),
                        region.subtreePrefix() + "%", fastPath.get(), after, last, source.chunkSelectChoosesLineKind());
            } else {
                Set<UUID> asked = new HashSet<>(ids);
                List<PayableLine> lines = source.linesFor(region, payroll.month(), ids).stream()
                        .filter(l -> asked.contains(l.payeeId())).toList();
                store.insertLines(payrollId, payroll.benefit(), source.payeeKind(), payroll.month(), "REGULAR", lines,
                        null, 1);
            }
            store.advanceJob(payrollId, last, ids.size(), clock.instant());
            return Step.MORE;
        });
    }

    /** Totals from the lines themselves, the hash of the bank file they make, then GENERATED. */
    private void finish(PayrollStore.PayrollRow payroll) {
        var began = clock.instant();
        store.recomputeTotals(payroll.id());
        PayrollStore.PayrollRow locked = store.lock(payroll.id()).orElseThrow();
        store.setFileHash(payroll.id(), bankFile.csvHash(locked));
        store.endJob(payroll.id(), "DONE", clock.instant());
        PayrollStore.PayrollRow counted = store.find(payroll.id()).orElseThrow();
        lifecycle.apply(locked, PayrollAction.FINISH_GENERATION, null, Map.of("lineCount", counted.lineCount(),
                "totalAmount", counted.totalAmount().toPlainString(), "fileHash", counted.fileHash()));
        log.info("payroll {} generated: {} lines; totals and bank-file hash took {} ms", payroll.id(), counted.lineCount(),
                java.time.Duration.between(began, clock.instant()).toMillis());
    }
}
