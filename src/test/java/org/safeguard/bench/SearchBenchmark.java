package org.safeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Household search with 1,000,000 persons in PostgreSQL: p95 through the API, load from a second process.
 * Run with bench/search.sh (it prepares the database and the profile).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=0", "spring.datasource.hikari.maximum-pool-size=8"})
class SearchBenchmark {

    private static final int TARGET_PERSONS = 1_000_000;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Value("${bench.requests:5000}")
    int requests;
    @Value("${bench.concurrency:4}")
    int concurrency;

    @Test
    void searchByIdNumberAndNamePrefixWithAMillionPersons() throws Exception {
        String url = jdbc.sql("select 1").query(Integer.class).single() == 1 ? dataSource.getConnection().getMetaData().getURL() : "";
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql"), "the search benchmark runs on PostgreSQL (bench/search.sh)");
        long persons = jdbc.sql("select count(*) from household_member where active").query(Long.class).single();
        if (persons < TARGET_PERSONS) {
            List<String> communities = jdbc.sql("select code from region where level = 'COMMUNITY' order by code")
                    .query(String.class).list();
            long households = jdbc.sql("select count(*) from household").query(Long.class).single();
            int missingHouseholds = (int) ((TARGET_PERSONS - persons) / 2.5) + 1;
            long t0 = System.nanoTime();
            BulkSeeder.seed(dataSource, communities, missingHouseholds, households, 42);
            jdbc.sql("analyze").update();
            persons = jdbc.sql("select count(*) from household_member where active").query(Long.class).single();
            System.out.printf("seeded %d households in %.1f s%n", missingHouseholds, (System.nanoTime() - t0) / 1e9);
        }
        assertThat(persons).isGreaterThanOrEqualTo(TARGET_PERSONS);
        String scope = "420106%";
        List<String> ids = jdbc.sql("""
                select p.id_number from person p join household_member m on m.active_person_id = p.id
                join household h on h.id = m.household_id where h.region_code like ? order by p.id limit 3000""")
                .param(scope).query(String.class).list();
        List<String> names = new ArrayList<>();
        for (String surname : BulkSeeder.SURNAMES) {
            names.add(surname);
            names.add(surname + BulkSeeder.GIVEN[surname.codePointAt(0) % BulkSeeder.GIVEN.length]);
        }
        System.out.printf("registry: %d active persons; searching as reviewer (Wuchang District)%n", persons);
        run("idNumber", ids);
        run("name", names);
    }

    private void run(String kind, List<String> queries) throws Exception {
        Path file = Files.createTempFile("queries-" + kind, ".txt");
        Files.write(file, queries);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SearchLoadClient.class.getName(),
                "http://127.0.0.1:" + port, "reviewer", DemoAccounts.PASSWORD, file.toString(), kind,
                Integer.toString(requests), Integer.toString(concurrency))
                .redirectErrorStream(true).start();
        // Relayed line by line: a child writing straight to this JVM's stdout would corrupt Surefire's channel.
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            out.lines().forEach(System.out::println);
        }
        assertThat(process.waitFor()).as("load client exit code").isZero();
        new File(file.toString()).delete();
    }
}
