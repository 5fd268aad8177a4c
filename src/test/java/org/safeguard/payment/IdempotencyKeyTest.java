package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Idempotency-Key on the POSTs that create money or a decision: a repeat answers the first result without acting
 * again, the same key with another body answers 422, and a key is the user's own.
 */
@SafeguardTest
class IdempotencyKeyTest {

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
        fixtures = new PayrollFixtures(mvc, source, jobs);
    }

    private MockHttpServletResponse start(String user, String key, String month) throws Exception {
        return mvc.perform(as(user, post("/api/v1/payrolls")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\":\"%s\",\"month\":\"%s\",\"benefit\":\"%s\"}"
                                .formatted(COMMUNITY, month, ScriptedPayrollSource.BENEFIT)))
                .andReturn().getResponse();
    }

    @Test
    void aRepeatedPayrollStartAnswersTheFirstResultAndStartsNothingMore() throws Exception {
        source.addPayees(COMMUNITY, 2);
        String key = UUID.randomUUID().toString();
        String month = ScriptedPayrollSource.freshMonth().toString();
        MockHttpServletResponse first = start(fixtures.maker(), key, month);
        MockHttpServletResponse repeat = start(fixtures.maker(), key, month);

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(repeat.getStatus()).isEqualTo(202);
        assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(repeat.getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from payroll where pay_month = ? and benefit = ?")
                .params(java.time.YearMonth.parse(month).atDay(1), ScriptedPayrollSource.BENEFIT).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWithAStableCode() throws Exception {
        String key = UUID.randomUUID().toString();
        start(fixtures.maker(), key, ScriptedPayrollSource.freshMonth().toString());
        String otherMonth = ScriptedPayrollSource.freshMonth().toString();
        MockHttpServletResponse reused = start(fixtures.maker(), key, otherMonth);

        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(reused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonPath.<String>read(reused.getContentAsString(), "$.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(jdbc.sql("select count(*) from payroll where pay_month = ?")
                .param(java.time.YearMonth.parse(otherMonth).atDay(1)).query(Long.class).single()).isZero();
    }

    @Test
    void aRepeatedApprovalAnswersTheFirstApprovalAndIsAuditedOnce() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.GENERATED);
        String confirmation = fixtures.confirmation(payroll.payrollId());
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                            .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(confirmation))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'PAYROLL_APPROVE'")
                .param(payroll.payrollId().toString()).query(Long.class).single()).isEqualTo(1L);
        // without the key the second approval is what it always was: refused, the payroll is no longer GENERATED
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isConflict());
    }

    @Test
    void aKeyBelongsToItsUserAndAMalformedKeyIsRefused() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.GENERATED);
        String confirmation = fixtures.confirmation(payroll.payrollId());
        String key = UUID.randomUUID().toString();
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isOk());
        // the generator sending the approver's key gets no replay of the approver's 200: the payroll is approved
        // already, so the generator's own request is refused as it would be without the key
        mvc.perform(as(fixtures.maker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isConflict()).andExpect(header().doesNotExist("Idempotency-Replayed"));
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .header("Idempotency-Key", "x".repeat(201)).contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_INVALID"));
    }
}
