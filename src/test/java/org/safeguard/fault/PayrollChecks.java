package org.safeguard.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the fault tests read off the tables themselves, never through the application under test. */
final class PayrollChecks {

    private PayrollChecks() {
    }

    static long lines(JdbcClient db, UUID payroll) {
        return db.sql("select count(*) from payroll_line where payroll_id = ?").param(payroll).query(Long.class).single();
    }

    /** The payroll's state, or null while the database cannot answer. */
    static String state(JdbcClient db, UUID payroll) {
        try {
            return db.sql("select state from payroll where id = ?").param(payroll).query(String.class).single();
        } catch (RuntimeException databaseNotAnswering) {
            return null;
        }
    }

    /** Whether every chunk is written (processed reached the payees counted at the start): the node is finishing. */
    static boolean allChunksDone(JdbcClient db, UUID payroll) {
        return db.sql("select processed >= total_payees from payroll_job where payroll_id = ?").param(payroll)
                .query(Boolean.class).single();
    }

    /** No payee has two lines, and the payroll's line count and total equal its lines. */
    static void paidOnceWithHonestTotals(JdbcClient db, UUID payroll) {
        assertThat(db.sql("select count(*) from (select payee_id from payroll_line where payroll_id = ? group by payee_id having count(*) > 1) d")
                .param(payroll).query(Long.class).single()).as("payees with two lines").isZero();
        Map<String, Object> totals = db.sql("""
                select p.line_count, p.total_amount, (select count(*) from payroll_line l where l.payroll_id = p.id) as lines,
                  (select coalesce(sum(l.amount), 0) from payroll_line l where l.payroll_id = p.id) as sum
                from payroll p where p.id = ?""").param(payroll).query().singleRow();
        assertThat(((Number) totals.get("line_count")).longValue()).as("line count").isEqualTo(((Number) totals.get("lines")).longValue());
        assertThat((BigDecimal) totals.get("total_amount")).as("total").isEqualByComparingTo((BigDecimal) totals.get("sum"));
    }

    static boolean reachable(String server, String user) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "postgres", user, "")) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    /** Drops and creates the test's own database on the server (never the suite's). */
    static void freshDatabase(String server, String user, String database) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "postgres", user, "");
             var s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
    }

    /** Polls the tables until the condition holds; the fault tests kill a node the moment it does. */
    static void await(Supplier<Boolean> condition, Duration timeout, String what) {
        org.awaitility.Awaitility.await(what + " (node logs in target/fault)").atMost(timeout)
                .pollInterval(Duration.ofMillis(20)).ignoreExceptions().until(() -> Boolean.TRUE.equals(condition.get()));
    }
}
