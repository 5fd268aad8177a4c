package org.safeguard.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs payroll generation jobs in the background and resumes, when the application is ready, every job that a
 * previous process left in GENERATING (killed, crashed, or stopped by a failing chunk): each continues from its last
 * committed checkpoint.
 */
@Component
public class PayrollJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PayrollJobs.class);

    private final PayrollGeneration generation;
    private final PayrollStore store;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ExecutorService executor;
    private final Map<UUID, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    PayrollJobs(PayrollGeneration generation, PayrollStore store, Clock clock, PlatformTransactionManager transactions,
                @Value("${safeguard.payroll.workers:2}") int workers) {
        this.generation = generation;
        this.store = store;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "payroll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(workers, threads);
    }

    /** Starts (or joins) the background run of a job. */
    public CompletableFuture<Void> submit(UUID payrollId) {
        return inFlight.compute(payrollId, (id, running) -> running != null && !running.isDone() ? running
                : CompletableFuture.runAsync(() -> runNow(id), executor));
    }

    /**
     * Runs the job in the calling thread until it is finished or another worker holds it. A failure is recorded on
     * the job and leaves it in GENERATING for the next resume; it is not rethrown.
     */
    public void runNow(UUID payrollId) {
        try {
            generation.runToEnd(payrollId);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof java.sql.SQLException)) {
                cause = cause.getCause();
            }
            // No message: it could carry a payee's data. The SQL state says which constraint class failed.
            log.warn("payroll {} generation stopped at a chunk and will resume from its checkpoint: {} {}", payrollId,
                    e.getClass().getSimpleName(), cause instanceof java.sql.SQLException sql ? sql.getSQLState() : "");
            tx.executeWithoutResult(s -> store.jobFailed(payrollId, e.getClass().getSimpleName(), clock.instant()));
        }
    }

    /** Waits for the background run of a job started in this process; true when none is running any more. */
    public boolean awaitCompletion(UUID payrollId, Duration timeout) {
        CompletableFuture<Void> running = inFlight.get(payrollId);
        if (running == null) {
            return true;
        }
        try {
            running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** Resumes every job left RUNNING; returns their payroll ids. */
    public List<UUID> resumeInterrupted() {
        List<UUID> jobs = store.runningJobs();
        for (UUID id : jobs) {
            tx.executeWithoutResult(s -> store.jobResumed(id));
            submit(id);
        }
        return jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart() {
        List<UUID> resumed = resumeInterrupted();
        if (!resumed.isEmpty()) {
            log.info("resuming {} payroll generation job(s) from their checkpoints", resumed.size());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
