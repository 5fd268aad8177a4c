package org.safeguard.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.shared.Masking;
import org.safeguard.shared.LockFailures;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the kernel's two tables. Callers hold the transaction. */
@Repository
class CaseStore {

    /** A case as stored (personal values unmasked: never leaves the module). */
    record Row(UUID id, String kind, String procedure, UUID householdId, UUID personId, String subjectName,
               String subjectIdNumber, String subjectPhone, String subjectLocation, String subjectHukouPlace,
               String regionCode, String assignee, String state, boolean open, long version, Instant openedAt,
               Instant updatedAt, LocalDate stateEnteredOn, LocalDate dueOn, Instant dueAt) {

        CaseView view(Instant now) {
            return new CaseView(id, kind, procedure, householdId, personId, subjectName == null ? null : Masking.name(subjectName),
                    Masking.idNumber(subjectIdNumber), Masking.phone(subjectPhone), subjectLocation, subjectHukouPlace,
                    regionCode, assignee, state, open, version, openedAt, updatedAt, stateEnteredOn, dueOn, dueAt,
                    open && dueAt != null && !now.isBefore(dueAt));
        }
    }

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, NewCase n, boolean open, Due due, Instant now) {
        CaseSubject.Unregistered u = n.subject().unregistered();
        jdbc.sql("""
                insert into casework_case (id, kind, procedure_code, household_id, person_id, subject_name, subject_id_number,
                    subject_phone, subject_location, subject_hukou_place, region_code, assignee, state, is_open, version,
                    opened_at, updated_at, state_entered_on, due_on, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)""")
                .params(id, n.kind().code(), n.procedure(), n.subject().householdId(), n.subject().personId(),
                        u == null ? null : u.name(), u == null ? null : u.idNumber(), u == null ? null : u.phone(),
                        u == null ? null : u.currentLocation(), u == null ? null : u.hukouPlace(), n.regionCode(),
                        n.assignee(), n.initialState(), open, Timestamp.from(now), Timestamp.from(now), n.openedOn(),
                        due == null ? null : due.on(), due == null ? null : Timestamp.from(due.at()))
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from casework_case where id = ?").param(id).query(CaseStore::row).optional();
    }

    /**
     * Locks the case without waiting: a request that queued behind another's lock would hold a pooled connection
     * meanwhile, and under load the queue, not the work, would fill the pool. PostgreSQL answers 55P03 (a lock
     * failure), H2 a lock timeout; both mean "being changed", which the caller may retry.
     */
    Optional<Row> lock(UUID id) {
        try {
            return jdbc.sql("select * from casework_case where id = ? for update nowait").param(id).query(CaseStore::row).optional();
        } catch (DataAccessException e) {
            if (LockFailures.isLockFailure(e)) {
                throw LockFailures.beingChanged();
            }
            throw e;
        }
    }

    /** Writes the outcome of a transition; answers false when the version moved on meanwhile. */
    boolean update(Row r, String state, boolean open, LocalDate stateEnteredOn, Due due, String assignee, Instant now) {
        return jdbc.sql("""
                update casework_case set state = ?, is_open = ?, state_entered_on = ?, due_on = ?, due_at = ?, assignee = ?,
                    version = version + 1, updated_at = ?, closed_at = ? where id = ? and version = ?""")
                .params(state, open, stateEnteredOn, due == null ? null : due.on(), due == null ? null : Timestamp.from(due.at()),
                        assignee, Timestamp.from(now), open ? null : Timestamp.from(now), r.id(), r.version())
                .update() == 1;
    }

    void recordTransition(UUID id, String from, String to, String action, String actor, Instant at, LocalDate on,
                          String reason, String assignedTo) {
        jdbc.sql("""
                insert into casework_transition (case_id, from_state, to_state, action, actor, acted_at, effective_on,
                    reason, assigned_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from, to, action, actor, Timestamp.from(at), on, reason, assignedTo).update();
    }

    List<CaseTransitionView> transitions(UUID id) {
        return jdbc.sql("select * from casework_transition where case_id = ? order by id").param(id)
                .query((rs, i) -> new CaseTransitionView(rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("action"), rs.getString("actor"), rs.getObject("acted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("reason"), rs.getString("assigned_to")))
                .list();
    }

    long countWithAction(String kind, String procedure, String regionPattern, String action) {
        return jdbc.sql("""
                select count(*) from casework_case c where c.kind = ? and c.procedure_code = ? and c.region_code like ?
                  and exists (select 1 from casework_transition t where t.case_id = c.id and t.action = ?)""")
                .params(kind, procedure, regionPattern, action).query(Long.class).single();
    }

    /** One page of a queue; {@code limit} rows at most, in the order the index gives. */
    List<Row> queue(CaseQueues.Filter f, List<String> kinds, String regionPattern, String assignee, Instant dueBefore, String order,
                    int offset, int limit) {
        // a literal, not a parameter: the queue indexes are partial (where is_open), and a generic plan for a bound
        // value cannot use them (PostgreSQL switched to one after five executions: 865 ms instead of 0.5 ms)
        StringBuilder sql = new StringBuilder("select * from casework_case where is_open = true");
        List<Object> params = new ArrayList<>();
        if (assignee != null) {
            sql.append(" and assignee = ?");
            params.add(assignee);
        }
        sql.append(" and region_code like ?");
        params.add(regionPattern);
        if (dueBefore != null) {
            sql.append(" and due_at <= ?");
            params.add(Timestamp.from(dueBefore));
        }
        sql.append(" and kind in (").append(String.join(", ", kinds.stream().map(k -> "?").toList())).append(")");
        params.addAll(kinds);
        if (f.state() != null) {
            sql.append(" and state = ?");
            params.add(f.state());
        }
        // nulls (no deadline) sort last on both databases
        sql.append(" order by ").append(order).append(", id");
        sql.append(" offset ").append(offset).append(" rows fetch next ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(CaseStore::row).list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp dueAt = rs.getTimestamp("due_at");
        return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("procedure_code"),
                rs.getObject("household_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("subject_name"), rs.getString("subject_id_number"), rs.getString("subject_phone"),
                rs.getString("subject_location"), rs.getString("subject_hukou_place"), rs.getString("region_code"),
                rs.getString("assignee"), rs.getString("state"), rs.getBoolean("is_open"), rs.getLong("version"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("state_entered_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                dueAt == null ? null : dueAt.toInstant());
    }
}
