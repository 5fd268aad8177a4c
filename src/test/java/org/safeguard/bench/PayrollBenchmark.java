package org.safeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguard.payment.PayeeKind;
import org.safeguard.payment.PayableLine;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollSource;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.StartPayroll;
import org.safeguard.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A payroll of 1,000,000 payees on PostgreSQL, from the start of the job to GENERATED (all lines stored, totals
 * recomputed, bank-file hash computed), against a plain INSERT ... SELECT of the same lines into a scratch copy of
 * the line table (same constraints and indexes). Run with bench/payroll.sh.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=0"})
@WithUserDetails("finance")
class PayrollBenchmark {

    private static final int PAYEES = Integer.getInteger("bench.payees", 1_000_000);
    private static final String REGION = "420106000000";

    /** The benchmark's benefit: payees in a plain table, with the set-based fast path. */
    @TestConfiguration
    static class BenchSourceConfiguration {
        @Bean
        PayrollSource benchSource(JdbcClient jdbc) {
            return new BenchSource(jdbc);
        }
    }

    record BenchSource(JdbcClient jdbc) implements PayrollSource {
        @Override
        public String benefit() {
            return "BENCH";
        }

        @Override
        public List<String> componentCodes() {
            return List.of("BASE", "SUPPLEMENT");
        }

        @Override
        public PayeeKind payeeKind() {
            return PayeeKind.HOUSEHOLD;
        }

        @Override
        public long countPayees(RegionCode region, YearMonth month) {
            return jdbc.sql("select count(*) from bench_payee where region_code like ?").param(region.subtreePrefix() + "%")
                    .query(Long.class).single();
        }

        @Override
        public List<UUID> payeeIdsAfter(RegionCode region, YearMonth month, UUID afterId, int limit) {
            return jdbc.sql("select id from bench_payee where id > ? and region_code like ? order by id limit ?")
                    .params(afterId, region.subtreePrefix() + "%", limit).query(UUID.class).list();
        }

        @Override
        public List<PayableLine> linesFor(RegionCode region, YearMonth month, List<UUID> payeeIds) {
            throw new UnsupportedOperationException("the benchmark source uses the set-based path");
        }

        @Override
        public Optional<String> chunkSelectSql() {
            return Optional.of("""
                    select id as payee_id, region_code, name as payee_name, bank_name, bank_account, base as base_amount,
                      supplement as supplement_amount, 0 as taper_amount, 0 as arrears_amount, 0 as recovery_amount,
                      0 as adjustment_amount, cast(null as varchar) as change_reason
                    from bench_payee where id > :afterId and id <= :lastId and region_code like :regionPrefix""");
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StartPayroll start;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    PayrollQueries queries;

    @Test
    void aMillionLinePayrollAgainstAPlainInsertSelect() throws Exception {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql"), "the payroll benchmark runs on PostgreSQL (bench/payroll.sh)");
        seed();
        jdbc.sql("truncate payroll_line_component, payroll_line, payroll_transition, payroll_job, payroll cascade").update();
        jdbc.sql("drop table if exists bench_line_scratch").update();
        // A copy of the line table with the same defaults, checks, unique constraints, indexes and foreign key.
        jdbc.sql("create table bench_line_scratch (like payroll_line including all)").update();
        jdbc.sql("alter table bench_line_scratch add foreign key (payroll_id) references payroll (id)").update();
        jdbc.sql("checkpoint").update();

        long t0 = System.nanoTime();
        PayrollView started = start.start(new StartPayroll.Request(REGION, YearMonth.of(2020, 3), "BENCH", null));
        assertThat(jobs.awaitCompletion(started.id(), Duration.ofMinutes(15))).isTrue();
        double payroll = (System.nanoTime() - t0) / 1e9;
        PayrollView done = queries.find(started.id());
        java.time.Instant lastChunk = done.progress().updatedAt();
        assertThat(done.state()).isEqualTo(PayrollState.GENERATED);
        assertThat(done.lineCount()).isEqualTo(PAYEES);

        jdbc.sql("checkpoint").update();
        long t1 = System.nanoTime();
        int plain = jdbc.sql("""
                insert into bench_line_scratch (payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq,
                  region_code, payee_name, bank_name, bank_account, amount, base_amount, supplement_amount)
                select ?, 'BENCH', 'HOUSEHOLD', id, date '2020-03-01', 'REGULAR', 1, region_code, name, bank_name, bank_account,
                  base + supplement, base, supplement
                from bench_payee where region_code like '420106%'""").param(started.id()).update();
        double insertSelect = (System.nanoTime() - t1) / 1e9;
        assertThat(plain).isEqualTo(PAYEES);
        jdbc.sql("drop table bench_line_scratch").update();

        System.out.printf("payroll: %d lines from job start to GENERATED in %.1f s (%d chunks, total %s)%n", done.lineCount(),
                payroll, done.progress().chunks(), done.totalAmount().toPlainString());
        System.out.printf("payroll: chunks took %.1f s, totals and bank-file hash %.1f s%n",
                java.time.Duration.between(done.progress().startedAt(), lastChunk).toMillis() / 1e3,
                java.time.Duration.between(lastChunk, done.generatedAt()).toMillis() / 1e3);
        System.out.printf("plain INSERT ... SELECT of the same %d lines: %.1f s%n", plain, insertSelect);
        System.out.printf("ratio payroll / plain insert: %.2f%n", payroll / insertSelect);
        assertThat(payroll).as("seconds for %d lines", PAYEES).isLessThan(60.0);
    }

    private void seed() {
        jdbc.sql("""
                create table if not exists bench_payee (id uuid primary key, region_code varchar(12) not null,
                  name varchar(50) not null, bank_name varchar(50), bank_account varchar(34) not null,
                  base numeric(14, 2) not null, supplement numeric(14, 2) not null)""").update();
        long have = jdbc.sql("select count(*) from bench_payee").query(Long.class).single();
        if (have != PAYEES) {
            long t0 = System.nanoTime();
            jdbc.sql("truncate bench_payee").update();
            jdbc.sql("""
                    insert into bench_payee
                    select gen_random_uuid(), '4201060060' || lpad((g % 20 + 1)::text, 2, '0'), '测试户' || g, '测试银行',
                      '62220200' || lpad(g::text, 10, '0'), 300 + (g % 500), (g % 3) * 20.5
                    from generate_series(1, ?) g""").param(PAYEES).update();
            jdbc.sql("analyze bench_payee").update();
            System.out.printf("seeded %d payees in %.1f s%n", PAYEES, (System.nanoTime() - t0) / 1e9);
        }
    }
}
