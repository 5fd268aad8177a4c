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
        while (true) {
            List<CaseloadHousehold> page = new ArrayList<>(PAGE);
            List<UUID> ids = new ArrayList<>(PAGE);
            jdbc.sql("""
                    select b.household_id, b.region_code, e.facts_json, e.monthly_amount
                    from dibao_beneficiary b
                    join dibao_entitlement e on e.household_id = b.household_id and e.id = (
                      select e2.id from dibao_entitlement e2 where e2.household_id = b.household_id and e2.from_month <= ?
                      order by e2.from_month desc, e2.id desc fetch first 1 rows only)
                    where b.household_id > ? and b.region_code like ? and b.state <> 'TERMINATED'
                      and b.first_month <= ? and (b.last_month is null or b.last_month >= ?)
                    order by b.household_id fetch first %d rows only""".formatted(PAGE))
                    .params(month.atDay(1), after, subtree.subtreePrefix() + "%", month.atDay(1), month.atDay(1))
                    .query(rs -> {
                        UUID id = rs.getObject(1, UUID.class);
                        ids.add(id);
                        page.add(new CaseloadHousehold(id, RegionCode.of(rs.getString(2)), FactsJson.read(rs.getString(3)),
                                rs.getBigDecimal(4)));
                    });
            page.forEach(sink);
            if (ids.size() < PAGE) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
