package org.safeguard.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payroll_job table: one durable generation job per payroll, its checkpoint (the last payee done), counters and
 * the staged copy's progress. A worker holds the job row locked while it runs a chunk, so two nodes never run the same
 * payroll at once.
 */
@Component
class PayrollJobStore {

    private final JdbcClient jdbc;

    PayrollJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record JobRow(UUID payrollId, String status, long totalPayees, long processed, int chunks, UUID checkpoint,
                  Instant startedAt, Instant updatedAt, Instant finishedAt, int attempts, String lastError,
                  Long stageRows, long stageDone) {
    }

    void insertJob(UUID payrollId, long totalPayees, Instant now) {
        jdbc.sql("""
                insert into payroll_job (payroll_id, status, total_payees, started_at, updated_at)
                values (?, 'RUNNING', ?, ?, ?)""")
                .params(payrollId, totalPayees, PayrollStore.ts(now), PayrollStore.ts(now)).update();
    }

    /** The job row locked for this worker, or empty when another worker holds it right now. */
    Optional<JobRow> lockJob(UUID payrollId) {
        return jdbc.sql("select * from payroll_job where payroll_id = ? for update skip locked").param(payrollId)
                .query(PayrollJobStore::job).optional();
    }

    /** Waits for the job row lock (used by cancel, which must stop a running worker between chunks). */
    void lockJobWaiting(UUID payrollId) {
        jdbc.sql("select payroll_id from payroll_job where payroll_id = ? for update").param(payrollId).query(UUID.class).optional();
    }

    Optional<JobRow> job(UUID payrollId) {
        return jdbc.sql("select * from payroll_job where payroll_id = ?").param(payrollId).query(PayrollJobStore::job).optional();
    }

    List<UUID> runningJobs() {
        return jdbc.sql("select payroll_id from payroll_job where status = 'RUNNING' order by started_at")
                .query(UUID.class).list();
    }

    void advanceJob(UUID payrollId, UUID checkpoint, int processed, Instant now) {
        jdbc.sql("""
                update payroll_job set checkpoint = ?, processed = processed + ?, chunks = chunks + 1, updated_at = ?
                where payroll_id = ?""").params(checkpoint, processed, PayrollStore.ts(now), payrollId).update();
    }

    /** The month (after the checkpoint) is staged: {@code rows} lines to copy, none copied yet. */
    void stageBuilt(UUID payrollId, long rows, Instant now) {
        jdbc.sql("update payroll_job set stage_rows = ?, stage_done = 0, updated_at = ? where payroll_id = ?")
                .params(rows, PayrollStore.ts(now), payrollId).update();
    }

    /** A staged chunk is copied: the checkpoint moves to its last payee and {@code stageDone} rows are behind it. */
    void advanceStagedJob(UUID payrollId, UUID checkpoint, int processed, long stageDone, Instant now) {
        jdbc.sql("""
                update payroll_job set checkpoint = ?, processed = processed + ?, stage_done = ?, chunks = chunks + 1,
                  updated_at = ? where payroll_id = ?""").params(checkpoint, processed, stageDone, PayrollStore.ts(now), payrollId)
                .update();
    }

    void endJob(UUID payrollId, String status, Instant now) {
        // updated_at stays at the last chunk's commit, so started → updated → finished shows where the time went.
        jdbc.sql("update payroll_job set status = ?, finished_at = ? where payroll_id = ?")
                .params(status, PayrollStore.ts(now), payrollId).update();
    }

    void jobFailed(UUID payrollId, String error, Instant now) {
        jdbc.sql("update payroll_job set last_error = ?, updated_at = ? where payroll_id = ?")
                .params(error.length() > 200 ? error.substring(0, 200) : error, PayrollStore.ts(now), payrollId).update();
    }

    void jobResumed(UUID payrollId) {
        jdbc.sql("update payroll_job set attempts = attempts + 1 where payroll_id = ?").param(payrollId).update();
    }

    private static JobRow job(ResultSet rs, int n) throws SQLException {
        return new JobRow(rs.getObject("payroll_id", UUID.class), rs.getString("status"), rs.getLong("total_payees"),
                rs.getLong("processed"), rs.getInt("chunks"), rs.getObject("checkpoint", UUID.class),
                PayrollStore.instant(rs, "started_at"), PayrollStore.instant(rs, "updated_at"), PayrollStore.instant(rs, "finished_at"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getObject("stage_rows", Long.class), rs.getLong("stage_done"));
    }

    static Instant eta(JobRow job) {
        if (!"RUNNING".equals(job.status()) || job.processed() == 0 || job.updatedAt() == null) {
            return null;
        }
        long elapsed = Duration.between(job.startedAt(), job.updatedAt()).toMillis();
        long remaining = Math.max(0, job.totalPayees() - job.processed());
        return job.updatedAt().plusMillis(elapsed * remaining / job.processed());
    }
}
