package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** Institution payees: registered once by a checked credit code, paid under their registered name and account. */
@SafeguardTest
class InstitutionPayeeTest {

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

    @Test
    void theCheckCharacterOfGb32100IsVerified() {
        // Published codes: a company registered in Fuzhou and one in Beijing.
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91110000710925243K")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).as("wrong check character").isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).as("17 characters").isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100I000100Y43")).as("I is not in the set").isFalse();
        for (int i = 0; i < 200; i++) {
            assertThat(UnifiedSocialCreditCode.isValid(InstitutionCodes.random())).isTrue();
        }
    }

    @Test
    void aCareHomeIsRegisteredOnceAndAOneOffLinePaysItsRegisteredAccount() throws Exception {
        String code = InstitutionCodes.random();
        String body = """
                {"creditCode":"%s","name":"武昌区社会福利院","regionCode":"%s","bankAccount":"6222020000009876"}"""
                .formatted(code.toLowerCase(), COMMUNITY);
        String created = mvc.perform(as(fixtures.maker(), post("/api/v1/payments/institutions"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.creditCode").value(code))
                .andExpect(jsonPath("$.bankAccountMasked").value(org.hamcrest.Matchers.not("6222020000009876")))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(created, "$.id"));
        mvc.perform(as(fixtures.maker(), post("/api/v1/payments/institutions")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isConflict());
        mvc.perform(as(fixtures.maker(), post("/api/v1/payments/institutions")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(code.toLowerCase(), code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("CREDIT_CODE_INVALID"));
        mvc.perform(as(fixtures.maker(), get("/api/v1/payments/institutions")).param("regionCode", COMMUNITY))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());

        String benefit = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String payment = """
                {"benefit":"%s","payeeKind":"INSTITUTION","payeeId":"%s","regionCode":"%s","payeeName":"someone else",
                 "bankAccount":"6222029999999999","caseRef":"CS-2020-7","instalment":1,"components":{"BASE":"3600.00"},
                 "reason":"CENTRALISED_SUPPORT"}""".formatted(benefit, id, COMMUNITY);
        String paid = mvc.perform(as(fixtures.maker(), post("/api/v1/payments/one-off")).contentType(MediaType.APPLICATION_JSON)
                .content(payment)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID payroll = UUID.fromString(JsonPath.read(paid, "$.payrollId"));
        var line = jdbc.sql("select payee_kind, payee_name, bank_account, amount from payroll_line where payroll_id = ?")
                .param(payroll).query().singleRow();
        assertThat(line.get("payee_kind")).isEqualTo("INSTITUTION");
        assertThat(line.get("payee_name")).isEqualTo("武昌区社会福利院");
        assertThat(line.get("bank_account")).isEqualTo("6222020000009876");
        // An institution nobody registered does not exist.
        mvc.perform(as(fixtures.maker(), post("/api/v1/payments/one-off")).contentType(MediaType.APPLICATION_JSON)
                .content(payment.replace(id.toString(), UUID.randomUUID().toString()))).andExpect(status().isNotFound());
    }
}
