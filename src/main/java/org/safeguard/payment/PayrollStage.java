package org.safeguard.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based path of a large payroll: the month's lines are computed once, in one INSERT ... SELECT of the source's
 * own SELECT into {@code payroll_stage}, and then copied into {@code payroll_line} in large chunks by position. The
 * copy names its conflict target (the never-twice key), so a chunk that runs again after a crash skips the lines it
 * already wrote and any other unique violation still fails loudly. Callers hold the transaction.
 */
@Repository
class PayrollStage {

    /** The upper bound of the keyset range that makes the source's chunk SELECT cover the whole month. */
    static final UUID END = new UUID(-1L, -1L);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    PayrollStage(JdbcClient jdbc, NamedParameterJdbcTemplate named, DataSource dataSource) {
        this.jdbc = jdbc;
        this.named = named;
        this.dataSource = dataSource;
    }

    /** PostgreSQL gets the named conflict target, the SQL bank-file hash and ANALYZE; H2 runs the portable SQL. */
    boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (var connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot tell the database product", e);
            }
            postgres = known;
        }
        return known;
    }

    /**
     * Stages the lines of the payees after {@code afterId} (the job's checkpoint, or {@link PayrollSource#START}),
     * numbered from 1 in payee order, replacing whatever the stage held for the payroll; returns how many.
     * The source's SELECT yields one row per payee with a column {@code <code>_amount} per declared component code
     * (see {@link PayrollSource#chunkSelectSql()}); they land in the stage's amount slots in that order, and each row
     * gets its line id now, so the copy writes a line and its components from the same staged row.
     */
    long build(UUID payrollId, YearMonth month, String regionCode, String regionPrefix, String chunkSelect,
               boolean sourceChoosesKind, List<String> codes, UUID afterId) {
        jdbc.sql("delete from payroll_stage where payroll_id = ?").param(payrollId).update();
        if (postgres()) {
            // One sort of the month's lines for the numbering: in memory rather than in temporary files.
            jdbc.sql("set local work_mem = '256MB'").update();
        }
        String kindColumns = sourceChoosesKind ? "s.line_kind, s.kind_seq" : "'REGULAR', 1";
        StringBuilder slots = new StringBuilder();
        StringBuilder amounts = new StringBuilder();
        for (int k = 1; k <= codes.size(); k++) {
            slots.append(", amount_").append(k);
            amounts.append(", s.").append(column(codes.get(k - 1)));
        }
        String lineId = postgres() ? "payroll_line_id()" : "gen_random_uuid()";
        String sql = "insert into payroll_stage (payroll_id, n, line_id, payee_id, line_kind, kind_seq, region_code, "
                + "payee_name, bank_name, bank_account" + slots + ", change_reason) select :payroll, "
                + "row_number() over (order by s.payee_id), " + lineId + ", s.payee_id, " + kindColumns
                + ", s.region_code, s.payee_name, s.bank_name, s.bank_account" + amounts + ", s.change_reason from ("
                + chunkSelect + ") s";
        return named.update(sql, new MapSqlParameterSource("payroll", payrollId).addValue("month", month.atDay(1))
                .addValue("region", regionCode).addValue("regionPrefix", regionPrefix).addValue("afterId", afterId)
                .addValue("lastId", END));
    }

    /** The column of the source's SELECT that carries a component: {@code BASE} → {@code base_amount}. */
    static String column(String code) {
        if (!code.matches("[A-Z][A-Z0-9_]{0,23}")) {
            throw new IllegalArgumentException("not a component code: " + code);
        }
        return code.toLowerCase(java.util.Locale.ROOT) + "_amount";
    }

    /** The payee of the staged row at position {@code n}; empty when the stage does not hold it (lost or replaced). */
    Optional<UUID> payeeAt(UUID payrollId, long n) {
        return jdbc.sql("select payee_id from payroll_stage where payroll_id = ? and n = ?").params(payrollId, n)
                .query(UUID.class).optional();
    }

    /**
     * Copies the staged rows at positions (from, to] into the line table, and then their non-zero components into
     * the component table (only for the lines this copy wrote: a line skipped by the never-twice key brings none);
     * returns the lines written.
     */
    int copy(UUID payrollId, String benefit, PayeeKind kind, YearMonth month, List<String> codes, long from, long to) {
        // PostgreSQL: the monthly key (a partial unique index, V55) is the only conflict skipped; H2 cannot name it.
        String conflict = postgres() ? "on conflict (benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq) "
                + "where payment_purpose = 'MONTHLY' do nothing" : "on conflict do nothing";
        StringBuilder sum = new StringBuilder("0");
        StringBuilder slot = new StringBuilder("case v.k");
        StringBuilder values = new StringBuilder();
        for (int k = 1; k <= codes.size(); k++) {
            sum.append(" + s.amount_").append(k);
            slot.append(" when ").append(k).append(" then s.amount_").append(k);
            values.append(k == 1 ? "" : ", ").append("(").append(k).append(", '").append(codes.get(k - 1)).append("')");
        }
        slot.append(" end");
        var params = new MapSqlParameterSource("payroll", payrollId).addValue("benefit", benefit)
                .addValue("kind", kind.name()).addValue("month", month.atDay(1)).addValue("from", from).addValue("to", to);
        String lines = "insert into payroll_line (" + PayrollStore.LINE_COLUMNS + ") select s.line_id, :payroll, :benefit, "
                + ":kind, s.payee_id, :month, s.line_kind, s.kind_seq, s.region_code, s.payee_name, s.bank_name, "
                + "s.bank_account, " + sum + ", s.change_reason, cast(null as uuid) from payroll_stage s "
                + "where s.payroll_id = :payroll and s.n > :from and s.n <= :to " + conflict;
        int written = named.update(lines, params);
        if (written == 0 || codes.isEmpty()) {
            return written;
        }
        // One pass over the chunk's staged rows, one component row per non-zero slot. All lines written: no probe.
        String written_ = written == to - from ? ""
                : " and exists (select 1 from payroll_line l where l.id = s.line_id and l.payroll_id = :payroll)";
        String components = "insert into payroll_line_component (payroll_id, line_id, code, amount) select :payroll, "
                + "s.line_id, v.code, " + slot + " from payroll_stage s cross join (values " + values + ") v(k, code) "
                + "where s.payroll_id = :payroll and s.n > :from and s.n <= :to and " + slot + " <> 0" + written_;
        named.update(components, params);
        return written;
    }

    /**
     * Removes the payroll's staged rows once its job has ended. On PostgreSQL a stage that holds no other payroll is truncated (a DELETE of a
     * million rows costs seconds and leaves them for vacuum); the table lock first waits for any other payroll's
     * uncommitted staging, so the check that nothing else is staged cannot miss it.
     */
    void release(UUID payrollId) {
        boolean staged = jdbc.sql("select exists (select 1 from payroll_stage where payroll_id = ?)").param(payrollId)
                .query(Boolean.class).single();
        if (!staged) {
            return;
        }
        if (postgres()) {
            jdbc.sql("lock table payroll_stage in access exclusive mode").update();
            boolean others = jdbc.sql("select exists (select 1 from payroll_stage where payroll_id <> ?)").param(payrollId)
                    .query(Boolean.class).single();
            if (!others) {
                jdbc.sql("truncate payroll_stage").update();
                return;
            }
        }
        jdbc.sql("delete from payroll_stage where payroll_id = ?").param(payrollId).update();
    }

    /** Fresh statistics for the line table after a payroll has added many lines to it (PostgreSQL only). */
    void analyzeLines() {
        if (postgres()) {
            jdbc.sql("select safeguard_analyze('payroll_line')").query().singleRow();
        }
    }
}
