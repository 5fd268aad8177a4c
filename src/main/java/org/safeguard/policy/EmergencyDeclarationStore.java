package org.safeguard.policy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The declarations, their flags (one row each, with validity) and transitions. */
@Repository
class EmergencyDeclarationStore {

    record Row(long id, EmergencyDeclaration declaration, DeclarationState state, Long amendsId, String proposedBy,
               Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote, String endedBy,
               Instant endedAt, String endReason) {
    }

    private final JdbcClient jdbc;

    EmergencyDeclarationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EmergencyDeclaration d, Long amendsId, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into emergency_declaration (region_code, level, start_date, end_date, note, state, amends_id,
                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?)""")
                .params(d.regionCode().value(), d.level().name(), d.startDate(), d.endDate(), d.reason(), amendsId,
                        Timestamp.from(now), by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int seq = 0;
        for (DeclaredFlag f : d.flags()) {
            ExtraSubsidyRule r = f.rule();
            jdbc.sql("""
                    insert into emergency_declaration_flag (declaration_id, seq, flag, valid_from, valid_to, target_groups,
                        amount_type, amount, in_kind_allowed, months, multiplier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, seq++, f.flag().name(), f.validFrom(), f.validTo(),
                            r == null ? null : r.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                            r == null ? null : r.amountType().name(), r == null ? null : r.amount(),
                            r == null ? null : r.inKindAllowed(), r == null ? null : r.months(), f.multiplier())
                    .update();
        }
        return id;
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from emergency_declaration where id = ?").param(id).query(this::row).optional();
    }

    Optional<Row> lock(long id) {
        return jdbc.sql("select * from emergency_declaration where id = ? for update").param(id).query(this::row).optional();
    }

    Optional<Long> supersededBy(long id) {
        return jdbc.sql("select id from emergency_declaration where amends_id = ? and state in ('APPROVED', 'ENDED', 'SUPERSEDED')")
                .param(id).query(Long.class).optional();
    }

    /** Declarations that set flags and whose period covers the date, with their flags (region filtered by the caller). */
    List<Row> settingFlagsOn(LocalDate date) {
        return jdbc.sql("""
                select * from emergency_declaration where state in ('APPROVED', 'ENDED')
                and start_date <= ? and (end_date is null or end_date >= ?) order by id""")
                .params(date, date).query(this::row).list();
    }

    /**
     * Declarations in the subtree of {@code scope} or above it (they apply to it), optionally narrowed to those
     * overlapping {@code from}..{@code to} and to one state; newest first.
     */
    List<Row> relevantTo(RegionCode scope, LocalDate from, LocalDate to, DeclarationState state, int limit) {
        StringBuilder sql = new StringBuilder("select * from emergency_declaration where (region_code like ? or region_code in (");
        List<Object> params = new ArrayList<>();
        params.add(scope.subtreePrefix() + "%");
        List<String> ancestors = ancestorCodes(scope);
        sql.append(String.join(", ", ancestors.stream().map(a -> "?").toList())).append("))");
        params.addAll(ancestors);
        if (from != null) {
            sql.append(" and (end_date is null or end_date >= ?)");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and start_date <= ?");
            params.add(to);
        }
        if (state != null) {
            sql.append(" and state = ?");
            params.add(state.name());
        }
        sql.append(" order by start_date desc, id desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    /** Approved declarations whose last day is before {@code today}. */
    List<Long> lapsedBefore(LocalDate today) {
        return jdbc.sql("select id from emergency_declaration where state = 'APPROVED' and end_date < ? order by id")
                .param(today).query(Long.class).list();
    }

    void changeState(long id, DeclarationState to) {
        jdbc.sql("update emergency_declaration set state = ? where id = ?").params(to.name(), id).update();
    }

    void decided(long id, String by, Instant at, String note) {
        jdbc.sql("update emergency_declaration set decided_by = ?, decided_at = ?, decision_note = ? where id = ?")
                .params(by, Timestamp.from(at), note, id).update();
    }

    void ended(long id, LocalDate lastDay, String by, Instant at, String reason) {
        jdbc.sql("update emergency_declaration set end_date = ?, ended_by = ?, ended_at = ?, end_reason = ? where id = ?")
                .params(lastDay, by, Timestamp.from(at), reason, id).update();
    }

    void recordTransition(long id, DeclarationState from, DeclarationState to, DeclarationAction action, String actor,
                          Instant at, String reason) {
        jdbc.sql("""
                insert into emergency_declaration_transition (declaration_id, from_state, to_state, action, actor, at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, from == null ? null : from.name(), to.name(), action.name(), actor, Timestamp.from(at), reason)
                .update();
    }

    List<DeclarationView.Transition> transitions(long id) {
        return jdbc.sql("select * from emergency_declaration_transition where declaration_id = ? order by id").param(id)
                .query((rs, i) -> new DeclarationView.Transition(
                        rs.getString("from_state") == null ? null : DeclarationState.valueOf(rs.getString("from_state")),
                        DeclarationState.valueOf(rs.getString("to_state")), DeclarationAction.valueOf(rs.getString("action")),
                        rs.getString("actor"), rs.getTimestamp("at").toInstant(), rs.getString("reason"))).list();
    }

    long count() {
        return jdbc.sql("select count(*) from emergency_declaration").query(Long.class).single();
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        EmergencyDeclaration d = new EmergencyDeclaration(RegionCode.of(rs.getString("region_code")),
                EmergencyLevel.valueOf(rs.getString("level")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("note"), flags(id));
        long amends = rs.getLong("amends_id");
        Long amendsId = rs.wasNull() ? null : amends;
        return new Row(id, d, DeclarationState.valueOf(rs.getString("state")), amendsId,
                rs.getString("recorded_by"), instant(rs, "recorded_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_note"), rs.getString("ended_by"),
                instant(rs, "ended_at"), rs.getString("end_reason"));
    }

    private List<DeclaredFlag> flags(long id) {
        return jdbc.sql("select * from emergency_declaration_flag where declaration_id = ? order by seq").param(id)
                .query((rs, i) -> {
                    EmergencyFlag flag = EmergencyFlag.valueOf(rs.getString("flag"));
                    ExtraSubsidyRule rule = null;
                    if (flag == EmergencyFlag.EXTRA_LIVING_SUBSIDY) {
                        Set<ExtraSubsidyRule.TargetGroup> groups = EnumSet.noneOf(ExtraSubsidyRule.TargetGroup.class);
                        Arrays.stream(rs.getString("target_groups").split(",")).map(ExtraSubsidyRule.TargetGroup::valueOf)
                                .forEach(groups::add);
                        Integer months = rs.getObject("months") == null ? null : rs.getInt("months");
                        rule = new ExtraSubsidyRule(groups, ExtraSubsidyRule.AmountType.valueOf(rs.getString("amount_type")),
                                rs.getBigDecimal("amount"), rs.getBoolean("in_kind_allowed"), months);
                    }
                    BigDecimal multiplier = rs.getBigDecimal("multiplier");
                    return new DeclaredFlag(flag, rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class), rule, multiplier);
                }).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The codes of every region above {@code code} and the code itself, from the code's own structure. */
    private static List<String> ancestorCodes(RegionCode code) {
        Map<String, Boolean> codes = new LinkedHashMap<>();
        String v = code.value();
        for (int len : new int[] {2, 4, 6, 9}) {
            String prefix = v.substring(0, len);
            codes.put((prefix + "000000000000").substring(0, 12), true);
        }
        codes.put(v, true);
        return List.copyOf(codes.keySet());
    }
}
