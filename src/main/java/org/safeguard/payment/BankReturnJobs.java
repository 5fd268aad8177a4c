package org.safeguard.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import org.safeguard.shared.jobs.JobClock;
import org.safeguard.shared.jobs.JobNames;
import org.safeguard.shared.jobs.QueuedUploadTask;
import org.safeguard.shared.upload.UploadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Bank returns of more than {@code safeguard.upload.async-rows} data rows are applied by a durable db-scheduler job
 * ({@link QueuedUploadTask}, instance = upload id), like queued rosters and covered-group lists; the request thread
 * only checks the caller's access and the payroll's state and counts the rows within the upload limits. Smaller
 * returns are applied in the request as before, with the same rules and result.
 */
@Component
public class BankReturnJobs {

    static final String TASK = "bank-return";
    private static final Logger log = LoggerFactory.getLogger(BankReturnJobs.class);

    /** Either the synchronous result, or the queued upload (then {@code result} is null). */
    public record Outcome(ImportBankReturn.Result result, BankReturnUpload queued) {
        public boolean isQueued() {
            return queued != null;
        }
    }

    private final ImportBankReturn bankReturn;
    private final QueuedBankReturns queued;
    private final PayrollAccess access;
    private final UploadLimits limits;
    private final int asyncRows;
    private final QueuedUploadTask task;

    BankReturnJobs(ImportBankReturn bankReturn, QueuedBankReturns queued, PayrollAccess access, UploadLimits limits,
                   JobNames names, ObjectProvider<Scheduler> scheduler, JobClock jobClock,
                   @Value("${safeguard.upload.async-rows:5000}") int asyncRows,
                   @Value("${safeguard.import.retry-after:30s}") Duration retryAfter) {
        this.bankReturn = bankReturn;
        this.queued = queued;
        this.access = access;
        this.limits = limits;
        this.asyncRows = asyncRows;
        this.task = new QueuedUploadTask(TASK, names, scheduler, jobClock, retryAfter, queued::run);
    }

    /**
     * Applies the return as the signed-in staff member: a readable file with more rows than the threshold is queued;
     * any other file is applied (or refused) now.
     */
    public Outcome applyOrQueue(UUID payrollId, String fileName, InputStreamSource file, long size) {
        PayrollStore.PayrollRow payroll = access.visible(payrollId);
        PayrollTransitions.require(payroll.state(), PayrollAction.RECONCILE);
        int rows;
        try (InputStream in = file.getInputStream()) {
            rows = BankReturnFile.countRows(in, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows <= asyncRows) {
            try (InputStream in = file.getInputStream()) {
                return new Outcome(bankReturn.apply(payrollId, in), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        UUID id = queued.stage(payroll, fileName, file, size, access.staff().username());
        task.submit(id);
        return new Outcome(null, queued.status(payrollId, id, access.staff()).orElseThrow());
    }

    /** A queued return of a payroll the signed-in staff member may see (else empty). */
    public Optional<BankReturnUpload> status(UUID payrollId, UUID id) {
        access.visible(payrollId);
        return queued.status(payrollId, id, access.staff());
    }

    /** The payroll's latest queued returns, newest first; 404 when the payroll is not visible. */
    public List<BankReturnUpload> recent(UUID payrollId) {
        access.visible(payrollId);
        return queued.recent(payrollId, 5);
    }

    /** Asks for the upload's job to run at once; nothing happens twice if it is already asked. */
    public void submit(UUID id) {
        task.submit(id);
    }

    /** Runs a queued return in the calling thread (what the job does); a finished one is left as it is. */
    public void runNow(UUID id) {
        queued.run(id);
    }

    /** Waits until the upload's job is neither due nor running; true when that happened within the timeout. */
    public boolean awaitCompletion(UUID id, Duration timeout) {
        return task.awaitCompletion(id, timeout);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeOnStart() {
        int asked = task.resume(queued.unfinished());
        if (asked > 0) {
            log.info("resuming {} queued bank return(s)", asked);
        }
    }

    /** Contributes the task to the application's one scheduler. */
    @Configuration(proxyBeanMethods = false)
    static class TaskConfiguration {
        @Bean
        Task<Void> bankReturnTask(BankReturnJobs jobs) {
            return jobs.task.task();
        }
    }
}
