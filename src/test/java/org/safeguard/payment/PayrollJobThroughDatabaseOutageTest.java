package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.EdgeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The database goes away in the middle of a payroll's generation (the pool suspended, so every new connection fails
 * as when the server is gone) and comes back ten seconds later. The job resumes by itself, with no restart and no
 * one's help, and ends with exactly one line per payee and totals equal to the sum of the lines.
 */
@EdgeTest
@WithUserDetails("finance")
class PayrollJobThroughDatabaseOutageTest {

    private static final String COMMUNITY = "420106006001";
    private static final String THROW_IF_SUSPENDED = "com.zaxxer.hikari.throwIfSuspended";

    @Autowired
    StartPayroll start;
    @Autowired
    PayrollQueries queries;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HikariDataSource dataSource;

    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void databaseComesBack() {
        later.shutdownNow();
        dataSource.getHikariPoolMXBean().resumePool();
        System.clearProperty(THROW_IF_SUSPENDED);
    }

    @Test
    void aJobCaughtByAnOutageResumesByItselfWhenTheDatabaseReturnsWithNoDuplicate() {
        YearMonth month = ScriptedPayrollSource.freshMonth();
        List<PayableLine> payees = source.addPayees(COMMUNITY, 60);
        AtomicBoolean outage = new AtomicBoolean();
        AtomicReference<Instant> resumedAt = new AtomicReference<>();
        source.afterChunks(month, 3, () -> {
            System.setProperty(THROW_IF_SUSPENDED, "true");
            dataSource.getHikariPoolMXBean().suspendPool();
            outage.set(true);
            later.schedule(() -> {
                resumedAt.set(Instant.now());
                dataSource.getHikariPoolMXBean().resumePool();
            }, 10, TimeUnit.SECONDS);
        });

        PayrollView started = start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null));

        // polled from Awaitility's own thread, which has no signed-in user: read the state as the database has it
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> "GENERATED".equals(jdbc.sql("select state from payroll where id = ?").param(started.id())
                        .query(String.class).single()));
        assertThat(outage).isTrue();
        PayrollView generated = queries.find(started.id());
        assertThat(resumedAt.get()).isNotNull();
        assertThat(generated.progress().finishedAt()).as("finished after the database came back").isAfter(resumedAt.get());
        assertThat(generated.progress().chunks()).isGreaterThan(3);
        for (PayableLine p : payees) {
            assertThat(jdbc.sql("select count(*) from payroll_line where payee_id = ? and pay_month = ?")
                    .params(p.payeeId(), month.atDay(1)).query(Long.class).single()).isEqualTo(1L);
        }
        BigDecimal sum = jdbc.sql("select coalesce(sum(amount), 0) from payroll_line where payroll_id = ?")
                .param(started.id()).query(BigDecimal.class).single();
        assertThat(generated.lineCount()).isEqualTo(payees.size());
        assertThat(generated.totalAmount()).isEqualByComparingTo(sum);
        assertThat(sum).isEqualByComparingTo(payees.stream().map(PayableLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
