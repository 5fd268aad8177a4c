package org.safeguard.household.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of each import (import_batch): its counts and its first problems, for the report and errors.csv; and,
 * for a queued import, its progress and the staged file (import_upload) until its job has finished.
 */
@Repository
class ImportBatches {

    /** The states in which a queued import's job still has work to do. */
    static final List<String> UNFINISHED = List.of("QUEUED", "VALIDATING", "IMPORTING");

    private final JdbcTemplate jdbc;

    ImportBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Batch(UUID id, String fileName, String uploadedBy, String scopeRegion, String mode, String status,
                 int rows, int inserted, int skipped, int invalid, int persons, int problemCount, String problems,
                 OffsetDateTime createdAt, Integer rowsTotal) {

        Batch(UUID id, String fileName, String uploadedBy, String scopeRegion, String mode, String status,
              int rows, int inserted, int skipped, int invalid, int persons, int problemCount, String problems,
              OffsetDateTime createdAt) {
            this(id, fileName, uploadedBy, scopeRegion, mode, status, rows, inserted, skipped, invalid, persons,
                    problemCount, problems, createdAt, rows);
        }
    }

    /** A queued file: the bytes as uploaded. */
    record Staged(long size, byte[] content) {
    }

    void saveBatch(Batch b) {
        jdbc.update("""
                insert into import_batch (id, file_name, uploaded_by, scope_region, mode, status, row_count,
                    households_inserted, households_skipped, households_invalid, persons_inserted, problem_count, problems,
                    created_at, rows_total)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.id(), b.fileName(), b.uploadedBy(), b.scopeRegion(), b.mode(), b.status(), b.rows(), b.inserted(),
                b.skipped(), b.invalid(), b.persons(), b.problemCount(), b.problems(), b.createdAt(), b.rowsTotal());
    }

    /**
     * Writes a queued import's outcome, only while it is still unfinished; false (and nothing written) when another
     * run has already finished it, so that a second run never imports twice.
     */
    boolean completeBatch(Batch b) {
        return jdbc.update("""
                update import_batch set status = ?, row_count = ?, rows_total = ?, households_inserted = ?,
                    households_skipped = ?, households_invalid = ?, persons_inserted = ?, problem_count = ?, problems = ?
                where id = ? and status in ('QUEUED', 'VALIDATING', 'IMPORTING')""",
                b.status(), b.rows(), b.rowsTotal(), b.inserted(), b.skipped(), b.invalid(), b.persons(),
                b.problemCount(), b.problems(), b.id()) == 1;
    }

    /** Moves an unfinished import to a later state with its counts so far; false when it is already finished. */
    boolean progress(UUID id, String status, int rowsRead, Integer rowsTotal, int problems) {
        return jdbc.update("""
                update import_batch set status = ?, row_count = ?, rows_total = ?, problem_count = ?
                where id = ? and status in ('QUEUED', 'VALIDATING', 'IMPORTING')""",
                status, rowsRead, rowsTotal, problems, id) == 1;
    }

    void stage(UUID id, long size, InputStream content) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into import_upload (batch_id, file_size, content) values (?, ?, ?)");
            ps.setObject(1, id);
            ps.setLong(2, size);
            ps.setBinaryStream(3, content, size);
            return ps;
        });
    }

    Optional<Staged> staged(UUID id) {
        return jdbc.query("select file_size, content from import_upload where batch_id = ?", (rs, i) -> {
            try (InputStream in = rs.getBinaryStream("content")) {
                return new Staged(rs.getLong("file_size"), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, id).stream().findFirst();
    }

    void unstage(UUID id) {
        jdbc.update("delete from import_upload where batch_id = ?", id);
    }

    /** Queued imports whose job has not finished (for a resume after a restart that lost the job's schedule). */
    List<UUID> unfinished() {
        return jdbc.queryForList("select id from import_batch where status in ('QUEUED', 'VALIDATING', 'IMPORTING')", UUID.class);
    }

    Optional<Batch> findBatch(UUID id) {
        return jdbc.query("select * from import_batch where id = ?", (rs, i) -> new Batch(rs.getObject("id", UUID.class),
                rs.getString("file_name"), rs.getString("uploaded_by"), rs.getString("scope_region"), rs.getString("mode"),
                rs.getString("status"), rs.getInt("row_count"), rs.getInt("households_inserted"),
                rs.getInt("households_skipped"), rs.getInt("households_invalid"), rs.getInt("persons_inserted"),
                rs.getInt("problem_count"), rs.getString("problems"), rs.getObject("created_at", OffsetDateTime.class),
                (Integer) rs.getObject("rows_total")), id)
                .stream().findFirst();
    }
}
