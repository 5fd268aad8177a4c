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
 * Advances a payroll's generation job one step per transaction, under the job row's lock (skipped when another worker
 * holds it). A source with a set-based SELECT has its month computed once into the stage and then copied in large
 * chunks by position; any other source is paged by payee id and asked for the lines of each page. Every step inserts
 * its lines (a line that exists is skipped by the never-twice constraint) and moves the checkpoint in one commit. A
 * crash loses at most the step in flight; a re-run inserts nothing twice.
 */
@Component
class PayrollGeneration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PayrollGeneration.class);

    enum Step { MORE, FINISHED, BUSY }

    /** A payroll this large changes the line table's statistics enough for the planner to notice. */
    private static final int ANALYZE_FROM_LINES = 50_000;

    private final PayrollStore store;
    private final PayrollJobStore jobStore;
    private final PayrollStage stage;
    private final LineComponentStore components;
    private final PayrollSources sources;
    private final PayrollLifecycle lifecycle;
    private final BankFile bankFile;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final int chunkSize;
    private final int stagedChunkSize;

    PayrollGeneration(PayrollStore store, PayrollJobStore jobStore, PayrollStage stage, LineComponentStore components, PayrollSources sources, PayrollLifecycle lifecycle,
                      BankFile bankFile, Clock clock, PlatformTransactionManager transactions,
                      @Value("${safeguard.payroll.chunk-size:5000}") int chunkSize,
                      @Value("${safeguard.payroll.staged-chunk-size:100000}") int stagedChunkSize) {
        this.store = store;
        this.jobStore = jobStore;
        this.stage = stage;
        this.components = components;
        this.sources = sources;
        this.lifecycle = lifecycle;
        this.bankFile = bankFile;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
        this.stagedChunkSize = stagedChunkSize;
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
            var job = jobStore.lockJob(payrollId);
            if (job.isEmpty()) {
                return jobStore.job(payrollId).isPresent() ? Step.BUSY : Step.FINISHED;
            }
            if (!"RUNNING".equals(job.get().status())) {
                return Step.FINISHED;
            }
            PayrollStore.PayrollRow payroll = store.find(payrollId).orElseThrow();
            PayrollSource source = sources.get(payroll.benefit());
            RegionCode region = RegionCode.of(payroll.regionCode());
            var setBased = source.chunkSelectSql();
            if (setBased.isPresent()) {
                return stagedStep(job.get(), payroll, source, region, setBased.get());
            }
            UUID after = job.get().checkpoint() == null ? PayrollSource.START : job.get().checkpoint();
            int size = source.chunkSize() > 0 ? source.chunkSize() : chunkSize;
            List<UUID> ids = source.payeeIdsAfter(region, payroll.month(), after, size);
            if (ids.isEmpty()) {
                finish(payroll);
                return Step.FINISHED;
            }
            UUID last = ids.get(ids.size() - 1);
            Set<UUID> asked = new HashSet<>(ids);
            List<PayableLine> lines = source.linesFor(region, payroll.month(), ids).stream()
                    .filter(l -> asked.contains(l.payeeId())).toList();
            store.insertLines(payrollId, payroll.benefit(), source.payeeKind(), payroll.month(), "REGULAR", lines, null, 1);
            jobStore.advanceJob(payrollId, last, ids.size(), clock.instant());
            return Step.MORE;
        });
    }

    /**
     * One step of the set-based path. The stage is trusted only while it agrees with the job: the row at
     * {@code stage_done} is the checkpoint's payee and the last staged row is still there. Otherwise (never staged, an
     * unlogged stage emptied by a database crash, a job moved back) the payees after the checkpoint are staged again,
     * so no payee is skipped and none already written is computed a second time.
     */
    private Step stagedStep(PayrollJobStore.JobRow job, PayrollStore.PayrollRow payroll, PayrollSource source,
                            RegionCode region, String select) {
        UUID id = payroll.id();
        long done = job.stageDone();
        Long rows = job.stageRows();
        boolean trusted = rows != null
                && (done == 0 || stage.payeeAt(id, done).filter(p -> p.equals(job.checkpoint())).isPresent())
                && (done >= rows || stage.payeeAt(id, rows).isPresent());
        if (!trusted) {
            UUID after = job.checkpoint() == null ? PayrollSource.START : job.checkpoint();
            long staged = stage.build(id, payroll.month(), region.value(), region.subtreePrefix() + "%", select,
                    source.chunkSelectChoosesLineKind(), source.componentCodes(), after);
            jobStore.stageBuilt(id, staged, clock.instant());
            return Step.MORE;
        }
        if (done >= rows) {
            finish(payroll);
            return Step.FINISHED;
        }
        long to = Math.min(done + stagedChunkSize, rows);
        stage.copy(id, payroll.benefit(), source.payeeKind(), payroll.month(), source.componentCodes(), done, to);
        jobStore.advanceStagedJob(id, stage.payeeAt(id, to).orElseThrow(), (int) (to - done), to, clock.instant());
        return Step.MORE;
    }

    /**
     * Every line is the sum of its components (checked in the database, in one pass), then the totals from the lines
     * themselves, the hash of the bank file they make, then GENERATED.
     */
    private void finish(PayrollStore.PayrollRow payroll) {
        var began = clock.instant();
        components.verify(payroll.id());
        store.recomputeTotals(payroll.id());
        PayrollStore.PayrollRow locked = store.lock(payroll.id()).orElseThrow();
        store.setFileHash(payroll.id(), bankFile.fileHash(locked));
        stage.release(payroll.id());
        if (locked.lineCount() >= ANALYZE_FROM_LINES) {
            stage.analyzeLines();
        }
        jobStore.endJob(payroll.id(), "DONE", clock.instant());
        PayrollStore.PayrollRow counted = store.find(payroll.id()).orElseThrow();
        lifecycle.apply(locked, PayrollAction.FINISH_GENERATION, null, Map.of("lineCount", counted.lineCount(),
                "totalAmount", counted.totalAmount().toPlainString(), "fileHash", counted.fileHash()));
        log.info("payroll {} generated: {} lines; totals and bank-file hash took {} ms", payroll.id(), counted.lineCount(),
                java.time.Duration.between(began, clock.instant()).toMillis());
    }
}
