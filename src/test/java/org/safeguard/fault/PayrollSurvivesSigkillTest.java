package org.safeguard.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.fault.PayrollChecks.allChunksDone;
import static org.safeguard.fault.PayrollChecks.lines;
import static org.safeguard.fault.PayrollChecks.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.bench.DibaoCaseloadSeeder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 10, with real processes on PostgreSQL: a 200,000-household DIBAO payroll survives SIGKILL of its
 * node at three points (after 15 % of the lines, after 55 %, and once every line is written while the totals and the
 * bank-file hash are computed). After the first kill the node is restarted; the second kill leaves the payroll to a
 * second node that is already running, which takes it over without any restart; after the third the node is started
 * again. The oracle is SQL on the tables themselves: each seeded household has exactly one line, no payee has two,
 * and the payroll's totals equal the sum of its lines. Skipped on H2 and when PostgreSQL is not reachable.
 */
class PayrollSurvivesSigkillTest {

    private static final String DATABASE = "safeguard_fault";
    private static final int HOUSEHOLDS = Integer.getInteger("fault.households", 200_000);
    private static final Duration WAIT = Duration.ofMinutes(6);

    private FaultCluster cluster;

    @AfterEach
    void stopNodes() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aPayrollWhoseNodeIsKilledThreeTimesPaysEveryHouseholdExactlyOnce() throws Exception {
        // small chunks (100 of them), so that each kill point is a wide window rather than a race
        cluster = FaultCluster.onFreshDatabase(DATABASE, "fault", "--safeguard.payroll.staged-chunk-size=2000");
        // the first start loads the demo accounts; later starts leave the demo alone (it would fill in its demo
        // payrolls for recent months, which the seeded households would swell to 200,000 lines each)
        ChildNode first = cluster.node("node-a1", "--safeguard.demo.enabled=true", "--safeguard.demo.households=60");
        JdbcClient db = cluster.db();
        DibaoCaseloadSeeder.seed(db, HOUSEHOLDS);
        db.sql("analyze").update();

        var started = first.post("finance", "/api/v1/payrolls",
                "{\"regionCode\":\"%s\",\"month\":\"2021-03\",\"benefit\":\"DIBAO\"}".formatted(DibaoCaseloadSeeder.REGION));
        assertThat(started.statusCode()).as(started.body()).isIn(200, 201, 202);
        UUID payroll = UUID.fromString(JsonPath.read(started.body(), "$.id"));

        PayrollChecks.await(() -> lines(db, payroll) >= HOUSEHOLDS * 15L / 100, WAIT, "15 % of the lines");
        first.kill();
        long atFirstKill = lines(db, payroll);
        // two nodes started together, so that both are up while the payroll still has most of its lines to write
        List<ChildNode> running = new ArrayList<>(List.of(cluster.launch("node-a2"), cluster.launch("node-b")));
        for (ChildNode n : running) {
            n.awaitReady();
        }

        PayrollChecks.await(() -> lines(db, payroll) >= HOUSEHOLDS * 55L / 100, WAIT, "55 % of the lines after the restart");
        ChildNode picker = picker(db, payroll, running);
        picker.kill();
        running.remove(picker);
        long atSecondKill = lines(db, payroll);

        // every chunk done (processed reaches the payees counted at the start): the node is computing totals and hash
        PayrollChecks.await(() -> allChunksDone(db, payroll) || "GENERATED".equals(state(db, payroll)), WAIT,
                "every line, written by the node that took over without a restart");
        ChildNode survivor = running.get(0);
        String stateAtThirdKill = state(db, payroll);
        String writerOfTheRest = pickedBy(db, payroll);
        survivor.kill();
        cluster.node(survivor.name() + "-restarted");
        PayrollChecks.await(() -> "GENERATED".equals(state(db, payroll)), WAIT, "GENERATED after the third kill");

        System.out.printf("SIGKILL fault test: %d households; killed at %d lines (restart), at %d lines (taken over by the "
                + "running %s), and in %s while finishing (restart)%n", HOUSEHOLDS, atFirstKill, atSecondKill, survivor.name(),
                stateAtThirdKill);
        assertThat(writerOfTheRest).as("the running node took the payroll over").isEqualTo(survivor.name());
        assertThat(atFirstKill).as("lines at the first kill").isBetween(1L, HOUSEHOLDS - 1L);
        assertThat(atSecondKill).as("lines at the second kill").isBetween(atFirstKill, HOUSEHOLDS - 1L);
        assertThat(stateAtThirdKill).as("the third kill hit the payroll before it was finished").isEqualTo("GENERATING");
        long seededPaid = db.sql("""
                select count(*) from payroll_line l join dibao_beneficiary b on b.household_id = l.payee_id
                where l.payroll_id = ? and b.source_ref = ?""").params(payroll, DibaoCaseloadSeeder.MARK).query(Long.class).single();
        assertThat(seededPaid).as("seeded households with a line").isEqualTo(HOUSEHOLDS);
        PayrollChecks.paidOnceWithHonestTotals(db, payroll);
    }

    private String pickedBy(JdbcClient db, UUID payroll) {
        return cluster.pickedBy("payroll-generation", payroll);
    }

    /** The node whose scheduler holds the payroll's execution now. */
    private ChildNode picker(JdbcClient db, UUID payroll, List<ChildNode> candidates) {
        String by = pickedBy(db, payroll);
        return candidates.stream().filter(n -> n.name().equals(by)).findFirst()
                .orElseThrow(() -> new AssertionError("payroll picked by " + by + ", none of " + candidates.stream().map(ChildNode::name).toList()));
    }
}
