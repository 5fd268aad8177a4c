package org.safeguard.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.application.ApplicationFixtures;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two requests on one case: the second does not queue behind the first's row lock (holding a pooled connection and
 * ending, on PostgreSQL, as a 500 when the lock cannot be had) but answers 409 BEING_CHANGED at once, and changes
 * nothing; once the first is done, the same request succeeds.
 */
@SafeguardTest
class ConcurrentCaseActionTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anActionOnACaseThatAnotherRequestIsChangingAnswersBeingChangedAtOnceAndChangesNothing() throws Exception {
        var c = new ApplicationFixtures(mvc).create(COMMUNITY, LocalDate.now().minusDays(1));
        long version = ((Number) JsonPath.read(mvc.perform(as("worker", get("/api/v1/cases/" + c.id())))
                .andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            jdbc.queryForList("select id from casework_case where id = ? for update", UUID.fromString(c.id()));
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            MvcResult refused = reassign(c.id(), version);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(refused.getResponse().getStatus()).as(refused.getResponse().getContentAsString()).isEqualTo(409);
            assertThat(JsonPath.<String>read(refused.getResponse().getContentAsString(), "$.code")).isEqualTo("BEING_CHANGED");
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        assertThat(jdbc.queryForObject("select count(*) from casework_transition where case_id = ? and action = 'REASSIGN'",
                Integer.class, UUID.fromString(c.id()))).isZero();
        MvcResult done = reassign(c.id(), version);
        assertThat(done.getResponse().getStatus()).as(done.getResponse().getContentAsString()).isEqualTo(200);
    }

    private MvcResult reassign(String id, long version) throws Exception {
        return mvc.perform(as("worker", post("/api/v1/cases/" + id + "/reassign")
                .content("{\"assignee\":\"community\",\"reason\":\"社区就近办理\",\"version\":" + version + "}"))).andReturn();
    }
}
