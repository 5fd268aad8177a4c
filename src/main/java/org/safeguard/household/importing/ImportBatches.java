package org.safeguard.household.importing;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of each import (import_batch): its counts and its first problems, for the report and errors.csv. */
@Repository
class ImportBatches {

    private final JdbcTemplate jdbc;

    ImportBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Batch(UUID id, String fileName, String uploadedBy, String scopeRegion, String mode, String status,
                 int rows, int inserted, int skipped, int invalid, int persons, int problemCount, String problems,
                 OffsetDateTime createdAt) {
    }

    void saveBatch(Batch b) {
        jdbc.update("""
                insert into import_batch (id, file_name, uploaded_by, scope_region, mode, status, row_count,
                    households_inserted, households_skipped, households_invalid, persons_inserted, problem_count, problems, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                b.id(), b.fileName(), b.uploadedBy(), b.scopeRegion(), b.mode(), b.status(), b.rows(), b.inserted(),
                b.skipped(), b.invalid(), b.persons(), b.problemCount(), b.problems(), b.createdAt());
    }

    Optional<Batch> findBatch(UUID id) {
        return jdbc.query("select * from import_batch where id = ?", (rs, i) -> new Batch(rs.getObject("id", UUID.class),
                rs.getString("file_name"), rs.getString("uploaded_by"), rs.getString("scope_region"), rs.getString("mode"),
                rs.getString("status"), rs.getInt("row_count"), rs.getInt("households_inserted"),
                rs.getInt("households_skipped"), rs.getInt("households_invalid"), rs.getInt("persons_inserted"),
                rs.getInt("problem_count"), rs.getString("problems"), rs.getObject("created_at", OffsetDateTime.class)), id)
                .stream().findFirst();
    }
}
