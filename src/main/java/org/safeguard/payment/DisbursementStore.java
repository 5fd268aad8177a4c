package org.safeguard.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The window disbursements and their items. Callers hold the transaction. */
@Repository
class DisbursementStore {

    record Row(UUID id, String regionCode, String payeeKind, UUID payeeId, String payeeName, String payeeIdNumber,
               String payeeKey, String caseRef, int instalment, String kind, long amountFen, String signedBy,
               String agentName, String agentRelationship, Instant signedAt, String witnessedBy, String state,
               String recordedBy, Instant recordedAt, String confirmedBy, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    DisbursementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** No ON CONFLICT: a second submission of the same instalment must fail with a duplicate key for the caller. */
    void insert(Row r, List<DisbursementView.Item> items) {
        jdbc.sql("""
                insert into cash_disbursement (id, region_code, payee_kind, payee_id, payee_name, payee_id_number, payee_key,
                  case_ref, instalment, kind, amount_fen, signed_by, agent_name, agent_relationship, signed_at, witnessed_by,
                  state, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?, ?)""")
                .params(r.id(), r.regionCode(), r.payeeKind(), r.payeeId(), r.payeeName(), r.payeeIdNumber(), r.payeeKey(),
                        r.caseRef(), r.instalment(), r.kind(), r.amountFen(), r.signedBy(), r.agentName(),
                        r.agentRelationship(), PayrollStore.ts(r.signedAt()), r.witnessedBy(), r.recordedBy(),
                        PayrollStore.ts(r.recordedAt()))
                .update();
        int seq = 0;
        for (DisbursementView.Item item : items) {
            jdbc.sql("""
                    insert into cash_disbursement_item (disbursement_id, seq, name, quantity, unit, unit_value_fen, value_fen)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.id(), ++seq, item.name(), item.quantity(), item.unit(), item.unitValueFen(), item.valueFen())
                    .update();
        }
    }

    /** Whether a one-off bank line already pays this payee's instalment of the case (the same never-twice key). */
    boolean paidByBank(String payeeKind, UUID payeeId, String caseRef, int instalment) {
        return jdbc.sql("""
                select count(*) from payroll_line where payment_purpose = 'ONE_OFF' and payee_kind = ? and payee_id = ?
                  and case_ref = ? and instalment = ? and status <> 'FAILED'""")
                .params(payeeKind, payeeId, caseRef, instalment).query(Long.class).single() > 0;
    }

    Optional<Row> find(UUID id, boolean lock) {
        return jdbc.sql("select * from cash_disbursement where id = ?" + (lock ? " for update" : "")).param(id)
                .query(DisbursementStore::row).optional();
    }

    List<DisbursementView.Item> items(UUID id) {
        return jdbc.sql("select * from cash_disbursement_item where disbursement_id = ? order by seq").param(id)
                .query((rs, n) -> new DisbursementView.Item(rs.getString("name"), rs.getBigDecimal("quantity")
                        .stripTrailingZeros(), rs.getString("unit"), rs.getLong("unit_value_fen"), rs.getLong("value_fen")))
                .list();
    }

    /** The state change is conditional, so two confirmations at once leave one. */
    boolean confirm(UUID id, String by, Instant at) {
        return jdbc.sql("""
                update cash_disbursement set state = 'CONFIRMED', confirmed_by = ?, confirmed_at = ?
                where id = ? and state = 'RECORDED'""").params(by, PayrollStore.ts(at), id).update() == 1;
    }

    /** Newest first within the scope pattern; one extra row tells whether a next page exists. */
    List<Row> list(String scopeLike, String regionLike, Instant from, Instant to, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from cash_disbursement where region_code like :scope");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("scope", scopeLike, "offset", offset, "limit", limit));
        if (regionLike != null) {
            sql.append(" and region_code like :region");
            params.put("region", regionLike);
        }
        if (from != null) {
            sql.append(" and recorded_at >= :from");
            params.put("from", PayrollStore.ts(from));
        }
        if (to != null) {
            sql.append(" and recorded_at < :to");
            params.put("to", PayrollStore.ts(to));
        }
        sql.append(" order by recorded_at desc, id offset :offset rows fetch next :limit rows only");
        return jdbc.sql(sql.toString()).params(params).query(DisbursementStore::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("payee_kind"),
                rs.getObject("payee_id", UUID.class), rs.getString("payee_name"), rs.getString("payee_id_number"),
                rs.getString("payee_key"), rs.getString("case_ref"), rs.getInt("instalment"), rs.getString("kind"),
                rs.getLong("amount_fen"), rs.getString("signed_by"), rs.getString("agent_name"),
                rs.getString("agent_relationship"), instant(rs, "signed_at"), rs.getString("witnessed_by"),
                rs.getString("state"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
                rs.getString("confirmed_by"), instant(rs, "confirmed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
