package org.safeguard.household.importing;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;

import org.safeguard.shared.jobs.JobClock;
import org.safeguard.shared.jobs.JobNames;
import org.safeguard.shared.jobs.QueuedUploadTask;
import org.safeguard.shared.security.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Roster imports of more than {@code safeguard.upload.async-rows} data rows run as db-scheduler one-time tasks (instance = import
 * id) on whichever node picks them, one node at a time, like payroll generation: the picking node heart-beats the
 * execution, a dead node's execution is revived on another node, and a failed run is retried with a growing delay.
 * The request thread only reads the file (streaming, within the upload limits, so that a refused file is answered
 * at once as before); the checks against the registry and the writes are the job's. Smaller files are imported in
 * the request thread as before.
 */
@Component
public class ImportJobs {

    static final String TASK = "roster-import";
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final RosterImport imports;
    private final QueuedImports queued;
    private final ImportBatches batches;
    private final CurrentStaff currentStaff;
    private final int asyncRows;
    private final QueuedUploadTask task;

    ImportJobs(RosterImport imports, QueuedImports queued, ImportBatches batches, CurrentStaff currentStaff,
               JobNames names, ObjectProvider<Scheduler> scheduler, JobClock jobClock,
               @Value("${safeguard.upload.async-rows:5000}") int asyncRows,
               @Value("${safeguard.import.retry-after:30s}") Duration retryAfter) {
        this.imports = imports;
        this.queued = queued;
        this.batches = batches;
        this.currentStaff = currentStaff;
        this.asyncRows = asyncRows;
        this.task = new QueuedUploadTask(TASK, names, scheduler, jobClock, retryAfter, queued::run);
    }

    CustomTask<Void> task() {
        return task.task();
    }

    /**
     * Imports as the signed-in staff member: a file read without refusal that has more rows than the async threshold
     * is queued and answered at once with status QUEUED; any other file is imported now, with today's report.
     */
    public ImportReport importOrQueue(RosterFile file, ImportMode mode) {
        ImportScope scope = ImportScope.of(currentStaff.get());
        Optional<ImportReport> now = imports.importUnlessMoreRowsThan(file, mode, scope, asyncRows);
        if (now.isPresent()) {
            return now.get();
        }
        ImportReport report = queued.stage(file, mode, scope);
        submit(report.id());
        return report;
    }

    /** Asks for the import's job to run at once; nothing happens twice if it is already asked. */
    public void submit(UUID importId) {
        task.submit(importId);
    }

    /** Runs a queued import in the calling thread (what the job does); a finished import is left as it is. */
    public void runNow(UUID importId) {
        queued.run(importId);
    }

    /** Waits until the import's job is neither due nor running; true when that happened within the timeout. */
    public boolean awaitCompletion(UUID importId, Duration timeout) {
        return task.awaitCompletion(importId, timeout);
    }

    /** Gives every unfinished import whose schedule was lost (e.g. a crash before it was written) a job again. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart() {
        int asked = task.resume(batches.unfinished());
        if (asked > 0) {
            log.info("resuming {} queued roster import(s)", asked);
        }
    }
}
