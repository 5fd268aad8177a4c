package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The generation job through the SPI: chunks, exact totals, crash and resume, concurrency, never twice. */
@SafeguardTest
@WithUserDetails("finance")
class PayrollGenerationTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    StartPayroll start;
    @Autowired
    CancelPayroll cancel;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    PayrollQueries queries;
    @Autowired
    LineComponentStore componentStore;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    JdbcClient jdbc;

    private YearMonth month;

    @AfterEach
    void heal() {
        if (month != null) {
            source.heal(month);
        }
    }

    private PayrollView startAndWait(YearMonth month) {
        PayrollView started = start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(30))).isTrue();
        return queries.find(started.id());
    }

    private long linesOf(UUID payrollId) {
        return jdbc.sql("select count(*) from payroll_line where payroll_id = ?").param(payrollId).query(Long.class).single();
    }

    private BigDecimal sumOf(UUID payrollId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from payroll_line where payroll_id = ?").param(payrollId)
                .query(BigDecimal.class).single();
    }

    private long duplicates(YearMonth month) {
        return jdbc.sql("""
                select count(*) from (select payee_id from payroll_line where benefit = ? and pay_month = ? and line_kind = 'REGULAR'
                group by payee_id having count(*) > 1) d""").params(ScriptedPayrollSource.BENEFIT, month.atDay(1))
                .query(Long.class).single();
    }

    private static BigDecimal expectedTotal(List<PayableLine> payees) {
        return payees.stream().map(PayableLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void generatesOneLinePerPayeeWithExactTotalsAndTheBankFileHash() {
        month = ScriptedPayrollSource.freshMonth();
        List<PayableLine> payees = source.addPayees(COMMUNITY, 30);
        PayrollView payroll = startAndWait(month);

        assertThat(payroll.state()).isEqualTo(PayrollState.GENERATED);
        long atLeast = payees.size();
        assertThat(payroll.lineCount()).isGreaterThanOrEqualTo((int) atLeast).isEqualTo((int) linesOf(payroll.id()));
        assertThat(payroll.totalAmount()).isEqualByComparingTo(sumOf(payroll.id()));
        assertThat(payroll.fileHash()).matches("[0-9a-f]{64}");
        assertThat(payroll.progress().status()).isEqualTo("DONE");
        assertThat(payroll.progress().chunks()).isGreaterThanOrEqualTo(30 / ScriptedPayrollSource.CHUNK);
        for (PayableLine p : payees) {
            BigDecimal stored = jdbc.sql("select amount from payroll_line where payroll_id = ? and payee_id = ?")
                    .params(payroll.id(), p.payeeId()).query(BigDecimal.class).single();
            assertThat(stored).isEqualByComparingTo(p.amount());
        }
        assertThat(queries.transitions(payroll.id())).extracting(PayrollTransitionView::to)
                .containsExactly(PayrollState.GENERATING, PayrollState.GENERATED);
        assertThat(duplicates(month)).isZero();
    }

    @Test
    void aRunThatDiesMidwayResumesFromItsCheckpointWithExactTotalsAndNoDuplicates() {
        month = ScriptedPayrollSource.freshMonth();
        List<PayableLine> payees = source.addPayees(COMMUNITY, 40);
        source.failAfterChunks(month, 3);
        PayrollView started = start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(30))).isTrue();

        PayrollView crashed = queries.find(started.id());
        assertThat(crashed.state()).isEqualTo(PayrollState.GENERATING);
        assertThat(crashed.progress().chunks()).isEqualTo(3);
        assertThat(crashed.progress().processed()).isEqualTo(3L * ScriptedPayrollSource.CHUNK);
        assertThat(crashed.progress().lastError()).isEqualTo("IllegalStateException");
        assertThat(linesOf(started.id())).isLessThanOrEqualTo(3L * ScriptedPayrollSource.CHUNK);

        source.heal(month);
        assertThat(jobs.resumeInterrupted()).contains(started.id());
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(30))).isTrue();

        PayrollView resumed = queries.find(started.id());
        assertThat(resumed.state()).isEqualTo(PayrollState.GENERATED);
        assertThat(resumed.progress().attempts()).isGreaterThanOrEqualTo(2);
        for (PayableLine p : payees) {
            assertThat(jdbc.sql("select count(*) from payroll_line where payee_id = ? and pay_month = ?")
                    .params(p.payeeId(), month.atDay(1)).query(Long.class).single()).isEqualTo(1L);
        }
        assertThat(resumed.lineCount()).isEqualTo((int) linesOf(started.id()));
        assertThat(resumed.totalAmount()).isEqualByComparingTo(sumOf(started.id()));
        assertThat(sumOf(started.id())).isGreaterThanOrEqualTo(expectedTotal(payees));
        assertThat(duplicates(month)).isZero();
    }

    @Test
    void twoWorkersRunningTheSameJobAtOnceWriteExactlyOneLinePerPayee() throws Exception {
        month = ScriptedPayrollSource.freshMonth();
        List<PayableLine> payees = source.addPayees(COMMUNITY, 60);
        source.failAfterChunks(month, 0);
        PayrollView started = start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(30))).isTrue();
        assertThat(linesOf(started.id())).isZero();
        source.heal(month);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> runs = List.of(
                    pool.submit(() -> { go.await(); jobs.runNow(started.id()); return null; }),
                    pool.submit(() -> { go.await(); jobs.runNow(started.id()); return null; }));
            go.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        PayrollView done = queries.find(started.id());
        assertThat(done.state()).isEqualTo(PayrollState.GENERATED);
        for (PayableLine p : payees) {
            assertThat(jdbc.sql("select count(*) from payroll_line where payee_id = ? and pay_month = ?")
                    .params(p.payeeId(), month.atDay(1)).query(Long.class).single()).isEqualTo(1L);
        }
        assertThat(done.lineCount()).isEqualTo((int) linesOf(started.id()));
        assertThat(done.totalAmount()).isEqualByComparingTo(sumOf(started.id()));
        assertThat(duplicates(month)).isZero();
        assertThat(queries.transitions(started.id())).filteredOn(t -> t.to() == PayrollState.GENERATED).hasSize(1);
    }

    @Test
    void aSecondPayrollOfTheSameMonthOnlyAddsPayeesThatAreStillMissing() {
        month = ScriptedPayrollSource.freshMonth();
        source.addPayees(COMMUNITY, 10);
        PayrollView first = startAndWait(month);
        int firstLines = first.lineCount();

        // While the first is open a second one is refused...
        assertThatThrownBy(() -> start.start(new StartPayroll.Request(COMMUNITY, month, ScriptedPayrollSource.BENEFIT, null)))
                .isInstanceOf(org.safeguard.shared.SafeguardException.class);
        // ... and a payroll of the township around it only gets the payees the first did not pay.
        List<PayableLine> late = source.addPayees(COMMUNITY, 5);
        PayrollView township = start.start(new StartPayroll.Request("420106006000", month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(township.id(), Duration.ofSeconds(30))).isTrue();
        township = queries.find(township.id());
        for (PayableLine p : late) {
            assertThat(jdbc.sql("select payroll_id from payroll_line where payee_id = ? and pay_month = ?")
                    .params(p.payeeId(), month.atDay(1)).query(UUID.class).single()).isEqualTo(township.id());
        }
        assertThat(queries.find(first.id()).lineCount()).isEqualTo(firstLines);
        assertThat(duplicates(month)).isZero();

        // Cancelling removes the lines, so a new run of the month pays those payees again, once.
        cancel.cancel(township.id(), "wrong scope");
        assertThat(linesOf(township.id())).isZero();
        PayrollView rerun = start.start(new StartPayroll.Request("420106006000", month, ScriptedPayrollSource.BENEFIT, null));
        assertThat(jobs.awaitCompletion(rerun.id(), Duration.ofSeconds(30))).isTrue();
        assertThat(queries.find(rerun.id()).lineCount()).isEqualTo(township.lineCount());
        assertThat(duplicates(month)).isZero();
    }

    @Test
    void theDatabaseRefusesASecondLineAndTheComponentCheckFindsALineThatIsNotTheSumOfItsParts() {
        month = ScriptedPayrollSource.freshMonth();
        var added = source.addPayees(COMMUNITY, 3).stream().map(PayableLine::payeeId).toList();
        PayrollView payroll = startAndWait(month);
        assertThat(componentStore.mismatches(payroll.id())).isZero();
        var line = jdbc.sql("select id, payee_id from payroll_line where payroll_id = ? order by id limit 1")
                .param(payroll.id()).query().singleRow();
        UUID lineId = (UUID) line.get("id");
        String insert = "insert into payroll_line (payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq, "
                + "region_code, payee_name, bank_account, amount) values (?, ?, 'HOUSEHOLD', ?, ?, 'REGULAR', 1, ?, 'x', '62220200', ?)";
        assertThatThrownBy(() -> jdbc.sql(insert).params(payroll.id(), ScriptedPayrollSource.BENEFIT, line.get("payee_id"),
                month.atDay(1), COMMUNITY, new BigDecimal("5.00")).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(linesOf(payroll.id())).isEqualTo(payroll.lineCount());
        // Each line has one row per non-zero part (base and the 0.50 supplement), and they sum to its amount.
        for (UUID payee : added) {
            assertThat(jdbc.sql("""
                    select count(*) from payroll_line_component c join payroll_line l on l.id = c.line_id
                    where l.payroll_id = ? and l.payee_id = ?""").params(payroll.id(), payee).query(Long.class).single())
                    .isEqualTo(2L);
        }
        // A part changed behind the payroll's back, or a part of no line, is found by the check.
        jdbc.sql("update payroll_line_component set amount = amount + 0.01 where line_id = ? and code = 'BASE'")
                .param(lineId).update();
        assertThat(componentStore.mismatches(payroll.id())).isEqualTo(1);
        assertThatThrownBy(() -> componentStore.verify(payroll.id())).isInstanceOf(IllegalStateException.class);
        jdbc.sql("update payroll_line_component set amount = amount - 0.01 where line_id = ? and code = 'BASE'")
                .param(lineId).update();
        jdbc.sql("insert into payroll_line_component (payroll_id, line_id, code, amount) values (?, ?, 'BASE', 1.00)")
                .params(payroll.id(), UUID.randomUUID()).update();
        assertThat(componentStore.mismatches(payroll.id())).isEqualTo(1);
    }

    @Test
    void linesShowTheComponentsTheSourceGaveInTheBenefitsDeclaredOrder() {
        month = ScriptedPayrollSource.freshMonth();
        List<PayableLine> added = source.addPayees(COMMUNITY, 2);
        PayrollView payroll = startAndWait(month);
        var ids = added.stream().map(PayableLine::payeeId).toList();
        var lines = queries.lines(payroll.id(), null, 1000).stream().filter(l -> ids.contains(l.payeeId())).toList();
        assertThat(lines).hasSize(2);
        for (var l : lines) {
            PayableLine expected = added.stream().filter(a -> a.payeeId().equals(l.payeeId())).findFirst().orElseThrow();
            assertThat(l.components().parts()).containsExactlyEntriesOf(expected.components().parts());
            assertThat(l.components().parts().keySet()).containsExactly("BASE", "SUPPLEMENT");
            assertThat(l.components().total()).isEqualByComparingTo(l.amount());
        }
    }
}
