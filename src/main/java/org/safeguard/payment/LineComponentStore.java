package org.safeguard.payment;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code payroll_line_component}: one per non-zero part of a line. There is no foreign key to the line
 * (its check cost seconds per 100,000 lines); {@link #mismatches} is the check instead, run when a payroll's
 * generation ends and after every line written one by one. Callers hold the transaction.
 */
@Repository
class LineComponentStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate template;
    private final NamedParameterJdbcTemplate named;
    private final ComponentCatalog catalog;
    private final Clock clock;

    LineComponentStore(JdbcTemplate template, NamedParameterJdbcTemplate named, ComponentCatalog catalog, Clock clock) {
        this.template = template;
        this.named = named;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * A new line id that grows with time (UUID version 7 layout, as PostgreSQL's payroll_line_id()), so lines written
     * from Java land at the right edge of the line indexes too. 74 random bits keep it unguessable.
     */
    UUID newLineId() {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** Writes the components of lines just written, keyed by line id. */
    void insert(UUID payrollId, Map<UUID, LineComponents> byLine) {
        List<Object[]> rows = new ArrayList<>();
        byLine.forEach((lineId, components) -> components.parts().forEach((code, amount) ->
                rows.add(new Object[]{payrollId, lineId, code, amount})));
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into payroll_line_component (payroll_id, line_id, code, amount) values (?, ?, ?, ?)",
                    rows);
        }
    }

    /** The components of these lines of the payroll, each in its benefit's declared order. */
    Map<UUID, LineComponents> forLines(UUID payrollId, String benefit, Collection<UUID> lineIds) {
        Map<UUID, Map<String, BigDecimal>> raw = new HashMap<>();
        if (!lineIds.isEmpty()) {
            named.query("select line_id, code, amount from payroll_line_component where payroll_id = :payroll "
                            + "and line_id in (:lines)",
                    new MapSqlParameterSource("payroll", payrollId).addValue("lines", lineIds),
                    (RowCallbackHandler) rs -> raw.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3)));
        }
        Map<UUID, LineComponents> out = new HashMap<>();
        for (UUID id : lineIds) {
            out.put(id, catalog.ordered(benefit, raw.getOrDefault(id, Map.of())));
        }
        return out;
    }

    /** The components of one line. */
    LineComponents forLine(UUID payrollId, String benefit, UUID lineId) {
        return forLines(payrollId, benefit, List.of(lineId)).get(lineId);
    }

    void deleteForPayroll(UUID payrollId) {
        template.update("delete from payroll_line_component where payroll_id = ?", payrollId);
    }

    /**
     * How many lines of the payroll do not equal the sum of their components, plus how many components belong to no
     * line of the payroll: zero when the payroll is sound. Two range scans of the payroll's lines and components.
     */
    long mismatches(UUID payrollId) {
        Long lines = template.queryForObject("""
                select count(*) from payroll_line l
                left join (select line_id, sum(amount) as total from payroll_line_component where payroll_id = ?
                           group by line_id) c on c.line_id = l.id
                where l.payroll_id = ? and (c.total is null or c.total <> l.amount)""", Long.class, payrollId, payrollId);
        Long orphans = template.queryForObject("""
                select count(*) from payroll_line_component c where c.payroll_id = ?
                  and not exists (select 1 from payroll_line l where l.id = c.line_id and l.payroll_id = c.payroll_id)""",
                Long.class, payrollId);
        return (lines == null ? 0 : lines) + (orphans == null ? 0 : orphans);
    }

    /** Fails the transaction when a line of the payroll is not the sum of its components. */
    void verify(UUID payrollId) {
        long wrong = mismatches(payrollId);
        if (wrong != 0) {
            throw new IllegalStateException("payroll " + payrollId + ": " + wrong
                    + " line(s) or component(s) where a line is not the sum of its components");
        }
    }
}
