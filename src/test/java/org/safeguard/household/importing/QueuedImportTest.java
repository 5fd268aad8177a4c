package org.safeguard.household.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rosters above the async threshold (20 rows here, so that 15 households are "large") are queued and imported by their
 * db-scheduler job, as the township caseworker "worker" (home: Zhonghualu Subdistrict 420106006000).
 */
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=60", "safeguard.upload.async-rows=20"})
@AutoConfigureMockMvc
class QueuedImportTest {

    private static final String PASSWORD = "Safeguard-Demo-2020";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ImportScope WORKER = new ImportScope("worker", RegionCode.of("420106006000"), false);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportJobs jobs;
    @Autowired
    QueuedImports queued;
    @Autowired
    RosterImport imports;
    @Autowired
    UserDetailsService users;

    /** 15 couples in Chucai and, if asked, one head with a wrong check digit (row 32). */
    private Roster large(boolean withProblem) {
        Roster roster = new Roster();
        for (int i = 1; i <= 15; i++) {
            roster.member(Integer.toString(i), Roster.CHUCAI, "HEAD", absentId())
                    .member(Integer.toString(i), Roster.CHUCAI, "SPOUSE", absentId());
        }
        if (withProblem) {
            roster.member("bad", Roster.CHUCAI, "HEAD", Roster.withWrongCheckDigit(Roster.freshId("420106")));
        }
        return roster;
    }

    private final java.util.Set<String> issued = new java.util.HashSet<>();

    /** A fresh ID number that no person in the (possibly long-lived) test database has, so exact counts hold. */
    private String absentId() {
        while (true) {
            String id = Roster.freshId("420106");
            if (issued.add(id) && persons(id) == 0) {
                return id;
            }
        }
    }

    private JsonNode upload(Roster roster, String mode) throws Exception {
        String body = mvc.perform(multipart("/api/v1/households/imports")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", roster.csv()))
                        .param("mode", mode).with(httpBasic("worker", PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.finished").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode queuedReport = JSON.readTree(body);
        String id = queuedReport.get("id").asString();
        assertThat(jobs.awaitCompletion(UUID.fromString(id), Duration.ofSeconds(60))).isTrue();
        return report(id);
    }

    private JsonNode report(String id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/households/imports/" + id).with(httpBasic("worker", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long persons(String idNumber) {
        return jdbc.sql("select count(*) from person where id_number = ?").param(idNumber).query(Long.class).single();
    }

    private long staged(UUID id) {
        return jdbc.sql("select count(*) from import_upload where batch_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aLargeRosterIsAnswered202WithItsLocationAndItsJobImportsItWithTheSameReportAsASynchronousImport() throws Exception {
        Roster roster = large(true);
        mvc.perform(multipart("/api/v1/households/imports")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", roster.csv()))
                        .param("mode", "VALID_ONLY").with(httpBasic("worker", PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/households/imports/[0-9a-f-]{36}")));
        JsonNode queuedReport = upload(large(true), "VALID_ONLY");
        Roster twin = large(true);
        ImportReport synchronous = imports.importFile(new RosterFile("large.csv", twin.csv().length,
                new ByteArrayResource(twin.csv())), ImportMode.VALID_ONLY, WORKER);

        assertThat(queuedReport.get("status").asString()).isEqualTo("IMPORTED").isEqualTo(synchronous.status().name());
        assertThat(queuedReport.get("finished").asBoolean()).isTrue();
        assertThat(queuedReport.get("rows").asInt()).isEqualTo(synchronous.rows()).isEqualTo(31);
        assertThat(queuedReport.get("rowsTotal").asInt()).isEqualTo(31);
        assertThat(queuedReport.get("households").asInt()).isEqualTo(synchronous.households()).isEqualTo(16);
        assertThat(queuedReport.get("householdsInserted").asInt()).isEqualTo(synchronous.householdsInserted()).isEqualTo(15);
        assertThat(queuedReport.get("householdsInvalid").asInt()).isEqualTo(synchronous.householdsInvalid()).isEqualTo(1);
        assertThat(queuedReport.get("personsInserted").asInt()).isEqualTo(synchronous.personsInserted()).isEqualTo(30);
        assertThat(queuedReport.get("problemCount").asInt()).isEqualTo(synchronous.problemTotal()).isEqualTo(1);
        JsonNode problem = queuedReport.get("problems").get(0);
        assertThat(List.of(problem.get("row").asInt(), problem.get("code").asString()))
                .isEqualTo(List.of(synchronous.problems().get(0).row(), synchronous.problems().get(0).code()))
                .isEqualTo(List.of(32, "ID_CHECK_DIGIT"));
        UUID id = UUID.fromString(queuedReport.get("id").asString());
        assertThat(staged(id)).as("the staged file is gone once imported").isZero();
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by seq").param(id.toString())
                .query(String.class).list()).containsExactly("IMPORT_QUEUED", "IMPORT_COMPLETED");
    }

    @Test
    void aRosterWithinTheThresholdIsStillImportedInTheRequest() throws Exception {
        Roster roster = new Roster();
        for (int i = 1; i <= 10; i++) {
            roster.couple(Integer.toString(i), Roster.CHUCAI);
        }

        mvc.perform(multipart("/api/v1/households/imports")
                        .file(new MockMultipartFile("file", "small.csv", "text/csv", roster.csv()))
                        .with(httpBasic("worker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.finished").value(true))
                .andExpect(jsonPath("$.householdsInserted").value(10));
    }

    @Test
    void aRejectedLargeRosterImportsNothing() throws Exception {
        Roster roster = large(true);

        JsonNode report = upload(roster, "ALL_OR_NOTHING");

        assertThat(report.get("status").asString()).isEqualTo("REJECTED");
        assertThat(report.get("problemCount").asInt()).isEqualTo(1);
        assertThat(report.get("householdsInserted").asInt()).isZero();
        for (int i = 0; i < roster.size(); i++) {
            assertThat(persons(roster.id(i))).isZero();
        }
        assertThat(staged(UUID.fromString(report.get("id").asString()))).isZero();
    }

    @Test
    void aJobRunAgainAfterItsNodeDiedMidwayOrAfterItFinishedImportsOnce() throws Exception {
        Roster roster = large(false);
        ImportReport staged = queued.stage(new RosterFile("large.csv", roster.csv().length,
                new ByteArrayResource(roster.csv())), ImportMode.ALL_OR_NOTHING, WORKER);
        // what a node killed while checking leaves behind: progress counts, no rows, the file still staged
        jdbc.sql("update import_batch set status = 'VALIDATING', row_count = 30, rows_total = 30 where id = ?")
                .param(staged.id()).update();

        jobs.runNow(staged.id());
        jobs.runNow(staged.id());
        jobs.submit(staged.id());
        assertThat(jobs.awaitCompletion(staged.id(), Duration.ofSeconds(60))).isTrue();

        JsonNode report = report(staged.id().toString());
        assertThat(report.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(report.get("householdsInserted").asInt()).isEqualTo(15);
        for (int i = 0; i < roster.size(); i++) {
            assertThat(persons(roster.id(i))).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'IMPORT_COMPLETED'")
                .param(staged.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoRunsAtOnceAndTheRetryImportOnce() throws Exception {
        Roster roster = large(false);
        ImportReport staged = queued.stage(new RosterFile("large.csv", roster.csv().length,
                new ByteArrayResource(roster.csv())), ImportMode.ALL_OR_NOTHING, WORKER);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> jobs.runNow(staged.id()));
            var second = pool.submit(() -> jobs.runNow(staged.id()));
            for (var run : List.of(first, second)) {
                try {
                    run.get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException loser) {
                    // a run that lost the race fails (on H2 both may, on a lock timeout); the job retries it
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // what the job's retry after a failed run does; a no-op if one of the two runs finished it
        jobs.runNow(staged.id());

        assertThat(report(staged.id().toString()).get("householdsInserted").asInt()).isEqualTo(15);
        for (int i = 0; i < roster.size(); i++) {
            assertThat(persons(roster.id(i))).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'IMPORT_COMPLETED'")
                .param(staged.id().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(staged(staged.id())).isZero();
    }

    @Test
    void thePageShowsTheProgressPolledEveryTwoSecondsUntilTheReport() throws Exception {
        Roster roster = large(false);
        String location = mvc.perform(multipart("/households/import")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", roster.csv()))
                        .param("mode", "ALL_OR_NOTHING").with(user(users.loadUserByUsername("worker"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/households/import/[0-9a-f-]{36}");
        ImportReport waiting = queued.stage(new RosterFile("waiting.csv", roster.csv().length,
                new ByteArrayResource(large(false).csv())), ImportMode.ALL_OR_NOTHING, WORKER);

        String progress = page("/households/import/" + waiting.id());
        assertThat(progress).contains("hx-trigger=\"every 2s\"", "hx-get=\"/households/import/" + waiting.id() + "/progress\"",
                "data-status=\"QUEUED\"", "id=\"import-progress\"").doesNotContain("id=\"count-inserted\"");

        jobs.runNow(waiting.id());
        String fragment = mvc.perform(get("/households/import/" + waiting.id() + "/progress").header("HX-Request", "true")
                        .with(user(users.loadUserByUsername("worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("id=\"count-inserted\">15<").doesNotContain("hx-trigger", "<html");
        assertThat(jobs.awaitCompletion(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)),
                Duration.ofSeconds(60))).isTrue();
        assertThat(page(location)).contains("id=\"count-inserted\">15<");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
