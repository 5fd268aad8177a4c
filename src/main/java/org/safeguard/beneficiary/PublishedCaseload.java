package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.safeguard.shared.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The community's published list of dibao households (2021 Art.24, domain.md §16 item 20): the head's name masked to
 * its first character plus *, the counted members and the monthly amount of the current month. Nothing else leaves
 * this class: no id, ID number, phone or address. A household leaves the list in the month after its benefit stops.
 */
@Component
public class PublishedCaseload {

    /** One published line. */
    public record Line(String maskedName, int members, BigDecimal monthlyAmount) {
    }

    /** The list of a community for a month, with its totals. */
    public record Listing(String communityCode, YearMonth month, List<Line> lines, int households, int persons,
                          BigDecimal total) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PublishedCaseload(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Listing of(String communityCode) {
        YearMonth month = YearMonth.now(clock);
        List<Line> lines = jdbc.sql("""
                        select h.head_name, b.counted_members, e.monthly_amount
                        from dibao_beneficiary b
                        join registry_household_payee_v h on h.household_id = b.household_id
                        join dibao_entitlement e on e.household_id = b.household_id and e.from_month <= :month
                          and not exists (select 1 from dibao_entitlement e2 where e2.household_id = e.household_id
                            and e2.from_month <= :month and (e2.from_month > e.from_month or (e2.from_month = e.from_month and e2.id > e.id)))
                        where b.region_code = :community and b.state <> 'TERMINATED' and b.first_month <= :month
                          and (b.last_month is null or b.last_month >= :month) and e.monthly_amount > 0
                          and h.head_name is not null
                        order by h.head_name, b.household_id""")
                .param("month", month.atDay(1)).param("community", communityCode)
                .query((rs, i) -> new Line(Masking.name(rs.getString(1)), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        int persons = lines.stream().mapToInt(Line::members).sum();
        BigDecimal total = lines.stream().map(Line::monthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Listing(communityCode, month, lines, lines.size(), persons, total);
    }
}
