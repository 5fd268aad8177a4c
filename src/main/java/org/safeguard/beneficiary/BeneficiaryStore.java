package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The caseload tables. Callers do scope checks and auditing; this class only reads and writes rows. */
@Repository
class BeneficiaryStore {

    record BeneficiaryRow(UUID householdId, String regionCode, String hukouType, BenefitState state, String source,
                          UUID applicationId, String sourceRef, LocalDate decidedOn, YearMonth firstMonth,
                          YearMonth lastMonth, boolean incomeUnstable, LocalDate nextReviewDate, int countedMembers,
                          int version) {
    }

    record EntitlementRow(long id, YearMonth fromMonth, BigDecimal base, BigDecimal supplement, BigDecimal taper,
                          BigDecimal monthly, boolean overridden, String factsJson, String reason, String decidedBy,
                          Instant decidedAt, String parameterVersions) {
    }

    record TransitionRow(BenefitState from, BenefitState to, BenefitAction action, String actor, Instant at, String reason) {
    }

    record ChangeReportRow(long id, String kind, LocalDate occurredOn, String note, String reportedBy, Instant reportedAt) {
    }

    record QueuedRow(long id, UUID householdId, String kind, BigDecimal newAmount, BigDecimal newBase,
                     BigDecimal newSupplement, String factsJson, String reason, String declarations, String queuedBy,
                     Instant queuedAt, String outcome, String decidedBy, Instant decidedAt) {
    }

    record AdjustmentRow(YearMonth forMonth, BigDecimal amount, BigDecimal paid, BigDecimal due, String sourceKey,
                         String reason, Instant bookedAt) {
    }

    private final JdbcClient jdbc;

    BeneficiaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate day(YearMonth m) {
        return m == null ? null : m.atDay(1);
    }

    static YearMonth month(LocalDate d) {
        return d == null ? null : YearMonth.from(d);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static BeneficiaryRow beneficiary(ResultSet rs, int i) throws SQLException {
        return new BeneficiaryRow(rs.getObject("household_id", UUID.class), rs.getString("region_code"),
                rs.getString("hukou_type"), BenefitState.valueOf(rs.getString("state")), rs.getString("source"),
                rs.getObject("application_id", UUID.class), rs.getString("source_ref"),
                rs.getObject("decided_on", LocalDate.class), month(rs.getObject("first_month", LocalDate.class)),
                month(rs.getObject("last_month", LocalDate.class)), rs.getBoolean("income_unstable"),
                rs.getObject("next_review_date", LocalDate.class), rs.getInt("counted_members"), rs.getInt("version"));
    }

    private static EntitlementRow entitlement(ResultSet rs, int i) throws SQLException {
        return new EntitlementRow(rs.getLong("id"), month(rs.getObject("from_month", LocalDate.class)),
                rs.getBigDecimal("base_amount"), rs.getBigDecimal("supplement_amount"), rs.getBigDecimal("taper_amount"),
                rs.getBigDecimal("monthly_amount"), rs.getBoolean("overridden"), rs.getString("facts_json"),
                rs.getString("reason"), rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("parameter_versions"));
    }

    // ---- beneficiaries ----

    Optional<BeneficiaryRow> find(UUID householdId) {
        return jdbc.sql("select * from dibao_beneficiary where household_id = ?").param(householdId).query(BeneficiaryStore::beneficiary).optional();
    }

    Optional<BeneficiaryRow> lock(UUID householdId) {
        return jdbc.sql("select * from dibao_beneficiary where household_id = ? for update").param(householdId)
                .query(BeneficiaryStore::beneficiary).optional();
    }

    Optional<BeneficiaryRow> findByApplication(UUID applicationId) {
        return jdbc.sql("select * from dibao_beneficiary where application_id = ?").param(applicationId)
                .query(BeneficiaryStore::beneficiary).optional();
    }

    /** Inserts the household unless it (or its application) is already there; false then (concurrent deliveries too). */
    boolean insert(BeneficiaryRow b, Instant now) {
        return jdbc.sql("""
                insert into dibao_beneficiary (household_id, region_code, hukou_type, state, source, application_id, source_ref,
                  decided_on, first_month, last_month, income_unstable, next_review_date, counted_members, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(b.householdId(), b.regionCode(), b.hukouType(), b.state().name(), b.source(), b.applicationId(),
                        b.sourceRef(), b.decidedOn(), day(b.firstMonth()), day(b.lastMonth()), b.incomeUnstable(),
                        b.nextReviewDate(), b.countedMembers(), Timestamp.from(now), Timestamp.from(now))
                .update() > 0;
    }

    /**
     * A terminated household approved again: its period so far goes to dibao_past_period and the row describes the
     * new period (state is moved by the lifecycle). False when the row is no longer TERMINATED.
     */
    boolean reopen(BeneficiaryRow b, Instant now) {
        int updated = jdbc.sql("""
                update dibao_beneficiary set region_code = ?, hukou_type = ?, source = ?, application_id = ?, source_ref = ?,
                  decided_on = ?, first_month = ?, last_month = null, income_unstable = ?, next_review_date = ?,
                  counted_members = ?, updated_at = ? where household_id = ? and state = 'TERMINATED'""")
                .params(b.regionCode(), b.hukouType(), b.source(), b.applicationId(), b.sourceRef(), b.decidedOn(),
                        day(b.firstMonth()), b.incomeUnstable(), b.nextReviewDate(), b.countedMembers(), Timestamp.from(now),
                        b.householdId()).update();
        return updated == 1;
    }

    void archivePeriod(BeneficiaryRow b, Instant now) {
        jdbc.sql("""
                insert into dibao_past_period (household_id, first_month, last_month, application_id, source, archived_at)
                values (?, ?, ?, ?, ?, ?)""").params(b.householdId(), day(b.firstMonth()), day(b.lastMonth()),
                b.applicationId(), b.source(), Timestamp.from(now)).update();
    }

    void setState(UUID householdId, BenefitState state, Instant now) {
        jdbc.sql("update dibao_beneficiary set state = ?, updated_at = ?, version = version + 1 where household_id = ?")
                .params(state.name(), Timestamp.from(now), householdId).update();
    }

    void setLastMonth(UUID householdId, YearMonth lastMonth) {
        jdbc.sql("update dibao_beneficiary set last_month = ? where household_id = ?").params(day(lastMonth), householdId).update();
    }

    void setReview(UUID householdId, LocalDate next, boolean incomeUnstable, int countedMembers) {
        jdbc.sql("update dibao_beneficiary set next_review_date = ?, income_unstable = ?, counted_members = ? where household_id = ?")
                .params(next, incomeUnstable, countedMembers, householdId).update();
    }

    /** Active households whose periodic review date has come (candidates for REVIEW_DUE). */
    List<BeneficiaryRow> reviewsFallingDue(LocalDate today) {
        return jdbc.sql("select * from dibao_beneficiary where state = 'ACTIVE' and next_review_date <= ? order by household_id")
                .param(today).query(BeneficiaryStore::beneficiary).list();
    }

    /** Households in taper whose last (taper) month is {@code month} or earlier. */
    List<BeneficiaryRow> tapersEndingBy(YearMonth month) {
        return jdbc.sql("select * from dibao_beneficiary where state = 'TAPER' and last_month <= ? order by household_id")
                .param(day(month)).query(BeneficiaryStore::beneficiary).list();
    }

    /** Households in taper whose last (taper) month has passed. */
    List<BeneficiaryRow> tapersEnded(YearMonth current) {
        return jdbc.sql("select * from dibao_beneficiary where state = 'TAPER' and last_month < ? order by household_id")
                .param(day(current)).query(BeneficiaryStore::beneficiary).list();
    }

    // ---- entitlements ----

    void insertEntitlement(UUID householdId, YearMonth from, BigDecimal base, BigDecimal supplement, BigDecimal taper,
                           boolean overridden, String factsJson, String reason, String decidedBy, Instant now) {
        insertEntitlement(householdId, from, base, supplement, taper, overridden, factsJson, reason, decidedBy, now, null);
    }

    /** The same, naming the parameter versions the calculator resolved for the month (null when none were used). */
    void insertEntitlement(UUID householdId, YearMonth from, BigDecimal base, BigDecimal supplement, BigDecimal taper,
                           boolean overridden, String factsJson, String reason, String decidedBy, Instant now,
                           String parameterVersions) {
        jdbc.sql("""
                insert into dibao_entitlement (household_id, from_month, base_amount, supplement_amount, taper_amount,
                  monthly_amount, overridden, facts_json, reason, decided_by, decided_at, parameter_versions)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, day(from), base, supplement, taper, base.add(supplement).add(taper), overridden,
                        factsJson, abbreviate(reason, 200), decidedBy, Timestamp.from(now),
                        parameterVersions == null ? null : abbreviate(parameterVersions, 400)).update();
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The entitlement in force for the month: the latest row from that month or before (a later row wins a tie). */
    Optional<EntitlementRow> inForce(UUID householdId, YearMonth month) {
        return jdbc.sql("""
                select * from dibao_entitlement where household_id = ? and from_month <= ?
                order by from_month desc, id desc fetch first 1 rows only""").params(householdId, day(month))
                .query(BeneficiaryStore::entitlement).optional();
    }

    List<EntitlementRow> entitlements(UUID householdId) {
        return jdbc.sql("select * from dibao_entitlement where household_id = ? order by from_month, id").param(householdId)
                .query(BeneficiaryStore::entitlement).list();
    }

    // ---- adjustments ----

    boolean insertAdjustment(UUID householdId, YearMonth forMonth, BigDecimal amount, BigDecimal paid, BigDecimal due,
                             String sourceKey, String reason, Instant now) {
        return jdbc.sql("""
                insert into dibao_adjustment (household_id, for_month, amount, paid_amount, due_amount, source_key, reason, booked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(householdId, day(forMonth), amount, paid, due, sourceKey, reason, Timestamp.from(now)).update() > 0;
    }

    List<AdjustmentRow> adjustments(UUID householdId) {
        return jdbc.sql("select * from dibao_adjustment where household_id = ? order by for_month, id").param(householdId)
                .query((rs, i) -> new AdjustmentRow(month(rs.getObject("for_month", LocalDate.class)), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("paid_amount"), rs.getBigDecimal("due_amount"), rs.getString("source_key"),
                        rs.getString("reason"), instant(rs, "booked_at"))).list();
    }

    boolean markPolicyChangeApplied(long proposalId, String region, LocalDate effectiveFrom, int households, Instant now) {
        return jdbc.sql("""
                insert into dibao_policy_change_applied (proposal_id, region_code, effective_from, households, applied_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(proposalId, region, effectiveFrom, households, Timestamp.from(now)).update() > 0;
    }

    // ---- transitions, change reports, queued decisions ----

    void recordTransition(UUID householdId, BenefitState from, BenefitState to, BenefitAction action, String actor,
                          Instant now, String reason) {
        jdbc.sql("""
                insert into dibao_transition (household_id, from_state, to_state, action, actor, occurred_at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, from == null ? null : from.name(), to.name(), action.name(), actor, Timestamp.from(now),
                        reason).update();
    }

    List<TransitionRow> transitions(UUID householdId) {
        return jdbc.sql("select * from dibao_transition where household_id = ? order by id").param(householdId)
                .query((rs, i) -> new TransitionRow(rs.getString("from_state") == null ? null
                        : BenefitState.valueOf(rs.getString("from_state")), BenefitState.valueOf(rs.getString("to_state")),
                        BenefitAction.valueOf(rs.getString("action")), rs.getString("actor"), instant(rs, "occurred_at"),
                        rs.getString("reason"))).list();
    }

    void insertChangeReport(UUID householdId, String kind, LocalDate occurredOn, String note, String by, Instant now) {
        jdbc.sql("""
                insert into dibao_change_report (household_id, kind, occurred_on, note, reported_by, reported_at)
                values (?, ?, ?, ?, ?, ?)""").params(householdId, kind, occurredOn, note, by, Timestamp.from(now)).update();
    }

    List<ChangeReportRow> changeReports(UUID householdId) {
        return jdbc.sql("select * from dibao_change_report where household_id = ? order by id").param(householdId)
                .query((rs, i) -> new ChangeReportRow(rs.getLong("id"), rs.getString("kind"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("note"), rs.getString("reported_by"),
                        instant(rs, "reported_at"))).list();
    }

    void insertQueued(UUID householdId, String kind, BigDecimal amount, BigDecimal base, BigDecimal supplement,
                      String factsJson, String reason, String declarations, String by, Instant now) {
        jdbc.sql("""
                insert into dibao_queued_decision (household_id, kind, new_amount, new_base, new_supplement, facts_json, reason,
                  declarations, queued_by, queued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, kind, amount, base, supplement, factsJson, reason, declarations, by, Timestamp.from(now))
                .update();
    }

    private static QueuedRow queued(ResultSet rs, int i) throws SQLException {
        return new QueuedRow(rs.getLong("id"), rs.getObject("household_id", UUID.class), rs.getString("kind"),
                rs.getBigDecimal("new_amount"), rs.getBigDecimal("new_base"), rs.getBigDecimal("new_supplement"),
                rs.getString("facts_json"), rs.getString("reason"), rs.getString("declarations"), rs.getString("queued_by"),
                instant(rs, "queued_at"), rs.getString("outcome"), rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    Optional<QueuedRow> openQueued(UUID householdId) {
        return jdbc.sql("select * from dibao_queued_decision where household_id = ? and outcome is null order by id desc fetch first 1 rows only")
                .param(householdId).query(BeneficiaryStore::queued).optional();
    }

    List<QueuedRow> queuedOf(UUID householdId) {
        return jdbc.sql("select * from dibao_queued_decision where household_id = ? order by id").param(householdId)
                .query(BeneficiaryStore::queued).list();
    }

    List<QueuedRow> openQueuedIn(String scopeLike, int limit) {
        return jdbc.sql("""
                select q.* from dibao_queued_decision q join dibao_beneficiary b on b.household_id = q.household_id
                where q.outcome is null and b.region_code like ? order by q.id fetch first %d rows only""".formatted(limit))
                .param(scopeLike).query(BeneficiaryStore::queued).list();
    }

    void closeQueued(long id, String outcome, String by, String note, Instant now) {
        jdbc.sql("update dibao_queued_decision set outcome = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                .params(outcome, by, Timestamp.from(now), note, id).update();
    }
}
