package org.safeguard.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for parameter versions. Insert-only: nothing here updates or deletes a version. */
@Repository
class ParameterStore {

    private final JdbcClient jdbc;
    private final ParameterCatalog catalog;

    ParameterStore(JdbcClient jdbc, ParameterCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    long count() {
        return jdbc.sql("select count(*) from policy_parameter_version").query(Long.class).single();
    }

    List<ParameterVersion> all() {
        Map<Long, List<AssetRule>> rules = new HashMap<>();
        jdbc.sql("select * from policy_asset_rule order by version_id, seq").query((rs, i) -> {
            rules.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(assetRule(rs));
            return null;
        }).list();
        Map<Long, List<Supplement>> supplements = new HashMap<>();
        jdbc.sql("select * from policy_supplement order by version_id, seq").query((rs, i) -> {
            supplements.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(new Supplement(
                    SupplementCategory.valueOf(rs.getString("category")),
                    Supplement.AmountType.valueOf(rs.getString("amount_type")),
                    rs.getBigDecimal("amount_value").stripTrailingZeros()));
            return null;
        }).list();
        // A version of a parameter that no module declares any more is kept in the table but not resolved.
        return jdbc.sql("select * from policy_parameter_version order by id").query((rs, i) -> {
            long id = rs.getLong("id");
            ParameterDefinition parameter = catalog.find(rs.getString("parameter")).orElse(null);
            if (parameter == null) {
                return null;
            }
            Object value = parameter.isList() ? null
                    : parameter.kind() == ParameterDefinition.Kind.MONEY ? rs.getBigDecimal("value_money").setScale(2)
                    : parameter.parse(rs.getString("value_text"));
            return new ParameterVersion(id, RegionCode.of(rs.getString("region_code")), parameter,
                    rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                    value,
                    rules.getOrDefault(id, List.of()), supplements.getOrDefault(id, List.of()),
                    rs.getString("note"), rs.getBoolean("illustrative"));
        }).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    long insert(NewParameterVersion v, String recordedBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        boolean money = v.parameter().kind() == ParameterDefinition.Kind.MONEY;
        jdbc.sql("""
                insert into policy_parameter_version (region_code, parameter, effective_from, effective_to, value_money,
                    value_text, note, illustrative, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.regionCode().value(), v.parameter().name(), v.effectiveFrom(), v.effectiveTo(),
                        money ? v.parameter().parse(v.valueText()) : null,
                        money || v.parameter().isList() || v.valueText() == null ? null : v.valueText().strip(), v.note(), v.illustrative(),
                        Timestamp.from(now), recordedBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (v.parameter().equals(PolicyParameterDeclarations.ASSET_RULES)) {
            int seq = 0;
            for (AssetRule r : v.assetRules()) {
                jdbc.sql("""
                        insert into policy_asset_rule (version_id, seq, rule_code, asset_types, measure, comparison,
                            threshold_expr, exempt_types) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, seq++, r.code(), names(r.assetTypes()), r.measure().name(), r.comparison().name(),
                                r.threshold().source(), r.exempt().isEmpty() ? null : names(r.exempt()))
                        .update();
            }
        } else if (v.parameter().equals(PolicyParameterDeclarations.SUPPLEMENTS)) {
            int seq = 0;
            for (Supplement s : v.supplements()) {
                jdbc.sql("insert into policy_supplement (version_id, seq, category, amount_type, amount_value) values (?, ?, ?, ?, ?)")
                        .params(id, seq++, s.category().name(), s.amountType().name(), s.value()).update();
            }
        }
        return id;
    }

    private static String names(Set<AssetType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<AssetType> types(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<AssetType> set = EnumSet.noneOf(AssetType.class);
        Arrays.stream(text.split(",")).map(String::strip).map(AssetType::valueOf).forEach(set::add);
        return set;
    }

    private static AssetRule assetRule(ResultSet rs) throws SQLException {
        return new AssetRule(rs.getString("rule_code"), types(rs.getString("asset_types")),
                AssetRule.Measure.valueOf(rs.getString("measure")), AssetRule.Comparison.valueOf(rs.getString("comparison")),
                ThresholdExpression.parse(rs.getString("threshold_expr")), types(rs.getString("exempt_types")));
    }

}
