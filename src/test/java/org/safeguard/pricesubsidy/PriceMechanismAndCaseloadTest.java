package org.safeguard.pricesubsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.BenefitPeriodEnded;
import org.safeguard.shared.BenefitPeriodStarted;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Regions may only lower thresholds; corrections keep history; the caseload read model follows the events; overdue shows. */
@SafeguardTest
class PriceMechanismAndCaseloadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aRegionMayLowerAThresholdButNeverRaiseIt() throws Exception {
        String body = mvc.perform(as("policy", post("/api/v1/price-mechanisms")).content("""
                        {"regionCode":"420100000000","from":"2070-01","cpiTrigger":"4.0","foodTrigger":"6.0"}"""))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].code")).containsExactly("PRICE_THRESHOLD_ABOVE_PARENT");
        int lower = mvc.perform(as("policy", post("/api/v1/price-mechanisms")).content("""
                        {"regionCode":"420100000000","from":"2070-01","to":"2070-12","cpiTrigger":"3.0","foodTrigger":"5.5"}"""))
                .andReturn().getResponse().getStatus();
        assertThat(lower).isEqualTo(201);
    }

    @Test
    void aCorrectionIsANewRowAndTheOldOneStaysAsHistory() throws Exception {
        String recorded = mvc.perform(as("reviewer", post("/api/v1/price-indices")).content("""
                        {"regionCode":"420106000000","month":"2071-03","cpiYoy":"1.0","foodYoy":"1.0","publishedOn":"2071-04-10"}"""))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(recorded, "$.index.id")).longValue();
        assertThat(JsonPath.<List<Boolean>>read(recorded, "$.evaluations[*].triggered")).containsOnly(false);
        String corrected = mvc.perform(as("reviewer", post("/api/v1/price-indices/" + id + "/correction"))
                .content("{\"cpiYoy\":\"1.0\",\"foodYoy\":\"7.5\"}")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(corrected, "$.evaluations[*].triggered")).containsOnly(true);
        assertThat(((Number) JsonPath.read(corrected, "$.index.corrects")).longValue()).isEqualTo(id);
        String history = mvc.perform(as("reviewer", get("/api/v1/price-indices/" + id))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$[*].foodYoy")).containsExactly("7.50", "1.00");
        int again = mvc.perform(as("reviewer", post("/api/v1/price-indices")).content("""
                        {"regionCode":"420106000000","month":"2071-03","cpiYoy":"1.0","foodYoy":"1.0","publishedOn":"2071-04-10"}"""))
                .andReturn().getResponse().getStatus();
        assertThat(again).isEqualTo(400);
    }

    @Test
    void theCaseloadReadModelFollowsEnrolmentMemberChangesAndEnd() {
        UUID household = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        publish(new BenefitPeriodStarted("DIBAO", household, "420106006001", "RURAL", List.of(a, b), YearMonth.of(2020, 1)));
        await(household, "select count(*) from price_dibao_person where household_id = ?", 2);
        // a change of members ends the period and starts the next; the two may be handled in either order
        publish(new BenefitPeriodStarted("DIBAO", household, "420106006001", "RURAL", List.of(a, c), YearMonth.of(2020, 6)));
        publish(new BenefitPeriodEnded("DIBAO", household, List.of(a, b), YearMonth.of(2020, 1), YearMonth.of(2020, 5),
                "MEMBERS_CHANGED"));
        await(household, "select count(*) from price_dibao_person where household_id = ? and to_month = date '2020-05-01'", 2);
        await(household, "select count(*) from price_dibao_person where household_id = ? and from_month = date '2020-06-01'", 2);
        publish(new BenefitPeriodEnded("DIBAO", household, List.of(a, c), YearMonth.of(2020, 6), YearMonth.of(2020, 9),
                "INCOME_ABOVE_STANDARD"));
        await(household, "select count(*) from price_dibao_person where household_id = ? and to_month = date '2020-09-01'", 2);
        assertThat(jdbc.sql("""
                select person_id, from_month, to_month, urban_rural from price_dibao_person where household_id = ? order by from_month, person_id""")
                .param(household).query((rs, n) -> rs.getObject(1, UUID.class).equals(a) ? "a" : rs.getObject(1, UUID.class).equals(b) ? "b" : "c")
                .list()).hasSize(4);
        assertThat(jdbc.sql("select to_month from price_dibao_person where household_id = ? and person_id = ? and from_month = date '2020-01-01'")
                .params(household, b).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(jdbc.sql("select count(*) from price_dibao_person where household_id = ? and urban_rural = 'RURAL'")
                .param(household).query(Long.class).single()).isEqualTo(4L);
    }

    @Test
    void anIssuancePastItsDueDateAndNotExportedIsOverdueOnTheHomePage() throws Exception {
        String html = mvc.perform(get("/").with(user(users.loadUserByUsername("finance")))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"price-subsidy-overdue\"");
        long overdue = jdbc.sql("""
                select count(*) from price_issuance i join payroll p on p.id = i.payroll_id
                where i.region_code like '420106%' and i.due_by < current_date and p.state not in ('EXPORTED', 'RECONCILED')""")
                .query(Long.class).single();
        assertThat(html).containsPattern("id=\"price-subsidy-overdue\"[^>]*>\\s*<div class=\"figure\">" + overdue + "<");
    }

    @Test
    void anXlsxListIsImportedWithRegistryPersonsRecognisedByIdNumber() throws Exception {
        String registered = new org.safeguard.support.Fixtures(mvc).household("420106006001").id();
        String idNumber = jdbc.sql("""
                select p.id_number from person p join household_member m on m.person_id = p.id where m.household_id = ?
                order by p.id_number limit 1""").param(UUID.fromString(registered)).query(String.class).single();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var wb = new org.dhatim.fastexcel.Workbook(bytes, "safeguard", "1.0")) {
            var ws = wb.newWorksheet("list");
            String[] header = {"id_number", "name", "region_code", "urban_rural", "valid_from", "valid_to", "bank_account"};
            String[] row = {idNumber, "张伟", "420106006001", "URBAN", "2020-03", "2020-06", "6222020000000000099"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
                ws.value(1, c, row[c]);
            }
        }
        String body = mvc.perform(as("liaison", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/price-subsidies/group-lists")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "orphans.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray()))
                        .param("regionCode", "420106000000").param("group", "ORPHAN").param("department", "民政局")))
                .andReturn().getResponse().getContentAsString();
        String importId = JsonPath.read(body, "$.importId");
        assertThat(jdbc.sql("""
                select count(*) from price_group_member g join person p on p.id = g.person_id where g.import_id = ?""")
                .param(UUID.fromString(importId)).query(Long.class).single()).isEqualTo(1L);
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private void await(UUID household, String sql, long expected) {
        Awaitility.await(sql).atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql(sql).param(household).query(Long.class).single() >= expected);
    }

    @Test
    void aMonthBeforeTheMechanismBeganIsAFieldProblemOnEveryEndpointNotACrash() throws Exception {
        for (var call : List.of(
                as("admin", post("/api/v1/calculations/price-subsidy")).content("""
                        {"regionCode":"420106000000","month":"2015-12","groups":["DIBAO"],"urbanRural":"URBAN"}"""),
                as("reviewer", post("/api/v1/price-indices")).content("""
                        {"regionCode":"420106000000","month":"2015-06","cpiYoy":"1.0","foodYoy":"1.0","publishedOn":"2015-07-10"}"""),
                as("policy", post("/api/v1/price-mechanisms")).content("""
                        {"regionCode":"420100000000","from":"2015-01","to":"2015-12","cpiTrigger":"3.0","foodTrigger":"5.5"}"""))) {
            String body = mvc.perform(call).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<String>read(body, "$.code")).isEqualTo("VALIDATION_FAILED");
            assertThat(JsonPath.<List<String>>read(body, "$.errors[*].code")).contains("PRICE_MECHANISM_NOT_IN_FORCE");
        }
    }
}
