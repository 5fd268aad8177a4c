package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for indices, mechanism versions and evaluations. Callers hold the transaction. */
@Repository
class PriceStore {

    private final JdbcClient jdbc;

    PriceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    // ---- indices ----

    long insertIndex(String region, YearMonth month, BigDecimal cpi, BigDecimal food, BigDecimal scpi, LocalDate publishedOn,
                     String sourceRef, Long corrects, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into price_index (region_code, index_month, cpi_yoy, food_yoy, scpi_yoy, published_on, source_ref,
                  corrects, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(region, month.atDay(1), cpi, food, scpi, publishedOn, sourceRef, corrects, by, ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Every current index row (the newest per region and month). */
    List<PriceIndex> currentIndices() {
        return jdbc.sql("""
                select * from price_index i where i.id = (select max(j.id) from price_index j
                  where j.region_code = i.region_code and j.index_month = i.index_month)
                order by i.region_code, i.index_month""").query(PriceStore::index).list();
    }

    Optional<PriceIndex> currentIndex(String region, YearMonth month) {
        return jdbc.sql("select * from price_index where region_code = ? and index_month = ? order by id desc limit 1")
                .params(region, month.atDay(1)).query(PriceStore::index).optional();
    }

    Optional<PriceIndex> index(long id) {
        return jdbc.sql("select * from price_index where id = ?").param(id).query(PriceStore::index).optional();
    }

    List<PriceIndex> history(String region, YearMonth month) {
        return jdbc.sql("select * from price_index where region_code = ? and index_month = ? order by id desc")
                .params(region, month.atDay(1)).query(PriceStore::index).list();
    }

    long countIndices() {
        return jdbc.sql("select count(*) from price_index").query(Long.class).single();
    }

    static PriceIndex index(ResultSet rs, int n) throws SQLException {
        long correctsValue = rs.getLong("corrects");
        Long corrects = rs.wasNull() ? null : correctsValue;
        return new PriceIndex(rs.getLong("id"), rs.getString("region_code"),
                YearMonth.from(rs.getObject("index_month", LocalDate.class)), rs.getBigDecimal("cpi_yoy"),
                rs.getBigDecimal("food_yoy"), rs.getBigDecimal("scpi_yoy"), rs.getObject("published_on", LocalDate.class),
                rs.getString("source_ref"), corrects, rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    // ---- mechanism ----

    List<MechanismRow> mechanisms() {
        return jdbc.sql("select * from price_mechanism order by region_code, effective_from, id").query(PriceStore::mechanism).list();
    }

    long insertMechanism(NewMechanismVersion v, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into price_mechanism (region_code, effective_from, effective_to, cpi_trigger, food_trigger, index_basis,
                  multiplier, covered_groups, min_amount, deadline_rule, deadline_days, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.regionCode(), v.from().atDay(1), v.to() == null ? null : v.to().atDay(1), v.cpiTrigger(),
                        v.foodTrigger(), v.indexBasis() == null ? null : v.indexBasis().name(), v.multiplier(),
                        v.groups() == null ? null : v.groups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        v.minAmount(), null, null, v.note(), by, ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    static MechanismRow mechanism(ResultSet rs, int n) throws SQLException {
        LocalDate to = rs.getObject("effective_to", LocalDate.class);
        String basis = rs.getString("index_basis");
        String groups = rs.getString("covered_groups");
        String rule = rs.getString("deadline_rule");
        int days = rs.getInt("deadline_days");
        Integer deadlineDays = rs.wasNull() ? null : days;
        return new MechanismRow(rs.getLong("id"), rs.getString("region_code"),
                YearMonth.from(rs.getObject("effective_from", LocalDate.class)), to == null ? null : YearMonth.from(to),
                rs.getBigDecimal("cpi_trigger"), rs.getBigDecimal("food_trigger"),
                basis == null ? null : IndexBasis.valueOf(basis), rs.getBigDecimal("multiplier"), groups(groups),
                rs.getBigDecimal("min_amount"), rule == null ? null : DeadlineRule.valueOf(rule), deadlineDays,
                rs.getString("note"));
    }

    static Set<CoveredGroup> groups(String text) {
        if (text == null) {
            return null;
        }
        Set<CoveredGroup> set = EnumSet.noneOf(CoveredGroup.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(CoveredGroup::valueOf).forEach(set::add);
        return set;
    }

    // ---- evaluations ----

    long insertEvaluation(PriceSubsidyResult r, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Mechanism m = r.mechanism();
        PriceIndex i = r.index();
        jdbc.sql("""
                insert into price_evaluation (region_code, index_month, index_id, index_region, cpi_yoy, food_yoy, scpi_yoy,
                  published_on, cpi_trigger, food_trigger, index_basis, triggered, triggering, rate_pct, multiplier,
                  covered_groups, min_amount, due_by, evaluated_by, evaluated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.regionCode(), r.month().atDay(1), i.id(), i.regionCode(), i.cpiYoy(), i.foodYoy(), i.scpiYoy(),
                        i.publishedOn(), m.cpiTrigger(), m.foodTrigger(), m.indexBasis().name(), r.triggered(),
                        r.triggeringIndices().isEmpty() ? null : String.join(",", r.triggeringIndices()), r.ratePercent(),
                        m.multiplier(), r.coveredGroups().stream().map(Enum::name).collect(Collectors.joining(",")),
                        m.minAmount(), r.dueBy(), by, ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The newest evaluation of each region and month in the subtree (prefix), newest month first. */
    List<Evaluation> currentEvaluations(String regionLike, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select * from price_evaluation e where e.region_code like ? and e.index_month between ? and ?
                  and e.id = (select max(f.id) from price_evaluation f where f.region_code = e.region_code and f.index_month = e.index_month)
                order by e.index_month desc, e.region_code""")
                .params(regionLike, from.atDay(1), to.atDay(1)).query(PriceStore::evaluation).list();
    }

    Optional<Evaluation> currentEvaluation(String region, YearMonth month) {
        return jdbc.sql("select * from price_evaluation where region_code = ? and index_month = ? order by id desc limit 1")
                .params(region, month.atDay(1)).query(PriceStore::evaluation).optional();
    }

    Optional<Evaluation> evaluation(long id) {
        return jdbc.sql("select * from price_evaluation where id = ?").param(id).query(PriceStore::evaluation).optional();
    }

    /** Regions that have any evaluation for the month (for nearest-ancestor lookups). */
    List<Evaluation> evaluationsOfMonth(YearMonth month) {
        return jdbc.sql("""
                select * from price_evaluation e where e.index_month = ?
                  and e.id = (select max(f.id) from price_evaluation f where f.region_code = e.region_code and f.index_month = e.index_month)""")
                .param(month.atDay(1)).query(PriceStore::evaluation).list();
    }

    static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        String triggering = rs.getString("triggering");
        return new Evaluation(rs.getLong("id"), rs.getString("region_code"),
                YearMonth.from(rs.getObject("index_month", LocalDate.class)), rs.getLong("index_id"),
                rs.getString("index_region"), rs.getBigDecimal("cpi_yoy"), rs.getBigDecimal("food_yoy"),
                rs.getBigDecimal("scpi_yoy"), rs.getObject("published_on", LocalDate.class), rs.getBigDecimal("cpi_trigger"),
                rs.getBigDecimal("food_trigger"), IndexBasis.valueOf(rs.getString("index_basis")), rs.getBoolean("triggered"),
                triggering == null ? List.of() : List.of(triggering.split(",")), rs.getBigDecimal("rate_pct"),
                rs.getBigDecimal("multiplier"), groups(rs.getString("covered_groups")), rs.getBigDecimal("min_amount"),
                rs.getObject("due_by", LocalDate.class), rs.getString("evaluated_by"),
                rs.getObject("evaluated_at", OffsetDateTime.class).toInstant());
    }
}
