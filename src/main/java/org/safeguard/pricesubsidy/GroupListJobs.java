package org.safeguard.pricesubsidy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.jobs.JobClock;
import org.safeguard.shared.jobs.JobNames;
import org.safeguard.shared.jobs.QueuedUploadTask;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Covered-group lists of more than {@code safeguard.upload.async-rows} data rows are imported by a db-scheduler one-time
 * task (instance = upload id), like queued rosters: one node at a time, revived on another node when the picking one
 * dies, retried with a growing delay after a failure. The request thread only reads the file within the upload limits
 * (a refused file or header is answered at once); the row checks and the writes are the job's. Smaller lists are
 * imported in the request as before.
 */
@Component
public class GroupListJobs {

    static final String TASK = "price-list-import";
    private static final Logger log = LoggerFactory.getLogger(GroupListJobs.class);

    /** Either the synchronous result, or the id of the queued upload (then {@code result} is null). */
    public record Outcome(GroupListImport.Result result, UUID queuedId) {
        public boolean queued() {
            return queuedId != null;
        }
    }

    private final GroupListImport lists;
    private final QueuedGroupLists queued;
    private final CurrentStaff currentStaff;
    private final int asyncRows;
    private final QueuedUploadTask task;

    GroupListJobs(GroupListImport lists, QueuedGroupLists queued, CurrentStaff currentStaff, JobNames names,
                  ObjectProvider<Scheduler> scheduler, JobClock jobClock,
                  @Value("${safeguard.upload.async-rows:5000}") int asyncRows,
                  @Value("${safeguard.import.retry-after:30s}") Duration retryAfter) {
        this.lists = lists;
        this.queued = queued;
        this.currentStaff = currentStaff;
        this.asyncRows = asyncRows;
        this.task = new QueuedUploadTask(TASK, names, scheduler, jobClock, retryAfter, queued::run);
    }

    /**
     * Imports as the signed-in staff member: a list read without refusal that has more rows than the threshold is
     * queued; any other list is imported now, with today's result.
     */
    public Outcome importOrQueue(GroupListImport.Request request, long size) throws IOException {
        StaffPrincipal staff = currentStaff.get();
        RegionCode scope = lists.checkRequest(request, staff);
        GroupListImport.Result counted = lists.countRows(request);
        if (!counted.problems().isEmpty() || counted.rows() <= asyncRows) {
            return new Outcome(lists.importList(request), null);
        }
        UUID id = queued.stage(request, scope, staff.username(), size);
        submit(id);
        return new Outcome(null, id);
    }

    /** The queued list as the signed-in staff member may see it. */
    public Optional<GroupListUpload> status(UUID id) {
        return queued.status(id, currentStaff.get());
    }

    /** Asks for the upload's job to run at once; nothing happens twice if it is already asked. */
    public void submit(UUID id) {
        task.submit(id);
    }

    /** Runs a queued list in the calling thread (what the job does); a finished one is left as it is. */
    public void runNow(UUID id) {
        queued.run(id);
    }

    /** Waits until the upload's job is neither due nor running; true when that happened within the timeout. */
    public boolean awaitCompletion(UUID id, Duration timeout) {
        return task.awaitCompletion(id, timeout);
    }

    /** Gives every unfinished upload whose schedule was lost (e.g. a crash before it was written) a job again. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart() {
        int asked = task.resume(queued.unfinished());
        if (asked > 0) {
            log.info("resuming {} queued price list import(s)", asked);
        }
    }

    /** Contributes the task to the application's one scheduler. */
    @Configuration(proxyBeanMethods = false)
    static class TaskConfiguration {
        @Bean
        Task<Void> priceListImportTask(GroupListJobs jobs) {
            return jobs.task.task();
        }
    }
}
