package org.safeguard.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.safeguard.fault.PayrollChecks.await;
import static org.safeguard.fault.PayrollChecks.lines;
import static org.safeguard.fault.PayrollChecks.state;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.bench.DibaoCaseloadSeeder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 15 item 10: the database itself goes away for 20 seconds in the middle of a payroll. The test runs its own
 * PostgreSQL cluster ({@link ScratchPostgres}) and Safeguard as a separate process on it, stops the server
 * immediately (a crash, not a shutdown) at 20 % of the lines and starts it again 20 s later. Meanwhile readiness
 * reports DOWN and API calls fail fast with 503; afterwards the same node, never restarted, finishes the payroll with
 * one line per household and totals equal to the lines. Skipped on H2 and where no PostgreSQL server binaries exist.
 */
class PayrollThroughDatabaseCrashTest {

    private static final int HOUSEHOLDS = Integer.getInteger("fault.outage-households", 60_000);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    private ScratchPostgres pg;
    private ChildNode node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aPayrollCaughtByATwentySecondDatabaseCrashResumesOnTheSameNodeWithNoDuplicate() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("spring.profiles.active")),
                "the database-crash test runs on PostgreSQL only (-Dspring.profiles.active=postgres), as CI's second pass does");
        Optional<Path> bin = ScratchPostgres.binaries();
        assumeTrue(bin.isPresent(), "no PostgreSQL server binaries under /usr/lib/postgresql to run a cluster of the test's own");
        pg = ScratchPostgres.create(bin.get());
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(pg.url("postgres"), "postgres", ""));
        admin.sql("create database safeguard").update();
        node = ChildNode.start("outage-node", pg.url("safeguard"), "postgres", "outage-" + UUID.randomUUID(),
                List.of("--safeguard.demo.enabled=true", "--safeguard.demo.households=60",
                        "--safeguard.payroll.staged-chunk-size=1000"));
        // the seeder keeps a temporary table between statements: one connection; the checks reconnect after the outage
        var seeding = new SingleConnectionDataSource(pg.url("safeguard"), "postgres", "", true);
        DibaoCaseloadSeeder.seed(JdbcClient.create(seeding), HOUSEHOLDS);
        JdbcClient.create(seeding).sql("analyze").update();
        seeding.destroy();
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(pg.url("safeguard"), "postgres", ""));

        var started = node.post("finance", "/api/v1/payrolls",
                "{\"regionCode\":\"%s\",\"month\":\"2021-03\",\"benefit\":\"DIBAO\"}".formatted(DibaoCaseloadSeeder.REGION));
        assertThat(started.statusCode()).as(started.body()).isIn(200, 201, 202);
        UUID payroll = UUID.fromString(JsonPath.read(started.body(), "$.id"));
        await(() -> lines(db, payroll) >= HOUSEHOLDS / 5, Duration.ofMinutes(5), "20 % of the lines");

        pg.stopImmediately();
        Instant down = Instant.now();
        await(() -> status(null, "/actuator/health/readiness") == 503, Duration.ofSeconds(10), "readiness DOWN");
        Duration readinessTook = Duration.between(down, Instant.now());
        Instant asked = Instant.now();
        int apiDuringOutage = status("finance", "/api/v1/payrolls/" + payroll);
        Duration apiTook = Duration.between(asked, Instant.now());
        // the outage lasts its full 20 s whatever the checks above took; nothing to wait for but the clock
        org.awaitility.Awaitility.await("the outage's end").pollDelay(Duration.ZERO).atMost(OUTAGE.plusSeconds(5))
                .until(() -> !Instant.now().isBefore(down.plus(OUTAGE)));
        pg.start();

        await(() -> "GENERATED".equals(state(db, payroll)), Duration.ofMinutes(5), "GENERATED after the outage, on the same node");
        System.out.printf("database crash test: %d households, outage %d s; readiness DOWN after %d ms, API answered %d in %d ms%n",
                HOUSEHOLDS, OUTAGE.toSeconds(), readinessTook.toMillis(), apiDuringOutage, apiTook.toMillis());
        assertThat(apiDuringOutage).as("an API call during the outage").isEqualTo(503);
        assertThat(apiTook).isLessThan(Duration.ofSeconds(6));
        long seededPaid = db.sql("""
                select count(*) from payroll_line l join dibao_beneficiary b on b.household_id = l.payee_id
                where l.payroll_id = ? and b.source_ref = ?""").params(payroll, DibaoCaseloadSeeder.MARK).query(Long.class).single();
        assertThat(seededPaid).isEqualTo(HOUSEHOLDS);
        PayrollChecks.paidOnceWithHonestTotals(db, payroll);
    }

    private int status(String user, String path) {
        try {
            return node.get(user, path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
