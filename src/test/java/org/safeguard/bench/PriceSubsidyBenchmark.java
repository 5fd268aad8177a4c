package org.safeguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.safeguard.pricesubsidy.PriceIndexRequest;
import org.safeguard.pricesubsidy.PriceIndices;
import org.safeguard.pricesubsidy.PriceIssuance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Price-subsidy issuance for 2,000,000 covered persons on PostgreSQL (1,000,000 dibao recipients in the caseload read
 * model with their registry persons and households, 1,100,000 imported list rows of which 100,000 are dibao recipients
 * too, 1 % without a bank account): seconds from recording the index (evaluation) to the approval-ready payroll
 * (GENERATED), against a plain INSERT ... SELECT of the same lines into a scratch copy of the line table.
 * Run with bench/price-subsidy.sh.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=0"})
@WithUserDetails("finance")
class PriceSubsidyBenchmark {

    private static final int DIBAO = Integer.getInteger("bench.dibao", 1_000_000);
    private static final int LISTED = Integer.getInteger("bench.listed", 1_100_000);
    private static final int OVERLAP = LISTED / 11;
    private static final String COUNTY = "420106000000";
    private static final String[] COMMUNITIES = {"420106006001", "420106006002", "420106002006", "420106002901",
            "420106001901", "420106001902"};
    private static final YearMonth MONTH = YearMonth.of(2021, 6);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PriceIndices indices;
    @Autowired
    PriceIssuance issuance;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    PayrollQueries queries;

    @Test
    void twoMillionCoveredPersonsFromEvaluationToAnApprovalReadyPayroll() throws Exception {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql"), "the price-subsidy benchmark runs on PostgreSQL");
        seed();
        jdbc.sql("truncate payroll_line_component, payroll_line, payroll_transition, payroll_job, payroll, price_issuance cascade").update();
        jdbc.sql("drop table if exists bench_line_scratch").update();
        jdbc.sql("create table bench_line_scratch (like payroll_line including all)").update();
        jdbc.sql("alter table bench_line_scratch add foreign key (payroll_id) references payroll (id)").update();
        jdbc.sql("checkpoint").update();

        long t0 = System.nanoTime();
        var recorded = indices.recordAsSystem(new PriceIndexRequest(COUNTY, MONTH, new BigDecimal("4.0"), new BigDecimal("3.0"),
                null, LocalDate.of(2021, 7, 9), "benchmark"));
        double evaluation = (System.nanoTime() - t0) / 1e9;
        assertThat(recorded.evaluations()).isNotEmpty().allMatch(e -> e.triggered());
        var started = issuance.start(COUNTY, MONTH);
        double snapshot = (System.nanoTime() - t0) / 1e9 - evaluation;
        assertThat(jobs.awaitCompletion(started.payroll().id(), Duration.ofMinutes(15))).isTrue();
        double total = (System.nanoTime() - t0) / 1e9;
        PayrollView done = queries.find(started.payroll().id());
        assertThat(done.state()).isEqualTo(PayrollState.GENERATED);
        // Everyone in the snapshot with an account (the demo list adds a few persons in Wuchang too).
        long expected = jdbc.sql("select count(*) from price_payee where pay_month = ? and region_code like '420106%'"
                + " and bank_account is not null").param(MONTH.atDay(1)).query(Long.class).single();
        assertThat(expected).isGreaterThanOrEqualTo(DIBAO + LISTED - OVERLAP - LISTED / 100);
        assertThat(done.lineCount()).isEqualTo((int) expected);

        jdbc.sql("checkpoint").update();
        long t1 = System.nanoTime();
        int plain = jdbc.sql("""
                insert into bench_line_scratch (payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq,
                  region_code, payee_name, bank_name, bank_account, amount, base_amount)
                select ?, 'PRICE_SUBSIDY', 'PERSON', person_id, pay_month, 'REGULAR', 1, region_code, payee_name, bank_name,
                  bank_account, amount, amount
                from price_payee where pay_month = ? and region_code like '420106%' and bank_account is not null""")
                .params(started.payroll().id(), MONTH.atDay(1)).update();
        double insertSelect = (System.nanoTime() - t1) / 1e9;
        assertThat(plain).isEqualTo(done.lineCount());
        jdbc.sql("drop table bench_line_scratch").update();

        System.out.printf("price subsidy: %d covered persons (%d dibao, %d listed, %d in both), %d without account%n",
                DIBAO + LISTED - OVERLAP, DIBAO, LISTED, OVERLAP, started.exceptions());
        System.out.printf("price subsidy: evaluation %.2f s, amounts + payee snapshot + start %.1f s, payroll to GENERATED %.1f s%n",
                evaluation, snapshot, total - evaluation - snapshot);
        System.out.printf("price subsidy: %d lines from evaluation to GENERATED in %.1f s (total %s)%n", done.lineCount(), total,
                done.totalAmount().toPlainString());
        System.out.printf("plain INSERT ... SELECT of the same %d lines: %.1f s%n", plain, insertSelect);
        System.out.printf("ratio issuance / plain insert: %.2f%n", total / insertSelect);
        assertThat(total).as("seconds for %d covered persons", expected).isLessThan(60.0);
    }

    private void seed() {
        long have = jdbc.sql("select count(*) from price_dibao_person").query(Long.class).single()
                + jdbc.sql("select count(*) from price_group_member where import_id = '00000000-0000-4000-a000-000000000001'")
                .query(Long.class).single();
        if (have == DIBAO + LISTED) {
            return;
        }
        long t0 = System.nanoTime();
        jdbc.sql("truncate price_dibao_person, price_payee, price_amount").update();
        jdbc.sql("delete from price_group_member where import_id = '00000000-0000-4000-a000-000000000001'").update();
        jdbc.sql("delete from price_group_import where id = '00000000-0000-4000-a000-000000000001'").update();
        jdbc.sql("delete from person where id_number like 'B%'").update();
        jdbc.sql("delete from household where address like '基准测试地址%'").update();
        String communities = "(array['" + String.join("','", COMMUNITIES) + "'])[1 + g % " + COMMUNITIES.length + "]";
        int households = DIBAO / 2;
        jdbc.sql("""
                insert into household (id, region_code, hukou_type, address, bank_account, bank_name, created_at, updated_at)
                select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, %s,
                  case when g %% 4 = 0 then 'RURAL' else 'URBAN' end, '基准测试地址 ' || g,
                  '62220300' || lpad(g::text, 10, '0'), '测试银行', now(), now()
                from generate_series(1, ?) g""".formatted(communities)).param(households).update();
        jdbc.sql("""
                insert into person (id, id_number, name, sex, birth_date, created_at, updated_at)
                select ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'B' || lpad(g::text, 17, '0'),
                  '测试' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1960-01-01' + (g % 15000), now(), now()
                from generate_series(1, ?) g""").param(DIBAO).update();
        jdbc.sql("""
                insert into price_dibao_person (household_id, person_id, region_code, urban_rural, from_month, to_month)
                select h.id, ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, h.region_code, h.hukou_type,
                  date '2019-01-01', null
                from generate_series(1, ?) g
                join household h on h.id = ('00000000-0000-4000-8000-' || lpad(to_hex((g + 1) / 2), 12, '0'))::uuid""")
                .param(DIBAO).update();
        jdbc.sql("""
                insert into price_group_import (id, region_code, group_code, department, file_name, row_count, imported_by, imported_at)
                values ('00000000-0000-4000-a000-000000000001', '420106000000', 'UNEMPLOYMENT_INSURANCE', '人社局', 'bench.csv', ?, 'bench', now())""")
                .param(LISTED).update();
        jdbc.sql("""
                insert into price_group_member (import_id, person_id, id_number, name, region_code, group_code, urban_rural,
                  valid_from, valid_to, bank_name, bank_account, department)
                select '00000000-0000-4000-a000-000000000001',
                  case when g <= ? then ('00000000-0000-4000-9000-' || lpad(to_hex(g * 7), 12, '0'))::uuid
                       else ('00000000-0000-4000-b000-' || lpad(to_hex(g), 12, '0'))::uuid end,
                  'L' || lpad(g::text, 17, '0'), '名单' || g, %s,
                  case when g %% 2 = 0 then 'UNEMPLOYMENT_INSURANCE' else 'PREFERENTIAL' end, 'URBAN',
                  date '2019-01-01', date '2022-12-01', case when g %% 100 = 0 then null else '测试银行' end,
                  case when g %% 100 = 0 then null else '62220400' || lpad(g::text, 10, '0') end, '人社局'
                from generate_series(1, ?) g""".formatted(communities)).params(OVERLAP, LISTED).update();
        jdbc.sql("analyze").update();
        System.out.printf("seeded %d dibao persons and %d list rows in %.1f s%n", DIBAO, LISTED, (System.nanoTime() - t0) / 1e9);
    }
}
