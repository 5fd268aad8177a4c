package org.safeguard.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the township reserve funds: balances, ledger entries and top-ups. Callers hold the transaction. */
@Repository
class ReserveFundStore {

    record Entry(UUID id, String townshipCode, String kind, BigDecimal amount, String payeeKind, UUID payeeId,
                 String caseRef, Integer instalment, UUID topupId, UUID reverses, String reason, String recordedBy,
                 Instant recordedAt) {
    }

    record Topup(UUID id, String townshipCode, BigDecimal amount, UUID institutionId, String reason, String state,
                 String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, UUID payrollId,
                 Instant bookedAt) {
    }

    record Fund(String townshipCode, BigDecimal balance, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ReserveFundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertEntry(Entry e) {
        jdbc.sql("""
                insert into reserve_fund_entry (id, township_code, kind, amount, payee_kind, payee_id, case_ref, instalment,
                  topup_id, reverses, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.townshipCode(), e.kind(), e.amount(), e.payeeKind(), e.payeeId(), e.caseRef(),
                        e.instalment(), e.topupId(), e.reverses(), e.reason(), e.recordedBy(), PayrollStore.ts(e.recordedAt()))
                .update();
    }

    /**
     * Moves the balance by {@code delta}, only if it stays at or above zero (the CHECK backs it); false when it would
     * not, or when the township has no fund yet and {@code delta} is negative.
     */
    boolean move(String township, BigDecimal delta, Instant now) {
        if (delta.signum() > 0) {
            int updated = jdbc.sql("update reserve_fund set balance = balance + ?, updated_at = ? where township_code = ?")
                    .params(delta, PayrollStore.ts(now), township).update();
            if (updated == 0) {
                jdbc.sql("insert into reserve_fund (township_code, balance, updated_at) values (?, ?, ?)")
                        .params(township, delta, PayrollStore.ts(now)).update();
            }
            return true;
        }
        return jdbc.sql("""
                update reserve_fund set balance = balance + ?, updated_at = ? where township_code = ? and balance + ? >= 0""")
                .params(delta, PayrollStore.ts(now), township, delta).update() == 1;
    }

    Optional<Fund> fund(String township) {
        return jdbc.sql("select * from reserve_fund where township_code = ?").param(township)
                .query((rs, n) -> new Fund(rs.getString("township_code"), rs.getBigDecimal("balance"),
                        PayrollStore.instant(rs, "updated_at"))).optional();
    }

    List<Fund> funds(String scopeLike) {
        return jdbc.sql("select * from reserve_fund where township_code like ? order by township_code").param(scopeLike)
                .query((rs, n) -> new Fund(rs.getString("township_code"), rs.getBigDecimal("balance"),
                        PayrollStore.instant(rs, "updated_at"))).list();
    }

    BigDecimal ledgerSum(String township) {
        return jdbc.sql("select coalesce(sum(amount), 0) from reserve_fund_entry where township_code = ?").param(township)
                .query(BigDecimal.class).single();
    }

    List<Entry> entries(String township, int limit) {
        return jdbc.sql("select * from reserve_fund_entry where township_code = ? order by recorded_at desc, id fetch first "
                + limit + " rows only").param(township).query((rs, n) -> entry(rs)).list();
    }

    Optional<Entry> lockEntry(UUID id) {
        return jdbc.sql("select * from reserve_fund_entry where id = ? for update").param(id).query((rs, n) -> entry(rs))
                .optional();
    }

    void insertTopup(Topup t) {
        jdbc.sql("""
                insert into reserve_fund_topup (id, township_code, amount, institution_id, reason, state, requested_by,
                  requested_at) values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                .params(t.id(), t.townshipCode(), t.amount(), t.institutionId(), t.reason(), t.requestedBy(),
                        PayrollStore.ts(t.requestedAt())).update();
    }

    Optional<Topup> lockTopup(UUID id) {
        return jdbc.sql("select * from reserve_fund_topup where id = ? for update").param(id).query((rs, n) -> topup(rs))
                .optional();
    }

    List<Topup> topups(String township, int limit) {
        return jdbc.sql("select * from reserve_fund_topup where township_code = ? order by requested_at desc, id fetch first "
                + limit + " rows only").param(township).query((rs, n) -> topup(rs)).list();
    }

    void decideTopup(UUID id, String state, String by, Instant at, UUID payrollId) {
        jdbc.sql("update reserve_fund_topup set state = ?, decided_by = ?, decided_at = ?, payroll_id = ? where id = ?")
                .params(state, by, PayrollStore.ts(at), payrollId, id).update();
    }

    /** Approved top-ups whose payment line (case reference RF-<id>, any payroll, a re-issue too) the bank reported paid. */
    List<Topup> paidButNotBooked() {
        return jdbc.sql("""
                select t.* from reserve_fund_topup t where t.state = 'APPROVED' and exists (
                  select 1 from payroll_line l where l.benefit = 'RESERVE_FUND' and l.payee_kind = 'INSTITUTION'
                    and l.payee_id = t.institution_id and l.case_ref = ? || cast(t.id as varchar(36)) and l.status = 'PAID')
                order by t.requested_at for update""").param(ReserveFunds.CASE_PREFIX).query((rs, n) -> topup(rs)).list();
    }

    void booked(UUID id, Instant at) {
        jdbc.sql("update reserve_fund_topup set state = 'BOOKED', booked_at = ? where id = ?").params(PayrollStore.ts(at), id)
                .update();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getString("kind"),
                rs.getBigDecimal("amount"), rs.getString("payee_kind"), rs.getObject("payee_id", UUID.class),
                rs.getString("case_ref"), rs.getObject("instalment", Integer.class), rs.getObject("topup_id", UUID.class),
                rs.getObject("reverses", UUID.class), rs.getString("reason"), rs.getString("recorded_by"),
                PayrollStore.instant(rs, "recorded_at"));
    }

    private static Topup topup(ResultSet rs) throws SQLException {
        return new Topup(rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getBigDecimal("amount"),
                rs.getObject("institution_id", UUID.class), rs.getString("reason"), rs.getString("state"),
                rs.getString("requested_by"), PayrollStore.instant(rs, "requested_at"), rs.getString("decided_by"),
                PayrollStore.instant(rs, "decided_at"), rs.getObject("payroll_id", UUID.class),
                PayrollStore.instant(rs, "booked_at"));
    }
}
