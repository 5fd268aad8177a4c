package org.safeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollSource;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.StartPayroll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The DIBAO payroll of 1,000,000 households on PostgreSQL, from the start of the job to GENERATED (all lines stored,
 * totals recomputed, bank-file hash computed), against one plain INSERT ... SELECT of the same lines (the source's own
 * SELECT over the whole range, into a scratch copy of the line table). Run with bench/dibao-payroll.sh.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=0"})
@WithUserDetails("finance")
class DibaoPayrollBenchmark {

    private static final int HOUSEHOLDS = Integer.getInteger("bench.households", 1_000_000);
    private static final YearMonth MONTH = YearMonth.of(2021, 3);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    StartPayroll start;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    PayrollQueries queries;
    @Autowired
    List<PayrollSource> sources;

    @Test
    void aMillionHouseholdDibaoPayrollAgainstAPlainInsertSelect() throws Exception {
        try (var connection = dataSource.getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:postgresql"),
                    "the dibao payroll benchmark runs on PostgreSQL (bench/dibao-payroll.sh)");
        }
        long t = System.nanoTime();
        if (DibaoCaseloadSeeder.seed(jdbc, HOUSEHOLDS)) {
            System.out.printf("seeded %d dibao households in %.1f s%n", HOUSEHOLDS, (System.nanoTime() - t) / 1e9);
        } else {
            System.out.printf("seeded caseload of %d dibao households reused%n", HOUSEHOLDS);
        }
        jdbc.sql("truncate payroll_line, payroll_transition, payroll_job, payroll cascade").update();
        jdbc.sql("drop table if exists bench_line_scratch").update();
        jdbc.sql("create table bench_line_scratch (like payroll_line including all)").update();
        jdbc.sql("alter table bench_line_scratch add foreign key (payroll_id) references payroll (id)").update();
        jdbc.sql("checkpoint").update();

        long t0 = System.nanoTime();
        PayrollView started = start.start(new StartPayroll.Request(DibaoCaseloadSeeder.REGION, MONTH, "DIBAO", null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofMinutes(20))).isTrue();
        double payroll = (System.nanoTime() - t0) / 1e9;
        PayrollView done = queries.find(started.id());
        assertThat(done.state()).isEqualTo(PayrollState.GENERATED);
        assertThat(done.lineCount()).isGreaterThanOrEqualTo(HOUSEHOLDS);

        String select = sources.stream().filter(s -> s.benefit().equals("DIBAO")).findFirst().orElseThrow()
                .chunkSelectSql().orElseThrow();
        jdbc.sql("checkpoint").update();
        long t1 = System.nanoTime();
        int plain = named.update("""
                insert into bench_line_scratch (payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq,
                  region_code, payee_name, bank_name, bank_account, amount, base_amount, supplement_amount, taper_amount,
                  arrears_amount, recovery_amount, adjustment_amount, change_reason)
                select :payroll, 'DIBAO', 'HOUSEHOLD', s.payee_id, :month, 'REGULAR', 1, s.region_code, s.payee_name,
                  s.bank_name, s.bank_account,
                  s.base_amount + s.supplement_amount + s.taper_amount + s.arrears_amount + s.recovery_amount + s.adjustment_amount,
                  s.base_amount, s.supplement_amount, s.taper_amount, s.arrears_amount, s.recovery_amount, s.adjustment_amount,
                  s.change_reason from (""" + select + ") s",
                new MapSqlParameterSource("payroll", started.id()).addValue("month", MONTH.atDay(1))
                        .addValue("region", DibaoCaseloadSeeder.REGION).addValue("regionPrefix", "420106%")
                        .addValue("afterId", new UUID(0, 0)).addValue("lastId", UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff")));
        double insertSelect = (System.nanoTime() - t1) / 1e9;
        assertThat(plain).isEqualTo(done.lineCount());
        jdbc.sql("drop table bench_line_scratch").update();

        System.out.printf("payroll: %d DIBAO lines from job start to GENERATED in %.1f s (%d chunks, total %s)%n",
                done.lineCount(), payroll, done.progress().chunks(), done.totalAmount().toPlainString());
        System.out.printf("payroll: chunks took %.1f s, totals and bank-file hash %.1f s%n",
                Duration.between(done.progress().startedAt(), done.progress().updatedAt()).toMillis() / 1e3,
                Duration.between(done.progress().updatedAt(), done.generatedAt()).toMillis() / 1e3);
        System.out.printf("plain INSERT ... SELECT of the same %d lines (same SELECT, one statement): %.1f s%n", plain, insertSelect);
        System.out.printf("ratio payroll / plain insert: %.2f%n", payroll / insertSelect);
        assertThat(payroll).as("seconds for %d households", HOUSEHOLDS).isLessThan(60.0);
    }
}
