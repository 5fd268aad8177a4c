package org.safeguard.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.safeguard.shared.Masking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for payrolls, their jobs, lines and transitions. Callers hold the transaction. */
@Repository
class PayrollStore {

    static final String LINE_COLUMNS = "id, payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq, region_code, "
            + "payee_name, bank_name, bank_account, amount, change_reason, reissue_of";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NamedParameterJdbcTemplate named;
    private final LineComponentStore components;

    PayrollStore(JdbcClient jdbc, JdbcTemplate template, NamedParameterJdbcTemplate named, LineComponentStore components) {
        this.jdbc = jdbc;
        this.template = template;
        this.named = named;
        this.components = components;
    }

    record PayrollRow(UUID id, String benefit, String regionCode, YearMonth month, String purpose, PayrollState state,
                      int lineCount, BigDecimal totalAmount, int paidCount, int failedCount, String fileHash,
                      LocalDate dueDate, String createdBy, Instant createdAt, Instant generatedAt, String approvedBy,
                      Instant approvedAt, String exportedBy, Instant exportedAt, Instant reconciledAt) {
    }

    static String openKey(String benefit, String region, YearMonth month, String purpose) {
        return benefit + "/" + region + "/" + month + "/" + purpose;
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    void insertPayroll(UUID id, String benefit, String region, YearMonth month, String purpose, LocalDate dueDate,
                       String createdBy, Instant now) {
        jdbc.sql("""
                insert into payroll (id, benefit, region_code, pay_month, purpose, state, open_key, due_date, created_by, created_at)
                values (?, ?, ?, ?, ?, 'GENERATING', ?, ?, ?, ?)""")
                .params(id, benefit, region, month.atDay(1), purpose, openKey(benefit, region, month, purpose), dueDate,
                        createdBy, ts(now))
                .update();
    }

    Optional<PayrollRow> find(UUID id) {
        return jdbc.sql("select * from payroll where id = ?").param(id).query(PayrollStore::payroll).optional();
    }

    Optional<PayrollRow> lock(UUID id) {
        return jdbc.sql("select * from payroll where id = ? for update").param(id).query(PayrollStore::payroll).optional();
    }

    Optional<UUID> openPayroll(String benefit, String region, YearMonth month, String purpose) {
        return jdbc.sql("select id from payroll where open_key = ?").param(openKey(benefit, region, month, purpose))
                .query(UUID.class).optional();
    }

    List<PayrollRow> list(String scopeLike, String regionCode, YearMonth month, String benefit, int limit) {
        StringBuilder sql = new StringBuilder("select * from payroll where region_code like :scope");
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scopeLike);
        if (regionCode != null) {
            sql.append(" and region_code = :region");
            params.addValue("region", regionCode);
        }
        if (month != null) {
            sql.append(" and pay_month = :month");
            params.addValue("month", month.atDay(1));
        }
        if (benefit != null) {
            sql.append(" and benefit = :benefit");
            params.addValue("benefit", benefit);
        }
        sql.append(" order by pay_month desc, created_at desc limit ").append(limit);
        return named.query(sql.toString(), params, (rs, n) -> payroll(rs, n));
    }

    void changeState(UUID id, PayrollState to, PayrollAction action, String actor, Instant now) {
        String stamp = switch (action) {
            case FINISH_GENERATION -> ", generated_at = :now";
            case APPROVE -> ", approved_by = :actor, approved_at = :now";
            case EXPORT -> ", exported_by = coalesce(exported_by, :actor), exported_at = coalesce(exported_at, :now)";
            case RECONCILE -> ", reconciled_at = :now";
            case CANCEL, START -> "";
        };
        String openKey = to.open() ? "open_key" : "null";
        named.update("update payroll set state = :state, open_key = " + openKey + stamp + " where id = :id",
                new MapSqlParameterSource("state", to.name()).addValue("id", id).addValue("actor", actor)
                        .addValue("now", ts(now)));
    }

    void recordTransition(UUID payrollId, PayrollState from, PayrollState to, PayrollAction action, String actor,
                          Instant now, String reason) {
        jdbc.sql("""
                insert into payroll_transition (payroll_id, from_state, to_state, action, actor, occurred_at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(payrollId, from == null ? null : from.name(), to.name(), action.name(), actor, ts(now), reason)
                .update();
    }

    List<PayrollTransitionView> transitions(UUID payrollId) {
        return jdbc.sql("select * from payroll_transition where payroll_id = ? order by id").param(payrollId)
                .query((rs, n) -> new PayrollTransitionView(
                        rs.getString("from_state") == null ? null : PayrollState.valueOf(rs.getString("from_state")),
                        PayrollState.valueOf(rs.getString("to_state")), PayrollAction.valueOf(rs.getString("action")),
                        rs.getString("actor"), instant(rs, "occurred_at"), rs.getString("reason")))
                .list();
    }

    /** Recounts the control totals from the lines themselves, in one pass over the payroll's lines. */
    void recomputeTotals(UUID payrollId) {
        var totals = jdbc.sql("""
                select count(*) as lines, coalesce(sum(amount), 0) as total,
                  count(case when status = 'PAID' then 1 end) as paid,
                  count(case when status in ('FAILED', 'REISSUED') then 1 end) as failed
                from payroll_line where payroll_id = ?""").param(payrollId).query().singleRow();
        jdbc.sql("update payroll set line_count = ?, total_amount = ?, paid_count = ?, failed_count = ? where id = ?")
                .params(((Number) totals.get("lines")).intValue(), totals.get("total"),
                        ((Number) totals.get("paid")).intValue(), ((Number) totals.get("failed")).intValue(), payrollId)
                .update();
    }

    void setFileHash(UUID payrollId, String hash) {
        jdbc.sql("update payroll set file_hash = ? where id = ?").params(hash, payrollId).update();
    }

    // ---- lines ----

    /**
     * Inserts lines that do not exist yet, each with its components; a line the constraint already holds is skipped,
     * never duplicated, and so are its components.
     */
    int insertLines(UUID payrollId, String benefit, PayeeKind kind, YearMonth month, String lineKind,
                    List<PayableLine> lines, UUID reissueOf, int kindSeq) {
        if (lines.isEmpty()) {
            return 0;
        }
        String sql = "insert into payroll_line (" + LINE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict do nothing";
        LocalDate first = month.atDay(1);
        List<UUID> ids = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ids.add(components.newLineId());
        }
        int[] index = {0};
        int[][] counts = template.batchUpdate(sql, lines, 1000, (ps, l) -> {
            ps.setObject(1, ids.get(index[0]++));
            ps.setObject(2, payrollId);
            ps.setString(3, benefit);
            ps.setString(4, kind.name());
            ps.setObject(5, l.payeeId());
            ps.setObject(6, first);
            ps.setString(7, lineKind);
            ps.setInt(8, kindSeq);
            ps.setString(9, l.regionCode());
            ps.setString(10, l.payeeName());
            ps.setString(11, l.bankName());
            ps.setString(12, l.bankAccount());
            ps.setBigDecimal(13, l.amount());
            ps.setString(14, l.changeReason());
            ps.setObject(15, reissueOf);
        });
        int inserted = 0;
        int i = 0;
        java.util.Map<UUID, LineComponents> written = new java.util.LinkedHashMap<>();
        for (int[] batch : counts) {
            for (int n : batch) {
                // A driver that cannot tell (SUCCESS_NO_INFO) is asked by the table which ids it holds.
                if (n > 0 || n == java.sql.Statement.SUCCESS_NO_INFO) {
                    written.put(ids.get(i), lines.get(i).components());
                }
                inserted += Math.max(n, 0);
                i++;
            }
        }
        if (written.size() != inserted) {
            written.keySet().retainAll(existingIds(payrollId, written.keySet()));
            inserted = written.size();
        }
        components.insert(payrollId, written);
        return inserted;
    }

    private java.util.Set<UUID> existingIds(UUID payrollId, java.util.Collection<UUID> ids) {
        return new java.util.HashSet<>(named.queryForList("select id from payroll_line where payroll_id = :payroll and id in (:ids)",
                new MapSqlParameterSource("payroll", payrollId).addValue("ids", ids), UUID.class));
    }

    List<PayrollLineView> lines(UUID payrollId, String status, int limit) {
        String sql = "select * from payroll_line where payroll_id = ?" + (status == null ? "" : " and status = ?")
                + " order by id limit " + limit;
        Object[] args = status == null ? new Object[]{payrollId} : new Object[]{payrollId, status};
        List<PayrollLineView> bare = template.query(sql, (rs, n) -> lineView(rs, null), args);
        if (bare.isEmpty()) {
            return bare;
        }
        String benefit = jdbc.sql("select benefit from payroll where id = ?").param(payrollId).query(String.class).single();
        var parts = components.forLines(payrollId, benefit, bare.stream().map(PayrollLineView::id).toList());
        return bare.stream().map(l -> l.withComponents(parts.get(l.id()))).toList();
    }

    Optional<LineRow> lockLine(UUID payrollId, UUID lineId) {
        return jdbc.sql("select * from payroll_line where payroll_id = ? and id = ? for update").params(payrollId, lineId)
                .query((rs, n) -> lineRow(rs, components.forLine(payrollId, rs.getString("benefit"), lineId))).optional();
    }

    /** Full line data, for the bank file and re-issue only. */
    record LineRow(UUID id, UUID payeeId, PayeeKind payeeKind, String regionCode, String payeeName, String bankName,
                   String bankAccount, BigDecimal amount, LineComponents components, String changeReason,
                   String lineKind, int kindSeq, String status) {

        @Override
        public String toString() {
            return "LineRow[" + id + "]";
        }
    }

    /** One row of the bank file: only the columns the file carries. */
    record FileRow(UUID id, String lineKind, PayeeKind payeeKind, UUID payeeId, String regionCode, String payeeName,
                   String bankName, String bankAccount, BigDecimal amount, String changeReason) {

        @Override
        public String toString() {
            return "FileRow[" + id + "]";
        }
    }

    /** Streams the lines in line-id order, the order of the bank file. */
    void forEachLine(UUID payrollId, Consumer<FileRow> consumer) {
        template.query(con -> {
            var ps = con.prepareStatement("""
                    select id, line_kind, payee_kind, payee_id, region_code, payee_name, bank_name, bank_account, amount,
                      change_reason
                    from payroll_line where payroll_id = ? order by id""");
            ps.setObject(1, payrollId);
            ps.setFetchSize(10_000);
            return ps;
        }, (RowCallbackHandler) rs -> consumer.accept(new FileRow(rs.getObject(1, UUID.class), rs.getString(2),
                PayeeKind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10))));
    }

    /** Line id → status, for validating a bank return. */
    java.util.Map<UUID, String> lineStatuses(UUID payrollId) {
        java.util.Map<UUID, String> statuses = new java.util.HashMap<>();
        template.query("select id, status from payroll_line where payroll_id = ?",
                (RowCallbackHandler) rs -> statuses.put(rs.getObject("id", UUID.class), rs.getString("status")), payrollId);
        return statuses;
    }

    /** Each row: status, reason, line id, payroll id. Only pending lines change. */
    void setLineResults(List<Object[]> statusReasonLinePayroll) {
        template.batchUpdate("update payroll_line set status = ?, result_reason = ? where id = ? and payroll_id = ? "
                + "and status = 'PENDING'", statusReasonLinePayroll);
    }

    /** The re-issue of a failed line takes over the failed line's payment purpose, case and instalment. */
    void carryPurpose(UUID failedLineId) {
        jdbc.sql("""
                update payroll_line set payment_purpose = (select f.payment_purpose from payroll_line f where f.id = ?),
                  case_ref = (select f.case_ref from payroll_line f where f.id = ?),
                  instalment = (select f.instalment from payroll_line f where f.id = ?)
                where reissue_of = ?""").params(failedLineId, failedLineId, failedLineId, failedLineId).update();
    }

    int markReissued(UUID lineId) {
        return jdbc.sql("update payroll_line set status = 'REISSUED' where id = ? and status = 'FAILED'").param(lineId).update();
    }

    int nextReissueSeq(String benefit, PayeeKind kind, UUID payeeId, YearMonth month) {
        return jdbc.sql("""
                select coalesce(max(kind_seq), 0) + 1 from payroll_line
                where benefit = ? and payee_kind = ? and payee_id = ? and pay_month = ? and line_kind = 'REISSUE'""")
                .params(benefit, kind.name(), payeeId, month.atDay(1)).query(Integer.class).single();
    }

    long pendingLines(UUID payrollId) {
        return jdbc.sql("select count(*) from payroll_line where payroll_id = ? and status = 'PENDING'").param(payrollId)
                .query(Long.class).single();
    }

    /** Failed lines whose re-issue sits in this payroll become failed again (used when it is cancelled). */
    void revertReissued(UUID payrollId) {
        jdbc.sql("""
                update payroll_line set status = 'FAILED'
                where id in (select reissue_of from payroll_line where payroll_id = ? and reissue_of is not null)""")
                .param(payrollId).update();
    }

    void deleteLines(UUID payrollId) {
        components.deleteForPayroll(payrollId);
        jdbc.sql("delete from payroll_line where payroll_id = ?").param(payrollId).update();
    }

    // ---- mapping ----

    private static PayrollRow payroll(ResultSet rs, int n) throws SQLException {
        return new PayrollRow(rs.getObject("id", UUID.class), rs.getString("benefit"), rs.getString("region_code"),
                YearMonth.from(rs.getObject("pay_month", LocalDate.class)), rs.getString("purpose"),
                PayrollState.valueOf(rs.getString("state")), rs.getInt("line_count"), rs.getBigDecimal("total_amount"),
                rs.getInt("paid_count"), rs.getInt("failed_count"), rs.getString("file_hash"),
                rs.getObject("due_date", LocalDate.class), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "generated_at"), rs.getString("approved_by"), instant(rs, "approved_at"),
                rs.getString("exported_by"), instant(rs, "exported_at"), instant(rs, "reconciled_at"));
    }

    private static LineRow lineRow(ResultSet rs, LineComponents components) throws SQLException {
        return new LineRow(rs.getObject("id", UUID.class), rs.getObject("payee_id", UUID.class),
                PayeeKind.valueOf(rs.getString("payee_kind")), rs.getString("region_code"), rs.getString("payee_name"),
                rs.getString("bank_name"), rs.getString("bank_account"), rs.getBigDecimal("amount"), components,
                rs.getString("change_reason"), rs.getString("line_kind"), rs.getInt("kind_seq"), rs.getString("status"));
    }

    private static PayrollLineView lineView(ResultSet rs, LineComponents components) throws SQLException {
        return new PayrollLineView(rs.getObject("id", UUID.class), rs.getObject("payroll_id", UUID.class),
                PayeeKind.valueOf(rs.getString("payee_kind")), rs.getObject("payee_id", UUID.class),
                rs.getString("region_code"), Masking.name(rs.getString("payee_name")), rs.getString("bank_name"),
                Masking.bankAccount(rs.getString("bank_account")), rs.getBigDecimal("amount"), components,
                rs.getString("change_reason"), rs.getString("line_kind"), rs.getInt("kind_seq"), rs.getString("status"),
                rs.getString("result_reason"), rs.getObject("reissue_of", UUID.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
