package org.safeguard.pricesubsidy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.household.importing.ImportProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large covered-group list as a queued import: the file is kept in price_list_upload as QUEUED (one transaction,
 * audited), and its job then checks and imports it with the same {@link GroupListImport} rules as a request, all or
 * nothing in one transaction. A run is idempotent: it works only on an unfinished upload, and its transaction
 * finishes the upload only if no other run did (else it rolls back), so a revived or repeated job never imports twice.
 */
@Component
class QueuedGroupLists {

    static final List<String> UNFINISHED = List.of("QUEUED", "RUNNING");
    private static final Logger log = LoggerFactory.getLogger(QueuedGroupLists.class);

    private record Upload(UUID id, String regionCode, String group, String department, String fileName, String uploadedBy,
                          String status, long fileSize, byte[] content) {
    }

    private static final class AlreadyFinished extends RuntimeException {
    }

    private final GroupListImport lists;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    QueuedGroupLists(GroupListImport lists, JdbcClient jdbc, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.lists = lists;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Stores the file as QUEUED; the caller schedules the job once this has committed. */
    UUID stage(GroupListImport.Request request, RegionCode scope, String username, long size) {
        UUID id = UUID.randomUUID();
        String fileName = request.fileName() == null ? null : request.fileName().substring(0, Math.min(200, request.fileName().length()));
        byte[] bytes;
        try (InputStream in = request.content().getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into price_list_upload (id, region_code, group_code, department, file_name, uploaded_by, status,
                      row_count, problem_count, queued_at, file_size, content) values (?, ?, ?, ?, ?, ?, 'QUEUED', 0, 0, ?, ?, ?)""")
                    .params(id, scope.value(), request.group(), request.department().strip(), fileName, username,
                            PriceStore.ts(clock.instant()), size, bytes).update();
            audit.record(AuditRecord.of("PRICE_LIST_QUEUED", "price_list_upload", id).detail("region", scope.value())
                    .detail("group", request.group()).detail("bytes", size));
        });
        return id;
    }

    /** Runs a queued list to its end; does nothing when it is already finished (or unknown). */
    void run(UUID id) {
        Optional<Upload> found = jdbc.sql("""
                        select id, region_code, group_code, department, file_name, uploaded_by, status, file_size, content
                        from price_list_upload where id = ? and status in ('QUEUED', 'RUNNING') and content is not null""")
                .param(id).query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getBytes(9)))
                .optional();
        if (found.isEmpty()) {
            log.info("price list upload {} has nothing left to do", id);
            return;
        }
        Upload u = found.get();
        jdbc.sql("update price_list_upload set status = 'RUNNING' where id = ? and status = 'QUEUED'").param(id).update();
        GroupListImport.Request request = new GroupListImport.Request(u.regionCode(), u.group(), u.department(),
                u.fileName(), new ByteArrayResource(u.content()));
        try {
            GroupListImport.Result r = tx.execute(s -> {
                try {
                    GroupListImport.Result result = lists.importChecked(request, RegionCode.of(u.regionCode()), u.uploadedBy());
                    int done = jdbc.sql("""
                                    update price_list_upload set status = ?, row_count = ?, problem_count = ?, problems = ?,
                                      import_id = ?, finished_at = ?, content = null
                                    where id = ? and status in ('QUEUED', 'RUNNING')""")
                            .params(result.accepted() ? "IMPORTED" : "REJECTED", result.rows(), result.problems().size(),
                                    encode(result.problems()), result.importId(), PriceStore.ts(clock.instant()), id)
                            .update();
                    if (done != 1) {
                        throw new AlreadyFinished();
                    }
                    return result;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            log.info("queued price list {} finished: {}", id, r.accepted() ? "IMPORTED" : "REJECTED");
        } catch (AlreadyFinished e) {
            log.info("price list upload {} was finished by another run; this run wrote nothing", id);
        }
    }

    /** The upload as the staff member may see it: empty when unknown or outside their regions. */
    Optional<GroupListUpload> status(UUID id, StaffPrincipal staff) {
        return jdbc.sql("""
                        select id, status, region_code, group_code, file_name, row_count, problem_count, import_id, problems
                        from price_list_upload where id = ?""").param(id)
                .query((rs, n) -> new GroupListUpload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getObject(8, UUID.class), decode(rs.getString(9))))
                .optional().filter(s -> staff.canSee(RegionCode.of(s.regionCode())));
    }

    /** Uploads not yet imported or rejected, oldest first. */
    List<UUID> unfinished() {
        return jdbc.sql("select id from price_list_upload where status in ('QUEUED', 'RUNNING') order by queued_at")
                .query(UUID.class).list();
    }

    static String encode(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (ImportProblem p : problems) {
            b.append(p.row()).append('\t').append(p.column() == null ? "" : p.column()).append('\t').append(p.code()).append('\n');
        }
        return b.toString();
    }

    static List<ImportProblem> decode(String text) {
        List<ImportProblem> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 3) {
                problems.add(new ImportProblem(Integer.parseInt(f[0]), f[1].isEmpty() ? null : f[1], f[2],
                        "validation." + f[2], List.of()));
            }
        }
        return problems;
    }
}
