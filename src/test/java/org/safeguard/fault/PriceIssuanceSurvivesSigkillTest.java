package org.safeguard.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.fault.PayrollChecks.await;
import static org.safeguard.fault.PayrollChecks.lines;
import static org.safeguard.fault.PayrollChecks.state;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.bench.DibaoCaseloadSeeder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 10, the price-subsidy side: a 200,000-person issuance (the dibao recipients of Wuchang, from the
 * caseload read model) loses its node to SIGKILL at 15 % and again at 55 % of its lines; each time the node is
 * started again and the issuance finishes. SQL on the tables: each covered person has exactly one line, and the
 * payroll's totals equal its lines. Skipped on H2 and when PostgreSQL is not reachable.
 */
class PriceIssuanceSurvivesSigkillTest {

    private static final String DATABASE = "safeguard_fault_price";
    private static final int PERSONS = Integer.getInteger("fault.households", 200_000);
    private static final Duration WAIT = Duration.ofMinutes(6);

    private FaultCluster cluster;

    @AfterEach
    void stopNodes() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void anIssuanceWhoseNodeIsKilledTwicePaysEveryCoveredPersonExactlyOnce() throws Exception {
        cluster = FaultCluster.onFreshDatabase(DATABASE, "fault-price", "--safeguard.payroll.staged-chunk-size=2000");
        ChildNode first = cluster.node("price-1", "--safeguard.demo.enabled=true", "--safeguard.demo.households=60");
        JdbcClient db = cluster.db();
        DibaoCaseloadSeeder.seed(db, PERSONS);
        // the seeded heads as covered dibao recipients, as the beneficiary events would have recorded them
        db.sql("""
                insert into price_dibao_person (household_id, person_id, region_code, urban_rural, from_month, to_month)
                select b.household_id, m.person_id, b.region_code, 'URBAN', date '2019-01-01', null
                from dibao_beneficiary b join household_member m on m.household_id = b.household_id
                where b.source_ref = ?""").param(DibaoCaseloadSeeder.MARK).update();
        db.sql("analyze").update();

        var index = first.post("reviewer", "/api/v1/price-indices", """
                {"regionCode":"420106000000","month":"2021-03","cpiYoy":"9.0","foodYoy":"9.0","publishedOn":"2021-04-10"}""");
        assertThat(index.statusCode()).as(index.body()).isIn(200, 201);
        var issued = first.post("finance", "/api/v1/price-subsidies/issuances", """
                {"regionCode":"420106000000","month":"2021-03"}""");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(202);
        UUID payroll = UUID.fromString(JsonPath.read(issued.body(), "$.payroll.id"));

        await(() -> lines(db, payroll) >= PERSONS * 15L / 100, WAIT, "15 % of the lines");
        first.kill();
        long atFirstKill = lines(db, payroll);
        ChildNode second = cluster.node("price-2");
        await(() -> lines(db, payroll) >= PERSONS * 55L / 100, WAIT, "55 % of the lines after the restart");
        second.kill();
        long atSecondKill = lines(db, payroll);
        cluster.node("price-3");
        await(() -> "GENERATED".equals(state(db, payroll)), WAIT, "GENERATED after the second restart");

        System.out.printf("price-subsidy SIGKILL test: %d covered persons; killed at %d and at %d lines, restarted each time%n",
                PERSONS, atFirstKill, atSecondKill);
        assertThat(atFirstKill).isBetween(1L, PERSONS - 1L);
        assertThat(atSecondKill).isBetween(atFirstKill, PERSONS - 1L);
        long seededPaid = db.sql("""
                select count(*) from payroll_line l join price_dibao_person d on d.person_id = l.payee_id
                join dibao_beneficiary b on b.household_id = d.household_id
                where l.payroll_id = ? and b.source_ref = ?""").params(payroll, DibaoCaseloadSeeder.MARK).query(Long.class).single();
        assertThat(seededPaid).as("covered persons with a line").isEqualTo(PERSONS);
        PayrollChecks.paidOnceWithHonestTotals(db, payroll);
    }
}
