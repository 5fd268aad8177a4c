package org.safeguard.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.safeguard.support.Api.household;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
@ExtendWith(OutputCaptureExtension.class)
class RegistryIntegrityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoCaseworkersAddingTheSamePersonAtOnceLeaveExactlyOneActiveMembership() throws Exception {
        String shared = TestIds.adult();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String user : List.of("worker", "community")) {
            Callable<Integer> call = () -> {
                start.await();
                return mvc.perform(as(user, post("/api/v1/households")).content(household(TestIds.adult(), shared)))
                        .andReturn().getResponse().getStatus();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        long active = jdbc.sql("""
                select count(*) from household_member m join person p on p.id = m.person_id
                where p.id_number = ? and m.active""").param(shared).query(Long.class).single();
        assertThat(active).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from person where id_number = ?").param(shared).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveMembership() {
        String id = TestIds.adult();
        var household = java.util.UUID.randomUUID();
        var other = java.util.UUID.randomUUID();
        var person = java.util.UUID.randomUUID();
        jdbc.sql("insert into person (id, id_number, name, sex, birth_date, created_at, updated_at) values (?, ?, '测试', 'MALE', date '1980-01-01', current_timestamp, current_timestamp)")
                .params(person, id).update();
        for (var h : List.of(household, other)) {
            jdbc.sql("insert into household (id, region_code, hukou_type, address, created_at, updated_at) values (?, '420106006001', 'URBAN', 'x', current_timestamp, current_timestamp)")
                    .param(h).update();
        }
        String member = "insert into household_member (id, household_id, person_id, relationship, co_residing, counted, active, active_person_id, joined_at) values (?, ?, ?, 'OTHER', true, true, true, ?, current_timestamp)";
        jdbc.sql(member).params(java.util.UUID.randomUUID(), household, person, person).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.sql(member).params(java.util.UUID.randomUUID(), other, person, person).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void personalDataNeverReachesTheLogs(CapturedOutput output) throws Exception {
        String head = TestIds.adult();
        String bad = TestIds.withWrongCheckDigit(TestIds.adult());
        mvc.perform(as("worker", post("/api/v1/households")).content(household(head, bad)));
        mvc.perform(as("worker", post("/api/v1/households")).content(household(head, TestIds.adult())));
        mvc.perform(as("worker", post("/api/v1/households/search")).content("{\"idNumber\":\"" + head + "\"}"));
        assertThat(output.getAll()).doesNotContain(head).doesNotContain(bad).doesNotContain("13800138000")
                .doesNotContain("6222021234567890123");
    }
}
