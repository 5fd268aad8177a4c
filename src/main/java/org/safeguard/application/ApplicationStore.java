package org.safeguard.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the application tables. Column updates go through {@link #update}, named by column. */
@Component
class ApplicationStore {

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApplicationRow r, Instant now) {
        jdbc.sql("""
                insert into dibao_application (id, household_id, region_code, open_household_id, procedure_version, channel,
                    state, applicant_person_id, applicant_name_masked, household_size, near_relative_of_staff, submitted_on,
                    state_entered_on, state_due_on, overall_due_on, created_by, assigned_to, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.householdId(), r.regionCode(), r.householdId(), r.procedure().name(), r.channel().name(),
                        r.state().name(), r.applicantPersonId(), r.applicantNameMasked(), r.householdSize(), r.nearRelativeOfStaff(), r.submittedOn(),
                        r.stateEnteredOn(), r.stateDueOn(), r.overallDueOn(), r.createdBy(), r.assignedTo(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    boolean hasOpenApplication(UUID householdId) {
        return jdbc.sql("select count(*) from dibao_application where open_household_id = ?").param(householdId)
                .query(Long.class).single() > 0;
    }

    Optional<ApplicationRow> find(UUID id) {
        return jdbc.sql("select * from dibao_application where id = ?").param(id).query(ApplicationStore::row).optional();
    }

    Optional<ApplicationRow> lock(UUID id) {
        return jdbc.sql("select * from dibao_application where id = ? for update").param(id).query(ApplicationStore::row).optional();
    }

    /** Sets the named columns (values may be null); always touches updated_at. */
    void update(UUID id, Map<String, Object> columns, Instant now) {
        Map<String, Object> cols = new LinkedHashMap<>(columns);
        cols.put("updated_at", Timestamp.from(now));
        StringBuilder sql = new StringBuilder("update dibao_application set ");
        List<Object> params = new ArrayList<>();
        cols.forEach((k, v) -> {
            if (!k.matches("[a-z_]+")) {
                throw new IllegalArgumentException(k);
            }
            sql.append(params.isEmpty() ? "" : ", ").append(k).append(" = ?");
            params.add(v instanceof Enum<?> e ? e.name() : v);
        });
        sql.append(" where id = ?");
        params.add(id);
        jdbc.sql(sql.toString()).params(params).update();
    }

    void sign(UUID id, UUID personId, String kind, LocalDate on, String by) {
        jdbc.sql("delete from dibao_application_signature where application_id = ? and person_id = ? and kind = ?")
                .params(id, personId, kind).update();
        jdbc.sql("insert into dibao_application_signature (application_id, person_id, kind, signed_on, recorded_by) values (?, ?, ?, ?, ?)")
                .params(id, personId, kind, on, by).update();
    }

    List<ApplicationView.Signature> signatures(UUID id) {
        return jdbc.sql("select person_id, kind, signed_on from dibao_application_signature where application_id = ? order by signed_on, kind")
                .param(id).query((rs, i) -> new ApplicationView.Signature(rs.getObject("person_id", UUID.class),
                        rs.getString("kind"), rs.getObject("signed_on", LocalDate.class))).list();
    }

    void addVerification(UUID id, String department, String result, String note, LocalDate on, String by) {
        jdbc.sql("insert into dibao_application_verification (application_id, department, result, note, received_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, department, result, note, on, by).update();
    }

    List<ApplicationView.VerificationResult> verifications(UUID id) {
        return jdbc.sql("select * from dibao_application_verification where application_id = ? order by id").param(id)
                .query((rs, i) -> new ApplicationView.VerificationResult(rs.getString("department"), rs.getString("result"),
                        rs.getString("note"), rs.getObject("received_on", LocalDate.class), rs.getString("recorded_by"))).list();
    }

    /** Copies the catalogue into the application's checklist (one statement). */
    void insertMaterials(UUID id, List<DibaoMaterials.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into dibao_application_material (application_id, code, position, required, office_obtains) values ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
            params.addAll(List.of(id, items.get(i).code(), i, items.get(i).required(), items.get(i).officeObtains()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    List<ApplicationView.Material> materials(UUID id) {
        return jdbc.sql("select * from dibao_application_material where application_id = ? order by position").param(id)
                .query((rs, i) -> ApplicationView.Material.of(rs.getString("code"), rs.getBoolean("required"),
                        rs.getBoolean("office_obtains"), date(rs, "received_on"), rs.getString("received_by"),
                        date(rs, "committed_on"), rs.getString("committed_by"))).list();
    }

    /** Ticks the items as received (items already ticked keep their first date). */
    void receiveMaterials(UUID id, List<String> codes, LocalDate on, String by) {
        for (String code : codes) {
            jdbc.sql("update dibao_application_material set received_on = ?, received_by = ? where application_id = ? and code = ? and received_on is null")
                    .params(on, by, id, code).update();
        }
    }

    /** Records that the items are replaced by the applicant's written commitment (告知承诺制). */
    void commitMaterials(UUID id, List<String> codes, LocalDate on, String by) {
        for (String code : codes) {
            jdbc.sql("update dibao_application_material set committed_on = ?, committed_by = ? where application_id = ? and code = ?")
                    .params(on, by, id, code).update();
        }
    }

    void addObjection(UUID id, String summary, LocalDate on, String by) {
        jdbc.sql("insert into dibao_application_objection (application_id, raised_on, summary, recorded_by) values (?, ?, ?, ?)")
                .params(id, on, summary, by).update();
    }

    List<ApplicationView.Objection> objections(UUID id) {
        return jdbc.sql("select * from dibao_application_objection where application_id = ? order by id").param(id)
                .query((rs, i) -> new ApplicationView.Objection(rs.getObject("raised_on", LocalDate.class),
                        rs.getString("summary"), rs.getString("recorded_by"))).list();
    }

    /** A page of applications in the subtree, most urgent first. */
    List<ApplicationRow> list(String regionPattern, ApplicationState state, LocalDate overdueOn, String user,
                              boolean openOnly, String viewer, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from dibao_application where region_code like ?");
        List<Object> params = new ArrayList<>(List.of(regionPattern));
        where(sql, params, state, overdueOn, user, openOnly, viewer);
        // nulls (final states, paused clocks) sort last on both databases; matches the (state_due_on, id) index
        sql.append(" order by state_due_on, id");
        sql.append(" offset ").append(Math.max(0, offset)).append(" rows fetch next ").append(Math.max(1, limit)).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(ApplicationStore::row).list();
    }

    long count(String regionPattern, ApplicationState state, LocalDate overdueOn, String user, boolean openOnly) {
        return count(regionPattern, state, overdueOn, user, openOnly, null, Long.MAX_VALUE);
    }

    /** Counts at most {@code cap + 1} rows, so that a broad work queue never counts hundreds of thousands. */
    long count(String regionPattern, ApplicationState state, LocalDate overdueOn, String user, boolean openOnly,
               String viewer, long cap) {
        StringBuilder sql = new StringBuilder("select 1 from dibao_application where region_code like ?");
        List<Object> params = new ArrayList<>(List.of(regionPattern));
        where(sql, params, state, overdueOn, user, openOnly, viewer);
        if (cap < Long.MAX_VALUE) {
            sql.append(" fetch first ").append(cap + 1).append(" rows only");
        }
        return jdbc.sql("select count(*) from (" + sql + ") counted").params(params).query(Long.class).single();
    }

    /** Open applications in the subtree whose step or overall deadline falls in [from, to]. */
    long countDue(String regionPattern, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from dibao_application where region_code like ? and open_household_id is not null
                  and state_due_on between ? and ?""").params(regionPattern, from, to).query(Long.class).single();
    }

    /** {@code viewer}: drafts are listed only to their author (null: no drafts filter, for counts without drafts). */
    private static void where(StringBuilder sql, List<Object> params, ApplicationState state, LocalDate overdueOn,
                              String user, boolean openOnly, String viewer) {
        if (viewer != null) {
            sql.append(" and (state <> 'DRAFT' or created_by = ?)");
            params.add(viewer);
        }
        if (state != null) {
            sql.append(" and state = ?");
            params.add(state.name());
        }
        if (openOnly) {
            sql.append(" and open_household_id is not null");
        }
        if (overdueOn != null) {
            // an open case past a deadline, or a rejection whose written notice is not served by its due date
            sql.append(" and (open_household_id is not null and (state_due_on < ? or overall_due_on < ?)"
                    + " or notice_served_on is null and rejection_notice_due_on < ?)");
            params.add(overdueOn);
            params.add(overdueOn);
            params.add(overdueOn);
        }
        if (user != null) {
            // "mine" follows the assignee (the registering user until the case is reassigned)
            sql.append(" and assigned_to = ?");
            params.add(user);
        }
    }

    private static ApplicationRow row(ResultSet rs, int i) throws SQLException {
        return new ApplicationRow(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getString("region_code"), Procedure.valueOf(rs.getString("procedure_version")),
                Channel.valueOf(rs.getString("channel")), ApplicationState.valueOf(rs.getString("state")),
                rs.getObject("applicant_person_id", UUID.class), rs.getString("applicant_name_masked"),
                rs.getInt("household_size"), rs.getBoolean("near_relative_of_staff"),
                rs.getBoolean("complaint"), date(rs, "submitted_on"), date(rs, "accepted_on"),
                rs.getString("materials_missing"), date(rs, "materials_notice_on"), date(rs, "paused_since"),
                rs.getInt("paused_working_days"), rs.getBoolean("extended"), rs.getString("extension_reason"),
                date(rs, "state_entered_on"), date(rs, "state_due_on"), date(rs, "overall_due_on"),
                date(rs, "verification_requested_on"), date(rs, "verification_due_on"),
                rs.getString("investigation_method") == null ? null : InvestigationMethod.valueOf(rs.getString("investigation_method")),
                rs.getString("investigators"), date(rs, "investigated_on"), rs.getString("investigation_note"),
                rs.getString("facts_json"), rs.getString("appraisal_note"), rs.getString("opinion"),
                rs.getBigDecimal("proposed_amount"), date(rs, "notice_posted_on"), date(rs, "notice_ends_on"),
                rs.getString("notice_location"), rs.getBoolean("devolved"), rs.getBoolean("spot_check"),
                date(rs, "review_visit_on"), rs.getString("review_visit_note"), rs.getBigDecimal("override_amount"),
                rs.getString("override_reason"), rs.getString("override_proposed_by"), rs.getString("override_confirmed_by"),
                rs.getBigDecimal("calculated_amount"), rs.getBigDecimal("decided_amount"), date(rs, "decided_on"),
                rs.getString("decided_by"), rs.getString("decision_reasons"), date(rs, "rejection_notice_due_on"),
                rs.getString("decision_snapshot"), rs.getString("created_by"), rs.getString("assigned_to"),
                date(rs, "notice_served_on"), rs.getString("notice_served_by"),
                rs.getString("override_reason_code") == null ? null : OverrideReason.valueOf(rs.getString("override_reason_code")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
