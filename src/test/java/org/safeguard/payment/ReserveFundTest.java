package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The township reserve fund: a top-up requested in the township, approved at county level by someone else, paid
 * through a payroll with four eyes and booked when the bank reports it paid; draws never twice and never below zero;
 * reversals once; the ledger always sums to the balance.
 */
@SafeguardTest
class ReserveFundTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    JdbcClient jdbc;

    private PayrollFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = PayrollFixtures.of(mvc, source, jobs);
    }

    private ResultActions postJson(String user, String path, String body) throws Exception {
        return mvc.perform(as(user, post(path)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String draw(UUID payee, int instalment, String amount) {
        return """
                {"payeeKind":"PERSON","payeeId":"%s","caseRef":"HF-2020-1","instalment":%d,"amount":"%s",
                 "reason":"HELP_FIRST"}""".formatted(payee, instalment, amount);
    }

    @Test
    void aTopUpIsPaidThroughAnApprovedPayrollAndDrawsNeverRepeatOrOverdrawTheFund() throws Exception {
        // Zhonghualu Subdistrict, emptied first: the fund's history here is this test's.
        String township = "420106006000";
        String base = "/api/v1/reserve-funds/" + township;
        jdbc.sql("delete from reserve_fund_entry where township_code = ?").param(township).update();
        jdbc.sql("delete from reserve_fund_topup where township_code = ?").param(township).update();
        jdbc.sql("delete from reserve_fund where township_code = ?").param(township).update();
        String clerk = fixtures.financeOfficer(township);
        String clerk2 = fixtures.financeOfficer(township);
        String county = fixtures.maker();
        String institution = JsonPath.read(postJson(clerk, "/api/v1/payments/institutions", """
                {"creditCode":"%s","name":"中华路街道备用金","regionCode":"%s","bankAccount":"6222020000005555"}"""
                .formatted(InstitutionCodes.random(), township)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        String topup = JsonPath.read(postJson(clerk, base + "/top-ups", """
                {"amount":"1000.00","institutionId":"%s","reason":"quarterly"}""".formatted(institution))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        postJson(clerk, "/api/v1/reserve-funds/top-ups/" + topup + "/approve", "{}").andExpect(status().isConflict());
        postJson(clerk2, "/api/v1/reserve-funds/top-ups/" + topup + "/approve", "{}").andExpect(status().isForbidden());
        // Nothing is in the fund until the bank has paid the top-up.
        postJson(clerk, base + "/draws", draw(UUID.randomUUID(), 1, "1.00")).andExpect(status().isConflict());
        String approved = postJson(county, "/api/v1/reserve-funds/top-ups/" + topup + "/approve", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"))
                .andReturn().getResponse().getContentAsString();
        UUID payroll = UUID.fromString(JsonPath.read(approved, "$.payrollId"));

        postJson(county, "/api/v1/payments/one-off-payrolls/" + payroll + "/close", "{}").andExpect(status().isOk());
        postJson(fixtures.checker(), "/api/v1/payrolls/" + payroll + "/approve", fixtures.confirmation(payroll))
                .andExpect(status().isOk());
        mvc.perform(as(county, post("/api/v1/payrolls/" + payroll + "/export"))).andExpect(status().isOk());
        // The township's collecting payroll may hold other top-ups too: this one's line is found by its case reference.
        String lineId = jdbc.sql("select cast(id as varchar(36)) from payroll_line where payroll_id = ? and case_ref = ?")
                .params(payroll, "RF-" + topup).query(String.class).single();
        mvc.perform(as(county, get("/api/v1/payrolls/" + payroll + "/lines")).param("limit", "1000"))
                .andExpect(jsonPath("$[?(@.id == '" + lineId + "')].payeeKind").value("INSTITUTION"))
                .andExpect(jsonPath("$[?(@.id == '" + lineId + "')].components.RESERVE_TOPUP").value("1000.00"));
        mvc.perform(as(county, multipart("/api/v1/payrolls/" + payroll + "/bank-return")
                .file(PayrollFixtures.returnFile("line_id,status,reason\n" + lineId + ",PAID,\n")))).andExpect(status().isOk());
        mvc.perform(as(clerk, get(base))).andExpect(status().isOk())
                .andExpect(jsonPath("$.fund.balance").value(1000.00)).andExpect(jsonPath("$.fund.reconciled").value(true))
                .andExpect(jsonPath("$.topups[0].state").value("BOOKED"));

        UUID payee = UUID.randomUUID();
        String drawn = postJson(clerk, base + "/draws", draw(payee, 1, "300.00")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.balance").value(700.00)).andReturn().getResponse().getContentAsString();
        postJson(clerk, base + "/draws", draw(payee, 1, "300.00")).andExpect(status().isConflict());
        postJson(clerk, base + "/draws", draw(payee, 2, "700.01")).andExpect(status().isConflict());
        postJson(clerk, base + "/draws", draw(payee, 2, "700.00")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.balance").value(0));
        String entry = JsonPath.read(drawn, "$.entryId");
        postJson(clerk, "/api/v1/reserve-funds/entries/" + entry + "/reverse", "{\"reason\":\"paid in error\"}")
                .andExpect(status().isCreated());
        postJson(clerk, "/api/v1/reserve-funds/entries/" + entry + "/reverse", "{\"reason\":\"again\"}")
                .andExpect(status().isConflict());
        mvc.perform(as(clerk, get(base))).andExpect(jsonPath("$.fund.balance").value(300.00))
                .andExpect(jsonPath("$.fund.ledgerSum").value(300.00)).andExpect(jsonPath("$.fund.reconciled").value(true))
                .andExpect(jsonPath("$.entries.length()").value(4));
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(clerk).password(PayrollFixtures.PASSWORD)).andReturn().getRequest().getSession();
        String page = mvc.perform(get("/reserve-funds/" + township).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"balance\">300.00<").contains("id=\"ledger-sum\">300.00<");
        assertThat(mvc.perform(get("/reserve-funds").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("/reserve-funds/" + township);
        // Outside the caller's region the fund does not exist; a county code is not a township.
        mvc.perform(as(fixtures.financeOfficer("420102010000"), get(base))).andExpect(status().isNotFound());
        mvc.perform(as(county, get("/api/v1/reserve-funds/420106000000"))).andExpect(status().isBadRequest());
        // The database itself never lets a balance go below zero.
        assertThatThrownBy(() -> jdbc.sql("update reserve_fund set balance = balance - 300.01 where township_code = ?")
                .param(township).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'RESERVE_FUND_%'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(6L);
    }
}
