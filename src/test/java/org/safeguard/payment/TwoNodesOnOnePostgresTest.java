package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.SafeguardApplication;
import org.safeguard.demo.DemoAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application contexts (two nodes) on one PostgreSQL database and one job cluster: each scheduled job runs on
 * one node only, a node that is closed in the middle of a payroll hands it over and the other node finishes it with
 * every payee paid exactly once, and a payroll whose node died (its execution still picked, heartbeats stopped) is
 * revived by the other node without a restart. Skipped when PostgreSQL is not reachable.
 * Database: -DSAFEGUARD_TWO_NODE_DB_URL, or by default a fresh database safeguard_two_nodes on 127.0.0.1:5432 (created
 * and dropped by the test), user -DSAFEGUARD_DB_USER.
 */
class TwoNodesOnOnePostgresTest {

    private static final String COMMUNITY = "420106006002";
    /** Given: used as it is. Not given: a database of its own, created fresh for each run (see {@link #freshDatabase}). */
    private static final String GIVEN_URL = System.getProperty("SAFEGUARD_TWO_NODE_DB_URL");
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String OWN_DATABASE = "safeguard_two_nodes";
    private static final String URL = GIVEN_URL != null ? GIVEN_URL : SERVER + OWN_DATABASE;
    private static final String USER = System.getProperty("SAFEGUARD_DB_USER", "postgres");

    private final String cluster = "two-nodes-" + UUID.randomUUID();
    private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> starts = new ConcurrentHashMap<>();
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @AfterEach
    void close() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null && nodeA.isActive()) {
            nodeA.close();
        }
    }

    @Test
    void eachJobRunsOnceAndAClosedOrDeadNodesPayrollIsFinishedByTheOther() throws Exception {
        assumeTrue(reachable(), "PostgreSQL not reachable at " + URL + ": the two-node test needs it (set "
                + "-DSAFEGUARD_TWO_NODE_DB_URL=jdbc:postgresql://host:5432/db)");
        freshDatabase();
        nodeA = node("node-a");
        nodeB = node("node-b");
        JdbcTemplate db = nodeB.getBean(JdbcTemplate.class);

        // the dibao daily run of a fresh cluster happens at the first start, on one of the two nodes, once
        String daily = "dibao-daily@" + cluster;
        assertThat(eventually(Duration.ofSeconds(60), () -> count(completions, daily) >= 1)).isTrue();
        // and stays at one while both nodes keep polling (a second run would show within a few polls)
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> count(completions, daily) == 1);
        assertThat(count(completions, daily)).as("dibao daily runs").isEqualTo(1);
        assertThat(count(completions, "idempotency-cleanup@" + cluster)).isLessThanOrEqualTo(1);

        // a payroll of 700 payees (100 chunks) started on node A; node A is closed while generating
        List<PayableLine> payees = nodeA.getBean(ScriptedPayrollSource.class).addPayees(COMMUNITY, 700);
        nodeB.getBean(ScriptedPayrollSource.class).addLines(payees);
        UUID first = startPayroll(nodeA);
        assertThat(eventually(Duration.ofSeconds(60), () -> chunks(db, first) >= 3)).isTrue();
        nodeA.close();
        int chunksByA = chunks(db, first);
        assertThat(eventually(Duration.ofSeconds(90), () -> generated(db, first))).as("node B finished the payroll").isTrue();
        assertThat(chunksByA).isLessThan(100);
        assertThat(lines(db, first)).isEqualTo(700);
        assertThat(count(starts, "payroll-generation@" + cluster + "/" + first + "@node-b")).isPositive();

        // a payroll whose node died: its execution stays picked by a node that no longer heart-beats
        Scheduler schedulerB = nodeB.getBean(Scheduler.class);
        schedulerB.pause();
        UUID second = startPayroll(nodeB);
        int picked = db.update("""
                update scheduled_tasks set picked = true, picked_by = 'node-killed', last_heartbeat = ?,
                    version = version + 1 where task_name = ? and task_instance = ?""",
                OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC),
                "payroll-generation@" + cluster, second.toString());
        assertThat(picked).isEqualTo(1);
        schedulerB.resume();
        assertThat(eventually(Duration.ofSeconds(90), () -> generated(db, second))).as("revived on node B").isTrue();
        assertThat(lines(db, second)).isEqualTo(700);
    }

    private ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(SafeguardApplication.class)
                .profiles("postgres")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("countingListener", new Counting(name)))
                // command-line arguments: they win over the postgres profile's file and the test's config
                .run("--spring.datasource.url=" + URL,
                        "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + System.getProperty("SAFEGUARD_DB_PASSWORD", ""),
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--server.port=0",
                        "--safeguard.demo.enabled=true",
                        "--safeguard.demo.households=20",
                        "--safeguard.jobs.cluster=" + cluster,
                        "--safeguard.jobs.node-name=" + name,
                        "--safeguard.jobs.polling-interval=300ms",
                        "--safeguard.jobs.heartbeat=500ms",
                        "--safeguard.jobs.missed-heartbeats=4");
    }

    /** Counts, for both nodes together, each execution start (with the node) and each completion per task. */
    private final class Counting extends AbstractSchedulerListener {
        private final String node;

        Counting(String node) {
            this.node = node;
        }

        @Override
        public void onExecutionStart(CurrentlyExecuting execution) {
            var instance = execution.getTaskInstance();
            starts.computeIfAbsent(instance.getTaskName() + "/" + instance.getId() + "@" + node,
                    k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void onExecutionComplete(ExecutionComplete done) {
            completions.computeIfAbsent(done.getExecution().taskInstance.getTaskName(), k -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    private UUID startPayroll(ConfigurableApplicationContext node) throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        String auth = Base64.getEncoder().encodeToString(("finance:" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + port + "/api/v1/payrolls"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"regionCode\":\"%s\",\"month\":\"%s\",\"benefit\":\"%s\"}"
                        .formatted(COMMUNITY, ScriptedPayrollSource.freshMonth(), ScriptedPayrollSource.BENEFIT)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return UUID.fromString(JsonPath.read(response.body(), "$.id"));
    }

    private static int chunks(JdbcTemplate db, UUID payroll) {
        return db.queryForObject("select chunks from payroll_job where payroll_id = ?", Integer.class, payroll);
    }

    private static boolean generated(JdbcTemplate db, UUID payroll) {
        return "GENERATED".equals(db.queryForObject("select state from payroll where id = ?", String.class, payroll));
    }

    private static int lines(JdbcTemplate db, UUID payroll) {
        return db.queryForObject("select count(*) from payroll_line where payroll_id = ?", Integer.class, payroll);
    }

    private static int count(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger n = counts.get(key);
        return n == null ? 0 : n.get();
    }

    private static boolean eventually(Duration within, BooleanSupplier condition) {
        try {
            org.awaitility.Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    /**
     * A database left by an earlier run (or another branch) may hold migrations this tree does not know, which Flyway
     * refuses; the test starts from an empty one, as a new installation does.
     */
    private static void freshDatabase() throws Exception {
        if (GIVEN_URL != null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, System.getProperty("SAFEGUARD_DB_PASSWORD", ""));
             var st = c.createStatement()) {
            st.execute("drop database if exists " + OWN_DATABASE + " with (force)");
            st.execute("create database " + OWN_DATABASE);
        }
    }

    private static boolean reachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(GIVEN_URL != null ? URL : SERVER + "postgres", USER,
                System.getProperty("SAFEGUARD_DB_PASSWORD", ""))) {
            return c.isValid(3);
        } catch (Exception e) {
            return false;
        }
    }
}
