package org.safeguard.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering with the audit tables as an attacker with database access would: on PostgreSQL that attacker must first
 * disable the append-only trigger (and the test puts it back); on H2 the hash chain is the only guard.
 */
final class AuditAttacker {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    AuditAttacker(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    boolean postgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void tamper(Runnable tampering) {
        boolean pg = postgres();
        if (pg) {
            jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update");
        }
        try {
            tampering.run();
        } finally {
            if (pg) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update");
            }
        }
    }
}
