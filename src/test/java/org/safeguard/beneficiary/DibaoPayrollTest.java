package org.safeguard.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.StartPayroll;
import org.safeguard.policy.NewParameterVersion;
import org.safeguard.policy.PolicyChangeApproved;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The DIBAO payroll source through the real payroll job: exact lines, never twice, resume, arrears and recoveries. */
@SafeguardTest
@WithUserDetails("finance")
class DibaoPayrollTest {

    private static final String HUBUXIANG = "420106006002";

    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    StartPayroll start;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    PayrollQueries queries;
    @Autowired
    PolicyParameters parameters;
    @Autowired
    RetroactiveAdjustments adjustments;
    @Autowired
    JdbcClient jdbc;

    private PayrollView payroll(String region, YearMonth month) {
        PayrollView started = start.start(new StartPayroll.Request(region, month, "DIBAO", null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(60))).isTrue();
        return queries.find(started.id());
    }

    private long linesOf(UUID household, YearMonth month) {
        return jdbc.sql("select count(*) from payroll_line where benefit = 'DIBAO' and payee_id = ? and pay_month = ?")
                .params(household, month.atDay(1)).query(Long.class).single();
    }

    /** The household's line of the month, with each component code's amount as {@code <code>_amount} (zero if none). */
    private java.util.Map<String, Object> line(UUID household, YearMonth month) {
        var row = new org.springframework.util.LinkedCaseInsensitiveMap<Object>();
        row.putAll(jdbc.sql("select * from payroll_line where benefit = 'DIBAO' and payee_id = ? and pay_month = ?")
                .params(household, month.atDay(1)).query().singleRow());
        for (String code : DibaoPayrollSource.CODES) {
            row.put(code.toLowerCase() + "_amount", BigDecimal.ZERO);
        }
        jdbc.sql("select code, amount from payroll_line_component where payroll_id = ? and line_id = ?")
                .params(row.get("payroll_id"), row.get("id"))
                .query(rs -> {
                    row.put(rs.getString("code").toLowerCase() + "_amount", rs.getBigDecimal("amount"));
                });
        return row;
    }

    private static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }

    @Test
    void aPayrollPaysEachHouseholdItsEntitlementOnceAndASecondRunAddsNothing() {
        YearMonth month = DibaoFixtures.freshMonth();
        UUID a = fixtures.enrolled(HUBUXIANG, month);
        UUID b = fixtures.enrolled(HUBUXIANG, month);
        UUID[] noAccount = fixtures.household(HUBUXIANG, false);
        new EnrolFixture(fixtures).enrol(noAccount, month);

        PayrollView first = payroll(HUBUXIANG, month);
        assertThat(first.state()).isEqualTo(PayrollState.GENERATED);
        for (UUID h : List.of(a, b)) {
            var l = line(h, month);
            assertThat(money(l.get("amount"))).isEqualByComparingTo("620.00");
            assertThat(money(l.get("base_amount"))).isEqualByComparingTo("620.00");
            assertThat(l.get("change_reason")).isEqualTo("ENROLLED");
        }
        // No bank account: no line, but listed as an exception, not silently dropped.
        assertThat(linesOf(noAccount[0], month)).isZero();
        assertThat(jdbc.sql("select count(*) from dibao_beneficiary where household_id = ?").param(noAccount[0])
                .query(Long.class).single()).isEqualTo(1L);

        // A second payroll of the same month (once the first is cancelled, or for the township) adds nothing twice.
        payroll("420106006000", month);
        assertThat(linesOf(a, month)).isEqualTo(1);
        assertThat(linesOf(b, month)).isEqualTo(1);
    }

    @Test
    void twoWorkersRunningTheSameDibaoJobWriteOneLinePerHousehold() throws Exception {
        YearMonth month = DibaoFixtures.freshMonth();
        List<UUID> households = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            households.add(fixtures.enrolled(HUBUXIANG, month));
        }
        PayrollView started = start.start(new StartPayroll.Request(HUBUXIANG, month, "DIBAO", null));
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
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofSeconds(60))).isTrue();
        PayrollView done = queries.find(started.id());
        assertThat(done.state()).isEqualTo(PayrollState.GENERATED);
        for (UUID h : households) {
            assertThat(linesOf(h, month)).isEqualTo(1);
        }
        assertThat(queries.transitions(started.id())).filteredOn(t -> t.to() == PayrollState.GENERATED).hasSize(1);
    }

    @Test
    void aJobKilledMidRunResumesFromItsCheckpointAndFinishesExactly() {
        YearMonth month = DibaoFixtures.freshMonth();
        List<UUID> households = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            households.add(fixtures.enrolled(HUBUXIANG, month));
        }
        PayrollView done = payroll(HUBUXIANG, month);
        int lines = done.lineCount();
        BigDecimal total = done.totalAmount();
        // What a process killed after committing a chunk leaves behind: the job RUNNING at a checkpoint in the middle,
        // the lines after it never written, the payroll still GENERATING.
        List<UUID> ordered = jdbc.sql("select payee_id from payroll_line where payroll_id = ? order by payee_id")
                .param(done.id()).query(UUID.class).list();
        UUID checkpoint = ordered.get(ordered.size() / 2);
        // the components of those lines go with them (one transaction: a crash loses both)
        jdbc.sql("delete from payroll_line_component where payroll_id = ? and line_id in (select id from payroll_line "
                + "where payroll_id = ? and payee_id > ?)").params(done.id(), done.id(), checkpoint).update();
        jdbc.sql("delete from payroll_line where payroll_id = ? and payee_id > ?").params(done.id(), checkpoint).update();
        jdbc.sql("delete from payroll_transition where payroll_id = ? and to_state = 'GENERATED'").param(done.id()).update();
        jdbc.sql("update payroll set state = 'GENERATING', generated_at = null, line_count = 0, total_amount = 0, file_hash = null where id = ?")
                .param(done.id()).update();
        jdbc.sql("update payroll_job set status = 'RUNNING', checkpoint = ?, finished_at = null where payroll_id = ?")
                .params(checkpoint, done.id()).update();

        assertThat(jobs.resumeInterrupted()).contains(done.id());
        assertThat(jobs.awaitCompletion(done.id(), Duration.ofSeconds(60))).isTrue();
        PayrollView resumed = queries.find(done.id());
        assertThat(resumed.state()).isEqualTo(PayrollState.GENERATED);
        assertThat(resumed.lineCount()).isEqualTo(lines);
        assertThat(resumed.totalAmount()).isEqualByComparingTo(total);
        for (UUID h : households) {
            assertThat(linesOf(h, month)).isEqualTo(1);
        }
    }

    @Test
    void aStageLostMidRunIsStagedAgainFromTheCheckpointAndNoLineIsSkippedOrRepeated() {
        YearMonth month = DibaoFixtures.freshMonth();
        List<UUID> households = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            households.add(fixtures.enrolled(HUBUXIANG, month));
        }
        PayrollView done = payroll(HUBUXIANG, month);
        int lines = done.lineCount();
        BigDecimal total = done.totalAmount();
        assertThat(jdbc.sql("select count(*) from payroll_stage where payroll_id = ?").param(done.id()).query(Long.class)
                .single()).as("the stage is released once the payroll is generated").isZero();
        // What a database crash leaves behind halfway through the copy: the job at a staged position with its
        // checkpoint, the lines after it never written, and the unlogged stage emptied.
        List<UUID> ordered = jdbc.sql("select payee_id from payroll_line where payroll_id = ? order by payee_id")
                .param(done.id()).query(UUID.class).list();
        int half = ordered.size() / 2;
        UUID checkpoint = ordered.get(half - 1);
        // the components of those lines go with them (one transaction: a crash loses both)
        jdbc.sql("delete from payroll_line_component where payroll_id = ? and line_id in (select id from payroll_line "
                + "where payroll_id = ? and payee_id > ?)").params(done.id(), done.id(), checkpoint).update();
        jdbc.sql("delete from payroll_line where payroll_id = ? and payee_id > ?").params(done.id(), checkpoint).update();
        jdbc.sql("delete from payroll_transition where payroll_id = ? and to_state = 'GENERATED'").param(done.id()).update();
        jdbc.sql("update payroll set state = 'GENERATING', generated_at = null, line_count = 0, total_amount = 0, file_hash = null where id = ?")
                .param(done.id()).update();
        jdbc.sql("update payroll_job set status = 'RUNNING', checkpoint = ?, stage_rows = ?, stage_done = ?, finished_at = null where payroll_id = ?")
                .params(checkpoint, ordered.size(), half, done.id()).update();

        assertThat(jobs.resumeInterrupted()).contains(done.id());
        assertThat(jobs.awaitCompletion(done.id(), Duration.ofSeconds(60))).isTrue();
        PayrollView resumed = queries.find(done.id());
        assertThat(resumed.state()).isEqualTo(PayrollState.GENERATED);
        assertThat(resumed.lineCount()).isEqualTo(lines);
        assertThat(resumed.totalAmount()).isEqualByComparingTo(total);
        assertThat(resumed.fileHash()).matches("[0-9a-f]{64}");
        for (UUID h : households) {
            assertThat(linesOf(h, month)).isEqualTo(1);
        }
    }

    /**
     * Standards are set by a prefecture: Wuhan's urban standard for the test's own three fresh months only, so that
     * no other test's months see it; the recalculation is still scoped to the test's township by the event.
     */
    private static NewParameterVersion wuhanStandardDuring(YearMonth month, String urban, String note) {
        return new NewParameterVersion(RegionCode.of("420100000000"), DibaoParameterDeclarations.DIBAO_STANDARD_URBAN,
                month.atDay(1), month.plusMonths(2).atEndOfMonth(), urban, null, null, note, false);
    }

    @Test
    void aStandardRaisedFromAPaidMonthPaysTheArrearsInTheNextLine() {
        String guomian = "420106002006";
        YearMonth month = DibaoFixtures.freshMonth();
        UUID h = fixtures.enrolled(guomian, month);
        payroll(guomian, month);
        assertThat(money(line(h, month).get("amount"))).isEqualByComparingTo("620.00");

        parameters.record(wuhanStandardDuring(month, "900", "test: standard raised retroactively"));
        long proposal = System.nanoTime();
        var change = new PolicyChangeApproved(proposal, guomian, Set.of(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.name()), month.atDay(1),
                "policy", "policy2");
        assertThat(adjustments.apply(change)).isGreaterThanOrEqualTo(1);
        assertThat(adjustments.apply(change)).as("a second delivery books nothing").isZero();

        YearMonth next = month.plusMonths(1);
        payroll(guomian, next);
        var l = line(h, next);
        // 900 − 1200/6 = 700 from now on, and 700 − 620 = 80 owed for the month already paid.
        assertThat(money(l.get("base_amount"))).isEqualByComparingTo("700.00");
        assertThat(money(l.get("arrears_amount"))).isEqualByComparingTo("80.00");
        assertThat(money(l.get("amount"))).isEqualByComparingTo("780.00");
        assertThat(l.get("change_reason")).isEqualTo("RETROACTIVE_ADJUSTMENT");

        // Settled once: the month after pays no arrears again.
        YearMonth after = next.plusMonths(1);
        payroll(guomian, after);
        assertThat(money(line(h, after).get("arrears_amount"))).isZero();
        assertThat(money(line(h, after).get("amount"))).isEqualByComparingTo("700.00");
    }

    @Test
    void aStandardLoweredFromAPaidMonthRecoversTheDifferenceFromTheNextLine() {
        String jiyuqiao = "420106001901";
        YearMonth month = DibaoFixtures.freshMonth();
        UUID h = fixtures.enrolled(jiyuqiao, month);
        payroll(jiyuqiao, month);

        parameters.record(wuhanStandardDuring(month, "700", "test: standard lowered retroactively"));
        adjustments.apply(new PolicyChangeApproved(System.nanoTime(), jiyuqiao, Set.of(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.name()),
                month.atDay(1), "policy", "policy2"));

        YearMonth next = month.plusMonths(1);
        payroll(jiyuqiao, next);
        var l = line(h, next);
        // 700 − 200 = 500 from now on; 620 was paid for the month, so 120 is recovered.
        assertThat(money(l.get("base_amount"))).isEqualByComparingTo("500.00");
        assertThat(money(l.get("recovery_amount"))).isEqualByComparingTo("-120.00");
        assertThat(money(l.get("amount"))).isEqualByComparingTo("380.00");
    }

    @Test
    void aRecoveryLargerThanTheMonthsAmountLeavesOneYuanAndCarriesTheRestForward() {
        String yangyuan = "420106002901";
        YearMonth month = DibaoFixtures.freshMonth();
        UUID h = fixtures.enrolled(yangyuan, month);
        payroll(yangyuan, month);
        parameters.record(wuhanStandardDuring(month, "250", "test: standard cut retroactively"));
        adjustments.apply(new PolicyChangeApproved(System.nanoTime(), yangyuan, Set.of(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.name()),
                month.atDay(1), "policy", "policy2"));

        // 250 − 200 = 50 a month now; 620 − 50 = 570 to recover. Each line keeps 1 yuan and recovers 49.
        YearMonth next = month.plusMonths(1);
        payroll(yangyuan, next);
        assertThat(money(line(h, next).get("recovery_amount"))).isEqualByComparingTo("-49.00");
        assertThat(money(line(h, next).get("amount"))).isEqualByComparingTo("1.00");
        YearMonth after = next.plusMonths(1);
        payroll(yangyuan, after);
        assertThat(money(line(h, after).get("recovery_amount"))).isEqualByComparingTo("-49.00");
        assertThat(jdbc.sql("select sum(amount) from dibao_adjustment where household_id = ?").param(h)
                .query(BigDecimal.class).single()).isEqualByComparingTo("-570.00");
    }

    /** Enrols an existing registry household (used for the one without a bank account). */
    record EnrolFixture(DibaoFixtures fixtures) {
        void enrol(UUID[] household, YearMonth month) {
            fixtures.enrolHousehold(household, HUBUXIANG, month);
        }
    }
}
