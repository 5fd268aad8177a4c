package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One-off payments through the API: staged instalments, several causes, no double payment, four eyes to release. */
@SafeguardTest
class OneOffPaymentApiTest {

    private static final String COMMUNITY = "420106006002";

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

    private static String payment(String benefit, UUID payee, String caseRef, int instalment, String amount) {
        return """
                {"benefit":"%s","payeeKind":"PERSON","payeeId":"%s","regionCode":"%s","payeeName":"李四",
                 "bankName":"测试银行","bankAccount":"6222020000001234","caseRef":"%s","instalment":%d,
                 "components":{"base":"%s"},"reason":"TEMPORARY_ASSISTANCE"}""".formatted(benefit, payee, COMMUNITY,
                caseRef, instalment, amount);
    }

    private org.springframework.test.web.servlet.ResultActions pay(String body) throws Exception {
        return mvc.perform(as(fixtures.maker(), post("/api/v1/payments/one-off")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void instalmentsAndSeveralCausesArePaidOnceEachAndASecondPersonReleasesThem() throws Exception {
        String benefit = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID payee = UUID.randomUUID();
        String first = pay(payment(benefit, payee, "TA-1", 1, "800.00")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String payrollId = JsonPath.read(first, "$.payrollId");
        pay(payment(benefit, payee, "TA-1", 2, "400.00")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.payrollId").value(payrollId));
        pay(payment(benefit, payee, "SH-9", 1, "200.50")).andExpect(status().isCreated());
        pay(payment(benefit, payee, "TA-1", 1, "800.00")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"));

        mvc.perform(as(fixtures.maker(), post("/api/v1/payments/one-off-payrolls/" + payrollId + "/close")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("GENERATED"))
                .andExpect(jsonPath("$.lineCount").value(3)).andExpect(jsonPath("$.totalAmount").value("1400.50"));
        String confirmation = fixtures.confirmation(UUID.fromString(payrollId));
        mvc.perform(as(fixtures.maker(), post("/api/v1/payrolls/" + payrollId + "/approve"))
                .contentType(MediaType.APPLICATION_JSON).content(confirmation)).andExpect(status().isForbidden());
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payrollId + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        // A payment after the close opens the next collecting payroll instead of changing the approved one.
        String later = pay(payment(benefit, payee, "TA-1", 3, "100.00")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(later, "$.payrollId")).isNotEqualTo(payrollId);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'PAYMENT_ONE_OFF'")
                .param(payrollId).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void aFailedInstalmentIsReissuedToAGivenAccountAsTheSameCasesInstalment() throws Exception {
        String benefit = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID payee = UUID.randomUUID();
        String payrollId = JsonPath.read(pay(payment(benefit, payee, "TA-5", 1, "600.00")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.payrollId");
        UUID line = jdbc.sql("select id from payroll_line where payroll_id = ?").param(UUID.fromString(payrollId))
                .query(UUID.class).single();
        // What the bank return of the exported one-off payroll records for an account that was closed.
        jdbc.sql("update payroll_line set status = 'FAILED' where id = ?").param(line).update();
        String url = "/api/v1/payrolls/" + payrollId + "/lines/" + line + "/reissue";

        mvc.perform(as(fixtures.maker(), post(url)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bankAccount"));
        mvc.perform(as(fixtures.maker(), post(url)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bankAccount\":\"6222021111222299\"}")).andExpect(status().isCreated());

        var reissued = jdbc.sql("select payment_purpose, case_ref, instalment, amount from payroll_line where reissue_of = ?")
                .param(line).query().singleRow();
        assertThat(reissued.get("payment_purpose")).isEqualTo("ONE_OFF");
        assertThat(reissued.get("case_ref")).isEqualTo("TA-5");
        assertThat(((Number) reissued.get("instalment")).intValue()).isEqualTo(1);
        pay(payment(benefit, payee, "TA-5", 1, "600.00")).andExpect(status().isConflict());
    }

    @Test
    void anInstalmentBelowOneOrAMissingCaseIsRefusedWithStableCodes() throws Exception {
        String benefit = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        pay(payment(benefit, UUID.randomUUID(), "TA-1", 0, "10.00")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("INSTALMENT_NOT_POSITIVE"));
        pay(payment(benefit, UUID.randomUUID(), "", 1, "10.00")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseRef"));
    }
}
