package org.safeguard.goodfaith;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguard.shared.SimplifiedDecisionTaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The good_faith_record table. */
@Component
class GoodFaithStore {

    /** A stored record with what the queries need beyond the view. */
    record Row(long id, String caseKind, UUID caseId, UUID householdId, String regionCode, LocalDate decidedOn,
               String decidedBy, List<String> procedures, List<Long> declarationIds, String justification,
               LocalDate correctionFrom, LocalDate correctionDueOn, CorrectionOutcome outcome, String outcomeNote,
               String outcomeBy, LocalDate outcomeOn, int version) {

        GoodFaithView view(LocalDate today) {
            return new GoodFaithView(id, caseKind, caseId, householdId, regionCode, decidedOn, decidedBy, procedures,
                    declarationIds, justification, correctionFrom, correctionDueOn, outcome, outcomeNote, outcomeBy,
                    outcomeOn, GoodFaithStatus.of(correctionDueOn, outcomeOn, today), version);
        }
    }

    private static final String COLUMNS = """
            id, case_kind, case_id, household_id, region_code, decided_on, decided_by, procedures, declaration_ids,
            justification, correction_from, correction_due_on, outcome, outcome_note, outcome_by, outcome_on, version""";

    private final JdbcClient jdbc;

    GoodFaithStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when the decision was recorded before (the event is delivered at least once). */
    boolean insert(SimplifiedDecisionTaken d, Instant now) {
        return jdbc.sql("""
                        insert into good_faith_record (case_kind, case_id, household_id, region_code, decided_on, decided_by,
                          procedures, declaration_ids, justification, recorded_at)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists
                          (select 1 from good_faith_record where case_kind = ? and case_id = ?)""")
                .params(d.caseKind(), d.caseId(), d.householdId(), d.regionCode(), d.decidedOn(), d.decidedBy(),
                        String.join(",", d.procedures().stream().sorted().toList()), framed(d.declarationIds()),
                        d.justification(), Timestamp.from(now), d.caseKind(), d.caseId())
                .update() == 1;
    }

    static String framed(List<Long> ids) {
        return ids.isEmpty() ? "," : ids.stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
    }

    /** Records of the declaration whose re-check has not been opened yet. */
    List<Row> awaitingCorrection(long declarationId) {
        return jdbc.sql("select " + COLUMNS + " from good_faith_record where declaration_ids like ? and correction_from is null")
                .param("%," + declarationId + ",%").query(GoodFaithStore::map).list();
    }

    Optional<Row> findByCase(String caseKind, UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from good_faith_record where case_kind = ? and case_id = ?")
                .params(caseKind, caseId).query(GoodFaithStore::map).optional();
    }

    void openCorrection(long id, LocalDate from, LocalDate due) {
        jdbc.sql("""
                update good_faith_record set correction_from = ?, correction_due_on = ?, version = version + 1
                where id = ? and correction_from is null""").params(from, due, id).update();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from good_faith_record where id = ?").param(id)
                .query(GoodFaithStore::map).optional();
    }

    /** Returns false when the version is stale or the outcome was recorded meanwhile. */
    boolean recordOutcome(long id, int version, CorrectionOutcome outcome, String note, String by, LocalDate on) {
        return jdbc.sql("""
                        update good_faith_record set outcome = ?, outcome_note = ?, outcome_by = ?, outcome_on = ?,
                          version = version + 1
                        where id = ? and version = ? and outcome is null and correction_from is not null""")
                .params(outcome.name(), note, by, on, id, version).update() == 1;
    }

    /** The records of a subtree, most urgent first. {@code where} is a fixed condition chosen by the caller. */
    List<Row> list(String scopePattern, String where, int limit) {
        return jdbc.sql("select " + COLUMNS + " from good_faith_record where region_code like ? and " + where
                        + " order by case when outcome is null then 0 else 1 end, correction_due_on, decided_on desc, id"
                        + " fetch first " + limit + " rows only")
                .param(scopePattern).query(GoodFaithStore::map).list();
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Row(rs.getLong("id"), rs.getString("case_kind"), rs.getObject("case_id", UUID.class),
                rs.getObject("household_id", UUID.class), rs.getString("region_code"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                List.of(rs.getString("procedures").split(",")), ids(rs.getString("declaration_ids")),
                rs.getString("justification"), rs.getObject("correction_from", LocalDate.class),
                rs.getObject("correction_due_on", LocalDate.class), outcome == null ? null : CorrectionOutcome.valueOf(outcome),
                rs.getString("outcome_note"), rs.getString("outcome_by"), rs.getObject("outcome_on", LocalDate.class),
                rs.getInt("version"));
    }

    private static List<Long> ids(String framed) {
        return Arrays.stream(framed.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
