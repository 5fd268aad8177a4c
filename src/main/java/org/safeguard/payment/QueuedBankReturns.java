package org.safeguard.payment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.StaffPrincipal;
import org.safeguard.shared.upload.UploadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large bank return as a queued job: the file is kept in bank_return_upload as QUEUED (one transaction, audited);
 * its job checks it as a whole with the request's rules ({@link BankReturnFile}: a bad row rejects it, nothing
 * applied), then applies it {@link BankReturnLines#CHUNK} rows per transaction, each moving {@code rows_done} with
 * the lines it settled, and ends with the request's {@link ImportBankReturn#finish} and APPLIED in one transaction.
 * A run killed midway lost at most its open chunk and resumes after the last committed one; a chunk and the end hold
 * the upload's row lock, and every line is settled once by its bank_return_line key, so that a revived, repeated or
 * second submission applies nothing twice.
 */
@Component
class QueuedBankReturns {

    private static final Logger log = LoggerFactory.getLogger(QueuedBankReturns.class);
    private static final String COLUMNS = "id, payroll_id, status, file_name, rows_total, rows_done, paid, failed, already, "
            + "problem_count, problems, region_code, uploaded_by";

    private record Upload(BankReturnUpload view, String regionCode, String uploadedBy) {
    }

    private final PayrollStore payrolls;
    private final BankReturnLines lines;
    private final ImportBankReturn bankReturn;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final UploadLimits limits;
    private final TransactionTemplate tx;

    QueuedBankReturns(PayrollStore payrolls, BankReturnLines lines, ImportBankReturn bankReturn, JdbcClient jdbc,
                      AuditTrail audit, Clock clock, UploadLimits limits, PlatformTransactionManager transactions) {
        this.payrolls = payrolls;
        this.lines = lines;
        this.bankReturn = bankReturn;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Stores the file as QUEUED; the caller schedules the job once this has committed. */
    UUID stage(PayrollStore.PayrollRow payroll, String fileName, InputStreamSource file, long size, String username) {
        UUID id = UUID.randomUUID();
        String name = fileName == null ? null : fileName.substring(0, Math.min(200, fileName.length()));
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into bank_return_upload (id, payroll_id, region_code, file_name, uploaded_by, status, rows_done,
                      paid, failed, already, problem_count, queued_at, file_size, content)
                    values (?, ?, ?, ?, ?, 'QUEUED', 0, 0, 0, 0, 0, ?, ?, ?)""")
                    .params(id, payroll.id(), payroll.regionCode(), name, username, PayrollStore.ts(clock.instant()), size,
                            bytes).update();
            audit.record(AuditRecord.of("PAYROLL_BANK_RETURN_QUEUED", "payroll", payroll.id()).detail("upload", id)
                    .detail("bytes", size));
        });
        return id;
    }

    /** Runs a queued return to its end; does nothing when it is finished (or unknown). */
    void run(UUID id) {
        Optional<Upload> found = find(id).filter(u -> !u.view().finished());
        Optional<byte[]> content = jdbc.sql("select content from bank_return_upload where id = ? and content is not null")
                .param(id).query(byte[].class).optional();
        if (found.isEmpty() || content.isEmpty()) {
            log.info("bank return upload {} has nothing left to do", id);
            return;
        }
        Upload u = found.get();
        List<BankReturnFile.Row> rows;
        if (u.view().status().equals("APPLYING")) {
            rows = BankReturnFile.read(new ByteArrayInputStream(content.get()), null, limits).rows();
        } else {
            jdbc.sql("update bank_return_upload set status = 'VALIDATING' where id = ? and status = 'QUEUED'").param(id).update();
            Optional<List<BankReturnFile.Row>> valid = validate(u, content.get());
            if (valid.isEmpty()) {
                return;
            }
            rows = valid.get();
        }
        while (Boolean.TRUE.equals(tx.execute(s -> applyNextChunk(id, rows)))) {
            log.debug("bank return upload {}: chunk applied", id);
        }
        tx.executeWithoutResult(s -> finish(id));
    }

    /** Checks the whole file: the rows when it is valid (then APPLYING), else REJECTED with its problems. */
    private Optional<List<BankReturnFile.Row>> validate(Upload u, byte[] content) {
        UUID id = u.view().id();
        BankReturnFile.Checked checked;
        try {
            PayrollStore.PayrollRow payroll = payrolls.find(u.view().payrollId()).orElseThrow();
            PayrollTransitions.require(payroll.state(), PayrollAction.RECONCILE);
            checked = BankReturnFile.read(new ByteArrayInputStream(content), payrolls.lineStatuses(payroll.id()), limits);
        } catch (SafeguardException refused) {
            checked = new BankReturnFile.Checked(List.of(), List.of(FieldProblem.of("payroll", refused.code().name())), 1);
        }
        BankReturnFile.Checked result = checked;
        if (result.valid()) {
            jdbc.sql("update bank_return_upload set status = 'APPLYING', rows_total = ? where id = ? and status = 'VALIDATING'")
                    .params(result.rows().size(), id).update();
            return Optional.of(result.rows());
        }
        tx.executeWithoutResult(s -> {
            int done = jdbc.sql("""
                            update bank_return_upload set status = 'REJECTED', problem_count = ?, problems = ?, finished_at = ?,
                              content = null where id = ? and status = 'VALIDATING'""")
                    .params(result.problemCount(), encode(result.problems()), PayrollStore.ts(clock.instant()), id).update();
            if (done == 1) {
                audit.record(AuditRecord.of("PAYROLL_BANK_RETURN_REJECTED", "payroll", u.view().payrollId())
                        .detail("upload", id).detail("problems", result.problemCount()).actingAs(u.uploadedBy()));
            }
        });
        log.info("queued bank return {} rejected: {} problem(s)", id, result.problemCount());
        return Optional.empty();
    }

    /** One chunk after the last committed one, with the upload locked; false when there is none left. */
    private boolean applyNextChunk(UUID id, List<BankReturnFile.Row> rows) {
        var progress = jdbc.sql("select status, rows_done, payroll_id from bank_return_upload where id = ? for update")
                .param(id).query((rs, n) -> new Object[]{rs.getString(1), rs.getInt(2), rs.getObject(3, UUID.class)}).single();
        int from = (int) progress[1];
        if (!"APPLYING".equals(progress[0]) || from >= rows.size()) {
            return false;
        }
        PayrollStore.PayrollRow payroll = payrolls.lock((UUID) progress[2]).orElseThrow();
        List<BankReturnFile.Row> slice = rows.subList(from, Math.min(rows.size(), from + BankReturnLines.CHUNK));
        BankReturnLines.Applied a = lines.apply(payroll, slice, id);
        jdbc.sql("""
                        update bank_return_upload set rows_done = rows_done + ?, paid = paid + ?, failed = failed + ?,
                          already = already + ? where id = ? and rows_done = ?""")
                .params(slice.size(), a.paid(), a.failed(), a.already(), id, from).update();
        return true;
    }

    /** The end, once: totals, audit, reconciliation when nothing is pending, APPLIED and the bytes dropped. */
    private void finish(UUID id) {
        var upload = jdbc.sql("select " + COLUMNS + " from bank_return_upload where id = ? for update").param(id)
                .query((rs, n) -> upload(rs)).single();
        BankReturnUpload v = upload.view();
        if (!v.status().equals("APPLYING") || v.rowsTotal() == null || v.rowsDone() < v.rowsTotal()) {
            return;
        }
        PayrollStore.PayrollRow payroll = payrolls.lock(v.payrollId()).orElseThrow();
        bankReturn.finish(payroll, v.rowsTotal(), new BankReturnLines.Applied(v.paid(), v.failed(), v.alreadyRecorded()),
                upload.uploadedBy());
        jdbc.sql("update bank_return_upload set status = 'APPLIED', finished_at = ?, content = null where id = ?")
                .params(PayrollStore.ts(clock.instant()), id).update();
        log.info("queued bank return {} applied: {} row(s)", id, v.rowsTotal());
    }

    /** The upload as the staff member may see it: empty when unknown, of another payroll or outside their regions. */
    Optional<BankReturnUpload> status(UUID payrollId, UUID id, StaffPrincipal staff) {
        return find(id).filter(u -> u.view().payrollId().equals(payrollId))
                .filter(u -> staff.canSee(RegionCode.of(u.regionCode()))).map(Upload::view);
    }

    /** The payroll's latest queued returns, newest first (the caller has checked that the payroll is visible). */
    List<BankReturnUpload> recent(UUID payrollId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from bank_return_upload where payroll_id = ? order by queued_at desc, id")
                .param(payrollId).query((rs, n) -> upload(rs).view()).list().stream().limit(limit).toList();
    }

    /** Uploads not yet applied or rejected, oldest first. */
    List<UUID> unfinished() {
        return jdbc.sql("select id from bank_return_upload where status in ('QUEUED', 'VALIDATING', 'APPLYING') order by queued_at")
                .query(UUID.class).list();
    }

    private Optional<Upload> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from bank_return_upload where id = ?").param(id)
                .query((rs, n) -> upload(rs)).optional();
    }

    private static Upload upload(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer total = rs.getObject(5) == null ? null : rs.getInt(5);
        return new Upload(new BankReturnUpload(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), total, rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                decode(rs.getString(11))), rs.getString(12), rs.getString(13));
    }

    static String encode(List<FieldProblem> problems) {
        StringBuilder b = new StringBuilder();
        for (FieldProblem p : problems) {
            b.append(p.field()).append('\t').append(p.code()).append('\n');
        }
        return b.isEmpty() ? null : b.toString();
    }

    static List<FieldProblem> decode(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length == 2) {
                    problems.add(FieldProblem.of(f[0], f[1]));
                }
            }
        }
        return problems;
    }
}
