package org.safeguard.shared.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The job wiring a queued upload needs (roster imports, covered-group lists, bank returns): a db-scheduler one-time
 * task per upload (instance = upload id) that runs on one node at a time, is revived on another node when the
 * picking one dies, is retried with a growing delay after a failure, and is removed when its run returns. The run
 * itself must be idempotent (it is handed only the upload id, and may be handed it again).
 */
public final class QueuedUploadTask {

    private final CustomTask<Void> task;
    private final ObjectProvider<Scheduler> scheduler;
    private final JobClock jobClock;

    public QueuedUploadTask(String name, JobNames names, ObjectProvider<Scheduler> scheduler, JobClock jobClock,
                            Duration retryAfter, Consumer<UUID> run) {
        this.scheduler = scheduler;
        this.jobClock = jobClock;
        this.task = Tasks.custom(names.task(name), Void.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(retryAfter))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    run.accept(UUID.fromString(instance.getId()));
                    return (done, ops) -> ops.remove();
                });
    }

    /** The task, for the application's one scheduler (a {@code @Bean} of the owning module). */
    public CustomTask<Void> task() {
        return task;
    }

    /** Asks for the upload's job to run at once; nothing happens twice if it is already asked. */
    public void submit(UUID id) {
        Scheduler s = scheduler.getObject();
        s.scheduleIfNotExists(task.instance(id.toString()), jobClock.atOnce());
        s.triggerCheckForDueExecutions();
    }

    /** Gives every unfinished upload whose schedule was lost (e.g. a crash before it was written) a job again. */
    public int resume(List<UUID> unfinished) {
        int asked = 0;
        for (UUID id : unfinished) {
            if (scheduler.getObject().scheduleIfNotExists(task.instance(id.toString()), jobClock.atOnce())) {
                asked++;
            }
        }
        if (asked > 0) {
            scheduler.getObject().triggerCheckForDueExecutions();
        }
        return asked;
    }

    /**
     * Waits until the upload's job is neither due nor running (or has failed and waits for its retry); true when that
     * happened within the timeout. For tests and tools; requests never wait.
     */
    public boolean awaitCompletion(UUID id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ScheduledExecution<Object>> execution = scheduler.getObject()
                    .getScheduledExecution(TaskInstanceId.of(task.getName(), id.toString()));
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
}
