package org.safeguard.beneficiary;

import java.util.UUID;
import java.util.function.Consumer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.policy.dibao.ActiveDibaoCaseload;
import org.safeguard.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The households paid dibao in a month, with the facts and amount of the entitlement in force, for the policy impact
 * preview. Streams in keyset pages (by household id) so a caseload of millions never sits in memory at once and no
 * long-running cursor holds a transaction open.
 */
@Component
class DibaoCaseload implements ActiveDibaoCaseload {

    static final int PAGE = 2_000;

    private final JdbcClient jdbc;

    DibaoCaseload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachActive(RegionCode subtree, YearMonth month, Consumer<CaseloadHousehold> sink) {
        UUID after = new UUID(0L, 0L);
        String prefix = subtree.subtreePrefix() + "%";
        while (true) {
            // Keyset page of ids first, then the page's rows by id range. The entitlement is joined by equality only:
            // a range condition on it as well made PostgreSQL scan the whole page's entitlements once per household.
            List<UUID> ids = jdbc.sql("""
                    select b.household_id from dibao_beneficiary b
                    where b.household_id > ? and b.region_code like ? and b.state <> 'TERMINATED'
                      and b.first_month <= ? and (b.last_month is null or b.last_month >= ?)
                    order by b.household_id fetch first %d rows only""".formatted(PAGE))
                    .params(after, prefix, month.atDay(1), month.atDay(1)).query(UUID.class).list();
            if (ids.isEmpty()) {
                return;
            }
            UUID last = ids.get(ids.size() - 1);
            List<CaseloadHousehold> page = new ArrayList<>(ids.size());
            jdbc.sql("""
                    select b.household_id, b.region_code, e.facts_json, e.monthly_amount
                    from dibao_beneficiary b
                    join dibao_entitlement e on e.household_id = b.household_id and e.from_month <= :month
                      and not exists (select 1 from dibao_entitlement e2 where e2.household_id = e.household_id
                        and e2.from_month <= :month and (e2.from_month > e.from_month or (e2.from_month = e.from_month and e2.id > e.id)))
                    where b.household_id > :after and b.household_id <= :last and b.region_code like :prefix
                      and b.state <> 'TERMINATED' and b.first_month <= :month and (b.last_month is null or b.last_month >= :month)
                    order by b.household_id""")
                    .param("after", after).param("last", last).param("month", month.atDay(1)).param("prefix", prefix)
                    .query(rs -> {
                        page.add(new CaseloadHousehold(rs.getObject(1, UUID.class), RegionCode.of(rs.getString(2)),
                                FactsJson.read(rs.getString(3)), rs.getBigDecimal(4)));
                    });
            page.forEach(sink);
            if (ids.size() < PAGE) {
                return;
            }
            after = last;
        }
    }
}
