package org.safeguard.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.safeguard.shared.jobs.JobClock;
import org.safeguard.shared.jobs.JobNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs payroll generation jobs as db-scheduler one-time tasks (instance = payroll id) on whichever node picks them,
 * one node at a time. The picking node heart-beats the execution; when that node dies, another node revives it and
 * continues from the job's last committed checkpoint. A node that shuts down stops at a chunk boundary and hands the
 * job back (due now), so another node continues at once. A failing chunk is recorded on the job and retried later
 * with a growing delay; the job stays GENERATING meanwhile.
 */
@Component
public class PayrollJobs {

    static final String TASK = "payroll-generation";
    private static final Duration BUSY_RETRY = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(PayrollJobs.class);

    private final PayrollGeneration generation;
    private final PayrollStore store;
    private final PayrollJobStore jobStore;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ObjectProvider<Scheduler> scheduler;
    private final CustomTask<Void> task;
    private final JobClock jobClock;

    PayrollJobs(PayrollGeneration generation, PayrollStore store, PayrollJobStore jobStore, Clock clock, PlatformTransactionManager transactions,
                JobNames names, ObjectProvider<Scheduler> scheduler, JobClock jobClock,
                @Value("${safeguard.payroll.retry-after:1m}") Duration retryAfter) {
        this.jobClock = jobClock;
        this.generation = generation;
        this.store = store;
        this.jobStore = jobStore;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        this.task = Tasks.custom(names.task(TASK), Void.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(retryAfter))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runChunks(UUID.fromString(instance.getId()), context));
    }

    /** The task definition the scheduler runs; contributed by {@link PaymentJobsConfiguration}. */
    CustomTask<Void> task() {
        return task;
    }

    /** Asks for the job to run (at once, on whichever node picks it); nothing happens twice if it is already asked. */
    public void submit(UUID payrollId) {
        Scheduler s = scheduler.getObject();
        s.scheduleIfNotExists(task.instance(payrollId.toString()), jobClock.atOnce());
        s.triggerCheckForDueExecutions();
    }

    private CompletionHandler<Void> runChunks(UUID payrollId, ExecutionContext context) {
        PayrollGeneration.Step step;
        try {
            do {
                if (context.getSchedulerState().isShuttingDown()) {
                    log.info("payroll {} generation handed over at a chunk boundary: this node is stopping", payrollId);
                    return (done, ops) -> ops.reschedule(done, done.getTimeDone());
                }
                step = generation.runChunk(payrollId);
            } while (step == PayrollGeneration.Step.MORE);
        } catch (RuntimeException e) {
            recordFailure(payrollId, e);
            throw e;
        }
        if (step == PayrollGeneration.Step.BUSY) {
            // a direct run (runNow) holds the job row; look again shortly rather than trust it to finish
            return (done, ops) -> ops.reschedule(done, done.getTimeDone().plus(BUSY_RETRY));
        }
        return (done, ops) -> ops.remove();
    }

    /**
     * Runs the job in the calling thread until it is finished or another worker holds it. A failure is recorded on
     * the job and leaves it in GENERATING for the next resume; it is not rethrown.
     */
    public void runNow(UUID payrollId) {
        try {
            generation.runToEnd(payrollId);
        } catch (RuntimeException e) {
            recordFailure(payrollId, e);
        }
    }

    private void recordFailure(UUID payrollId, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof java.sql.SQLException)) {
            cause = cause.getCause();
        }
        // No message: it could carry a payee's data. The SQL state says which constraint class failed.
        log.warn("payroll {} generation stopped at a chunk and will resume from its checkpoint: {} {}", payrollId,
                e.getClass().getSimpleName(), cause instanceof java.sql.SQLException sql ? sql.getSQLState() : "");
        try {
            tx.executeWithoutResult(s -> jobStore.jobFailed(payrollId, e.getClass().getSimpleName(), clock.instant()));
        } catch (RuntimeException unrecorded) {
            // the database is gone too: the scheduler revives the job once its heartbeats are missed and it is back
            log.warn("payroll {} failure could not be recorded: {}", payrollId, unrecorded.getClass().getSimpleName());
        }
    }

    /**
     * Waits until the job is neither waiting to run now nor running on any node (finished, or failed and waiting for
     * its retry); true when that happened within the timeout.
     */
    public boolean awaitCompletion(UUID payrollId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ScheduledExecution<Object>> execution = execution(payrollId);
            if (execution.isEmpty() || (!execution.get().isPicked() && execution.get().getConsecutiveFailures() > 0)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private Optional<ScheduledExecution<Object>> execution(UUID payrollId) {
        return scheduler.getObject().getScheduledExecution(TaskInstanceId.of(task.getName(), payrollId.toString()));
    }

    /**
     * Asks for every job left RUNNING and not being worked on by any node to run now (a job waiting for a retry
     * runs at once; a job with no execution, e.g. one whose scheduling was lost in a crash, gets one); returns them.
     */
    public List<UUID> resumeInterrupted() {
        List<UUID> resumed = new ArrayList<>();
        Scheduler s = scheduler.getObject();
        for (UUID id : jobStore.runningJobs()) {
            Optional<ScheduledExecution<Object>> execution = execution(id);
            if (execution.isPresent() && execution.get().isPicked()) {
                continue;
            }
            tx.executeWithoutResult(st -> jobStore.jobResumed(id));
            boolean asked = execution.isPresent()
                    ? rescheduleNow(s, id)
                    : s.scheduleIfNotExists(task.instance(id.toString()), jobClock.atOnce());
            if (asked) {
                resumed.add(id);
            }
        }
        s.triggerCheckForDueExecutions();
        return resumed;
    }

    private boolean rescheduleNow(Scheduler s, UUID id) {
        try {
            return s.reschedule(TaskInstanceId.of(task.getName(), id.toString()), jobClock.atOnce());
        } catch (RuntimeException e) {
            // picked by another node between the look and the reschedule: it is being worked on
            return false;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart() {
        List<UUID> resumed = resumeInterrupted();
        if (!resumed.isEmpty()) {
            log.info("resuming {} payroll generation job(s) from their checkpoints", resumed.size());
        }
    }
}
