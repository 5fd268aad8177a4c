package org.safeguard.fault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The set-up every SIGKILL test shares: PostgreSQL only (the test is skipped on H2 and when the server is not
 * reachable), a fresh database of the test's own, a cluster name of its own, and child nodes that are all killed when
 * the test ends (use it in try-with-resources or close it from {@code @AfterEach}).
 */
final class FaultCluster implements AutoCloseable {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = System.getProperty("SAFEGUARD_DB_USER", "postgres");

    private final String url;
    private final String cluster;
    private final List<String> defaults;
    private final List<ChildNode> nodes = new ArrayList<>();
    private JdbcClient db;

    private FaultCluster(String database, String clusterPrefix, List<String> defaults) {
        this.url = SERVER + database;
        this.cluster = clusterPrefix + "-" + UUID.randomUUID();
        this.defaults = defaults;
    }

    /**
     * Skips the test unless it runs on PostgreSQL, then drops and creates {@code database}; every node gets
     * {@code defaults} before its own arguments.
     */
    static FaultCluster onFreshDatabase(String database, String clusterPrefix, String... defaults) throws Exception {
        assumeTrue("postgres".equals(System.getProperty("spring.profiles.active")),
                "the SIGKILL fault tests run on PostgreSQL only (-Dspring.profiles.active=postgres), as CI's second pass does");
        assumeTrue(PayrollChecks.reachable(SERVER, USER), "PostgreSQL not reachable at " + SERVER);
        PayrollChecks.freshDatabase(SERVER, USER, database);
        return new FaultCluster(database, clusterPrefix, List.of(defaults));
    }

    String cluster() {
        return cluster;
    }

    /** The test's own connection to the database, for seeding and for the SQL oracle. */
    JdbcClient db() {
        if (db == null) {
            db = JdbcClient.create(new SingleConnectionDataSource(url, USER, "", true));
        }
        return db;
    }

    /** Starts a node and waits until it is ready; without arguments of its own the demo is off. */
    ChildNode node(String name, String... args) throws Exception {
        ChildNode n = launch(name, args);
        n.awaitReady();
        return n;
    }

    /** Starts a node and returns at once. */
    ChildNode launch(String name, String... args) throws Exception {
        List<String> all = new ArrayList<>(defaults);
        all.addAll(args.length > 0 ? List.of(args) : List.of("--safeguard.demo.enabled=false"));
        ChildNode n = ChildNode.launch(name, url, USER, cluster, all);
        nodes.add(n);
        return n;
    }

    /** The node name holding the task instance's execution now (null when none does). */
    String pickedBy(String task, Object instance) {
        return db().sql("select picked_by from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(task + "@" + cluster, instance.toString()).query(String.class).optional().orElse(null);
    }

    @Override
    public void close() throws Exception {
        for (ChildNode n : nodes) {
            n.close();
        }
    }
}
