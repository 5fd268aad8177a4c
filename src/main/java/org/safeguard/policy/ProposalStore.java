package org.safeguard.policy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for proposals, their changes, transitions and impact previews. */
@Repository
class ProposalStore {

    record ProposalRow(long id, String regionCode, LocalDate effectiveFrom, String reason, ProposalState state,
                       String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String decisionReason,
                       String previewBy, Instant previewAt, LocalDate previewReferenceDate) {
    }

    record ChangeRow(int seq, ParameterDefinition parameter, String valueText, Long versionId) {
    }

    record TransitionRow(ProposalState from, ProposalState to, ProposalAction action, String actor, Instant at, String reason) {
    }

    record PreviewRow(String regionCode, long households, long changed, long gained, long lost, BigDecimal currentCost,
                      BigDecimal proposedCost) {
    }

    private static final String COLUMNS = "select * from policy_proposal ";

    private final JdbcClient jdbc;
    private final ParameterCatalog catalog;

    ProposalStore(JdbcClient jdbc, ParameterCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    long insert(String region, LocalDate effectiveFrom, String reason, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into policy_proposal (region_code, effective_from, reason, state, proposed_by, proposed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(region, effectiveFrom, reason, ProposalState.PROPOSED.name(), by, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertChange(long proposalId, int seq, ParameterDefinition parameter, String valueText) {
        jdbc.sql("insert into policy_proposal_change (proposal_id, seq, parameter, value_text) values (?, ?, ?, ?)")
                .params(proposalId, seq, parameter.name(), valueText).update();
    }

    void linkVersion(long proposalId, int seq, long versionId) {
        jdbc.sql("update policy_proposal_change set version_id = ? where proposal_id = ? and seq = ?")
                .params(versionId, proposalId, seq).update();
    }

    Optional<ProposalRow> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id).query(ProposalStore::row).optional();
    }

    Optional<ProposalRow> lock(long id) {
        return jdbc.sql(COLUMNS + "where id = ? for update").param(id).query(ProposalStore::row).optional();
    }

    List<ProposalRow> list(String scopeLike, ProposalState state, int limit) {
        if (state == null) {
            return jdbc.sql(COLUMNS + "where region_code like ? order by id desc limit ?").params(scopeLike, limit)
                    .query(ProposalStore::row).list();
        }
        return jdbc.sql(COLUMNS + "where region_code like ? and state = ? order by id desc limit ?")
                .params(scopeLike, state.name(), limit).query(ProposalStore::row).list();
    }

    /** Open proposals in the subtree that someone other than {@code user} proposed. */
    List<ProposalRow> waitingFor(String scopeLike, String user, int limit) {
        return jdbc.sql(COLUMNS + "where region_code like ? and state = 'PROPOSED' and proposed_by <> ? order by id limit ?")
                .params(scopeLike, user, limit).query(ProposalStore::row).list();
    }

    long countWaitingFor(String scopeLike, String user) {
        return jdbc.sql("select count(*) from policy_proposal where region_code like ? and state = 'PROPOSED' and proposed_by <> ?")
                .params(scopeLike, user).query(Long.class).single();
    }

    List<ChangeRow> changes(long id) {
        return jdbc.sql("select * from policy_proposal_change where proposal_id = ? order by seq").param(id)
                .query((rs, i) -> new ChangeRow(rs.getInt("seq"), catalog.require(rs.getString("parameter")),
                        rs.getString("value_text"), (Long) rs.getObject("version_id", Long.class)))
                .list();
    }

    void changeState(long id, ProposalState to, String by, Instant at, String reason) {
        jdbc.sql("update policy_proposal set state = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?")
                .params(to.name(), by, Timestamp.from(at), reason, id).update();
    }

    void recordTransition(long id, ProposalState from, ProposalState to, ProposalAction action, String actor, Instant at,
                          String reason) {
        jdbc.sql("""
                insert into policy_proposal_transition (proposal_id, from_state, to_state, action, actor, at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(), action.name(), actor, Timestamp.from(at), reason)
                .update();
    }

    List<TransitionRow> transitions(long id) {
        return jdbc.sql("select * from policy_proposal_transition where proposal_id = ? order by id").param(id)
                .query((rs, i) -> new TransitionRow(
                        rs.getString("from_state") == null ? null : ProposalState.valueOf(rs.getString("from_state")),
                        ProposalState.valueOf(rs.getString("to_state")), ProposalAction.valueOf(rs.getString("action")),
                        rs.getString("actor"), instant(rs, "at"), rs.getString("reason")))
                .list();
    }

    void replacePreview(long id, List<PreviewRow> rows, String by, Instant at, LocalDate referenceDate) {
        jdbc.sql("delete from policy_proposal_preview where proposal_id = ?").param(id).update();
        for (PreviewRow r : rows) {
            jdbc.sql("""
                    insert into policy_proposal_preview (proposal_id, region_code, households, changed, gained, lost,
                        current_cost, proposed_cost) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, r.regionCode(), r.households(), r.changed(), r.gained(), r.lost(), r.currentCost(),
                            r.proposedCost())
                    .update();
        }
        jdbc.sql("update policy_proposal set preview_by = ?, preview_at = ?, preview_reference_date = ? where id = ?")
                .params(by, Timestamp.from(at), referenceDate, id).update();
    }

    List<PreviewRow> preview(long id) {
        return jdbc.sql("select * from policy_proposal_preview where proposal_id = ? order by region_code").param(id)
                .query((rs, i) -> new PreviewRow(rs.getString("region_code"), rs.getLong("households"), rs.getLong("changed"),
                        rs.getLong("gained"), rs.getLong("lost"), rs.getBigDecimal("current_cost").setScale(2),
                        rs.getBigDecimal("proposed_cost").setScale(2)))
                .list();
    }

    private static ProposalRow row(ResultSet rs, int i) throws SQLException {
        return new ProposalRow(rs.getLong("id"), rs.getString("region_code"), rs.getObject("effective_from", LocalDate.class),
                rs.getString("reason"), ProposalState.valueOf(rs.getString("state")), rs.getString("proposed_by"),
                instant(rs, "proposed_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_reason"), rs.getString("preview_by"), instant(rs, "preview_at"),
                rs.getObject("preview_reference_date", LocalDate.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
