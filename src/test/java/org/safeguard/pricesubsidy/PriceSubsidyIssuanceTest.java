package org.safeguard.pricesubsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.BenefitPeriodStarted;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollFixtures;
import org.safeguard.support.Fixtures;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuance end to end: the dibao caseload arrives by the beneficiary module's events, a list comes from another
 * department, the month is issued through the payment module; a person in two groups is paid once, a person without
 * an account is an exception, a restart never pays twice, and an index correction that raises the rate adds top-ups only.
 */
@SafeguardTest
class PriceSubsidyIssuanceTest {

    private static final String COMMUNITY = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PayrollJobs jobs;

    private final PayrollFixtures officers() {
        return PayrollFixtures.of(mvc, null, jobs);
    }

    @Test
    void aTriggeredMonthIsPaidOncePerPersonWithExceptionsListedAndARestartNeverPaysTwice() throws Exception {
        List<UUID> household = enrolledHousehold(YearMonth.of(2020, 1));
        String a1IdNumber = jdbc.sql("select id_number from person where id = ?").param(household.get(0)).query(String.class).single();
        String otherId = TestIds.adult();
        String noAccountId = TestIds.adult();
        String csv = "id_number,name,region_code,urban_rural,valid_from,valid_to,bank_name,bank_account\n"
                + a1IdNumber + ",张伟," + COMMUNITY + ",URBAN,2020-01,2020-12,,\n"
                + otherId + ",王芳," + COMMUNITY + ",URBAN,2020-03,2020-06,工商银行,6222020000000000001\n"
                + noAccountId + ",刘洋," + COMMUNITY + ",URBAN,2020-03,2020-06,,\n";
        mvc.perform(PayrollFixtures.as("reviewer", multipart("/api/v1/price-subsidies/group-lists")
                        .file(new MockMultipartFile("file", "subsidy.csv", "text/csv", csv.getBytes()))
                        .param("regionCode", "420106000000").param("group", "UNEMPLOYMENT_SUBSIDY").param("department", "人社局")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());

        String maker = officers().maker();
        String started = issue(maker, "2020-03", 202);
        UUID payroll = UUID.fromString(JsonPath.read(started, "$.payroll.id"));
        assertThat(JsonPath.<String>read(started, "$.dueBy")).isEqualTo("2020-05-11");
        assertThat(JsonPath.<Integer>read(started, "$.exceptions")).isGreaterThanOrEqualTo(1);
        assertThat(jobs.awaitCompletion(payroll, Duration.ofSeconds(30))).isTrue();

        UUID other = GroupListImport.derivedId(otherId);
        assertThat(amounts(payroll)).containsKeys(household.get(0), household.get(1), other)
                .doesNotContainKey(GroupListImport.derivedId(noAccountId)).allSatisfy((person, amount) -> assertThat(amount).isEqualByComparingTo("264"));
        assertThat(jdbc.sql("select due_date from payroll where id = ?").param(payroll).query(String.class).single())
                .isEqualTo("2020-05-11");

        var paidFirst = amounts(payroll);
        issue(maker, "2020-03", 409);
        mvc.perform(PayrollFixtures.as(maker, post("/api/v1/payrolls/" + payroll + "/cancel"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"restart\"}"));
        UUID again = UUID.fromString(JsonPath.read(issue(maker, "2020-03", 202), "$.payroll.id"));
        assertThat(jobs.awaitCompletion(again, Duration.ofSeconds(30))).isTrue();
        assertThat(amounts(again)).isEqualTo(paidFirst);
        assertThat(jdbc.sql("""
                select count(*) from payroll_line where benefit = 'PRICE_SUBSIDY' and pay_month = ? and payee_id = ?""")
                .params(YearMonth.of(2020, 3).atDay(1), household.get(0)).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aCorrectionThatRaisesTheRateAddsTopUpLinesOnlyAndNeverTwice() throws Exception {
        List<UUID> household = enrolledHousehold(YearMonth.of(2021, 1));
        // Wuchang records its own index for June 2021 (nationally not triggered): CPI 4.0 % triggers at 4 %.
        String recorded = mvc.perform(PayrollFixtures.as("reviewer", post("/api/v1/price-indices"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"regionCode":"420106000000","month":"2021-06","cpiYoy":"4.0","foodYoy":"3.0","publishedOn":"2021-07-09"}"""))
                .andReturn().getResponse().getContentAsString();
        Object indexId = JsonPath.read(recorded, "$.index.id");
        assertThat(JsonPath.<List<Boolean>>read(recorded, "$.evaluations[*].triggered")).containsOnly(true);

        PayrollFixtures f = officers();
        UUID first = UUID.fromString(JsonPath.read(issue(f.maker(), "2021-06", 202), "$.payroll.id"));
        assertThat(jobs.awaitCompletion(first, Duration.ofSeconds(30))).isTrue();
        // Standard on 2021-06-01: 780 (Wuhan, from 2020-07); 780 x 4 % = 31.2 -> 31.
        assertThat(amounts(first)).containsKeys(household.get(0), household.get(1))
                .allSatisfy((p, amount) -> assertThat(amount).isEqualByComparingTo("31"));
        approveAndExport(f, first);

        mvc.perform(PayrollFixtures.as("reviewer", post("/api/v1/price-indices/" + indexId + "/correction"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cpiYoy\":\"5.0\",\"foodYoy\":\"3.0\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        UUID topUp = UUID.fromString(JsonPath.read(issue(f.maker(), "2021-06", 202), "$.payroll.id"));
        assertThat(jobs.awaitCompletion(topUp, Duration.ofSeconds(30))).isTrue();
        // 780 x 5 % = 39: 8 more each, as TOPUP lines; nothing REGULAR again.
        assertThat(jdbc.sql("select line_kind, kind_seq, amount from payroll_line where payroll_id = ?").param(topUp)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
                .list()).hasSize(amounts(first).size()).containsOnly("TOPUP/1/8");
        approveAndExport(f, topUp);

        UUID nothing = UUID.fromString(JsonPath.read(issue(f.maker(), "2021-06", 202), "$.payroll.id"));
        assertThat(jobs.awaitCompletion(nothing, Duration.ofSeconds(30))).isTrue();
        assertThat(amounts(nothing)).isEmpty();
        assertThat(jdbc.sql("select sum(amount) from payroll_line where benefit = 'PRICE_SUBSIDY' and pay_month = ? and payee_id = ?")
                .params(YearMonth.of(2021, 6).atDay(1), household.get(0)).query(BigDecimal.class).single()).isEqualByComparingTo("39");
    }

    @Test
    void aGenerationThatDiedAfterItsFirstChunkResumesFromTheCheckpointAndPaysEveryoneExactlyOnce() throws Exception {
        List<UUID> household = enrolledHousehold(YearMonth.of(2019, 1));
        enrolledHousehold(YearMonth.of(2019, 1));
        String maker = officers().maker();
        UUID payroll = UUID.fromString(JsonPath.read(issue(maker, "2019-11", 202), "$.payroll.id"));
        assertThat(jobs.awaitCompletion(payroll, Duration.ofSeconds(30))).isTrue();
        var paid = amounts(payroll);
        assertThat(paid).containsKeys(household.get(0), household.get(1)).hasSizeGreaterThanOrEqualTo(4);

        // The state a crash leaves: the first payee's chunk committed, the rest never ran, the job still RUNNING.
        UUID checkpoint = paid.keySet().stream().sorted().findFirst().orElseThrow();
        tx.executeWithoutResult(s -> {
            // the components of those lines go with them (one transaction: a crash loses both)
            jdbc.sql("delete from payroll_line_component where payroll_id = ? and line_id in (select id from payroll_line "
                    + "where payroll_id = ? and payee_id > ?)").params(payroll, payroll, checkpoint).update();
            jdbc.sql("delete from payroll_line where payroll_id = ? and payee_id > ?").params(payroll, checkpoint).update();
            jdbc.sql("update payroll_job set status = 'RUNNING', checkpoint = ?, processed = 1, finished_at = null where payroll_id = ?")
                    .params(checkpoint, payroll).update();
            jdbc.sql("update payroll set state = 'GENERATING', line_count = 0, total_amount = 0, generated_at = null where id = ?")
                    .param(payroll).update();
        });
        assertThat(jobs.resumeInterrupted()).contains(payroll);
        assertThat(jobs.awaitCompletion(payroll, Duration.ofSeconds(30))).isTrue();

        assertThat(amounts(payroll)).isEqualTo(paid);
        assertThat(jdbc.sql("select state from payroll where id = ?").param(payroll).query(String.class).single()).isEqualTo("GENERATED");
        assertThat(jdbc.sql("""
                select count(*) from (select payee_id from payroll_line where benefit = 'PRICE_SUBSIDY' and pay_month = ?
                group by payee_id, line_kind having count(*) > 1) d""").param(YearMonth.of(2019, 11).atDay(1))
                .query(Long.class).single()).isZero();
    }

    private List<UUID> enrolledHousehold(YearMonth from) {
        String id = new Fixtures(mvc).household(COMMUNITY).id();
        UUID household = UUID.fromString(id);
        List<UUID> persons = jdbc.sql("select person_id from household_member where household_id = ? order by person_id")
                .param(household).query(UUID.class).list();
        tx.executeWithoutResult(s -> events.publishEvent(new BenefitPeriodStarted("DIBAO", household, COMMUNITY, "URBAN",
                persons, from)));
        Awaitility.await("caseload listener").atMost(Duration.ofSeconds(20)).until(() -> jdbc
                .sql("select count(*) from price_dibao_person where household_id = ?").param(household).query(Long.class).single() >= 2);
        return persons;
    }

    private String issue(String user, String month, int status) throws Exception {
        var response = mvc.perform(PayrollFixtures.as(user, post("/api/v1/price-subsidies/issuances"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"%s\",\"month\":\"%s\"}".formatted(COMMUNITY, month))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private java.util.Map<UUID, BigDecimal> amounts(UUID payroll) {
        java.util.Map<UUID, BigDecimal> out = new java.util.HashMap<>();
        jdbc.sql("select payee_id, amount from payroll_line where payroll_id = ?").param(payroll)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list();
        return out;
    }

    private void approveAndExport(PayrollFixtures f, UUID payroll) throws Exception {
        mvc.perform(PayrollFixtures.as(f.checker(), post("/api/v1/payrolls/" + payroll + "/approve"))
                .contentType(MediaType.APPLICATION_JSON).content(f.confirmation(payroll)));
        mvc.perform(PayrollFixtures.as(f.maker(), post("/api/v1/payrolls/" + payroll + "/export")));
        String state = mvc.perform(PayrollFixtures.as(f.maker(), get("/api/v1/payrolls/" + payroll))).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(state, "$.state")).isEqualTo("EXPORTED");
    }
}
