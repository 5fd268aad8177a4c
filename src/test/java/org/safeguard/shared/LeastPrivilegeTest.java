package org.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running application may connect as a role with data rights only (afterMigrate.sql). Connected as such a role,
 * the audit log can be read and appended to, and nothing else: no update, delete or truncate of entries, no disabling
 * of the trigger, no DDL. Business tables stay fully usable. PostgreSQL only: H2 is the single-user embedded default.
 */
@SafeguardTest
class LeastPrivilegeTest {

    private static final String ROLE = "safeguard_app_least_privilege_test";

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;

    @BeforeEach
    void anApplicationRole() {
        boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData()
                .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        assumeTrue(postgres, "PostgreSQL only: roles and grants");
        if (jdbc.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class, ROLE) == 0) {
            jdbc.execute("create role " + ROLE + " login");
        }
        jdbc.queryForList("select safeguard_grant_app_role('" + ROLE + "')");
    }

    @Test
    void theApplicationRoleReadsAndAppendsTheAuditLogButCannotRewriteIt() throws SQLException {
        try (Connection c = asApplicationRole()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("select count(*) from audit_entry").close();
                s.executeUpdate("update audit_chain_head set last_seq = last_seq where id = 1");
                for (String refused : List.of("update audit_entry set details = null where seq = 1",
                        "delete from audit_entry where seq = 1", "truncate audit_entry",
                        "alter table audit_entry disable trigger audit_entry_no_update",
                        "delete from audit_chain_head", "drop table audit_entry", "create table intruder (x int)",
                        "delete from flyway_schema_history")) {
                    s.execute("savepoint attempt");
                    assertThatThrownBy(() -> s.execute(refused)).as(refused)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                    .as(refused).isIn("42501", "42P01"));
                    s.execute("rollback to savepoint attempt");
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theApplicationRoleUsesEveryBusinessTableAndAsksForStatisticsThroughTheOwner() throws SQLException {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).contains("household", "payroll_line", "casework_case");
        try (Connection c = asApplicationRole(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : tables) {
                s.executeQuery("select * from " + table + " limit 1").close();
                if (!table.startsWith("audit_") && !table.equals("flyway_schema_history")) {
                    s.executeUpdate("delete from " + table + " where false");
                    s.executeUpdate("update " + table + " set " + firstColumn(table) + " = " + firstColumn(table) + " where false");
                }
            }
            s.executeQuery("select safeguard_analyze('payroll_line')").close();
            c.rollback();
        }
    }

    private String firstColumn(String table) {
        return jdbc.queryForObject("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position limit 1""",
                String.class, table);
    }

    private Connection asApplicationRole() throws SQLException {
        // the local and CI PostgreSQL trust local connections: the role needs no password here
        return DriverManager.getConnection(url, ROLE, "");
    }
}
