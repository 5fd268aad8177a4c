package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The payroll lifecycle through the API: four-eyes, refused actions, the bank file, the bank return and re-issue. */
@SafeguardTest
class PayrollApiTest {

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

    private String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theGeneratorCannotApproveWhateverRolesTheyHoldAndAnotherUserApprovesWhatTheySaw() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.GENERATED);
        String confirmation = fixtures.confirmation(payroll.payrollId());
        mvc.perform(as(fixtures.maker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation.replaceAll("\"fileHash\":\"[0-9a-f]+\"",
                                "\"fileHash\":\"" + "0".repeat(64) + "\"")))
                .andExpect(status().isConflict());
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value(fixtures.checker()));
        String transitions = json(as("auditor", get("/api/v1/payrolls/" + payroll.payrollId() + "/transitions")));
        assertThat(JsonPath.<List<String>>read(transitions, "$[*].to")).containsExactly("GENERATING", "GENERATED", "APPROVED");
        assertThat(JsonPath.<String>read(transitions, "$[2].actor")).isEqualTo(fixtures.checker());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'PAYROLL_APPROVE'")
                .param(payroll.payrollId().toString()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aForbiddenActionAnswers409WithTheAllowedActions() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.GENERATED);
        mvc.perform(as(fixtures.maker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/export")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.state").value("GENERATED"))
                .andExpect(jsonPath("$.allowedActions[0]").value("APPROVE"))
                .andExpect(jsonPath("$.allowedActions[1]").value("CANCEL"));
        var approved = fixtures.payroll(COMMUNITY, PayrollState.APPROVED);
        mvc.perform(as(fixtures.maker(), post("/api/v1/payrolls/" + approved.payrollId() + "/cancel")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.allowedActions[0]").value("EXPORT"));
    }

    @Test
    void theBankFileIsAControlledDownloadWhoseHashIsTheOneApproved() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.APPROVED);
        String view = json(as(fixtures.maker(), get("/api/v1/payrolls/" + payroll.payrollId())));
        String approvedHash = JsonPath.read(view, "$.fileHash");
        var response = mvc.perform(as(fixtures.maker(), post("/api/v1/payrolls/" + payroll.payrollId() + "/export")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(approvedHash)
                .isEqualTo(response.getHeader("X-Content-SHA256"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("line_id,benefit,month").contains(payroll.lineId().toString()).contains("6222020");
        String lineCount = JsonPath.read(view, "$.lineCount").toString();
        assertThat(csv.split("\r\n")).hasSize(Integer.parseInt(lineCount) + 1);

        // The same bytes again later; the XLSX carries the same rows.
        byte[] again = mvc.perform(as(fixtures.maker(), get("/api/v1/payrolls/" + payroll.payrollId() + "/file")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(bytes);
        var xlsx = mvc.perform(as(fixtures.maker(), get("/api/v1/payrolls/" + payroll.payrollId() + "/file").param("format", "xlsx")))
                .andExpect(status().isOk()).andReturn().getResponse();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(Integer.parseInt(lineCount) + 1);
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xlsx.getContentAsByteArray())))
                .isEqualTo(xlsx.getHeader("X-Content-SHA256"));
        assertThat(jdbc.sql("select details from audit_entry where entity_id = ? and action = 'PAYROLL_EXPORT'")
                .param(payroll.payrollId().toString()).query(String.class).single()).contains(approvedHash).contains("\"rows\"");

        // Views never show the full account.
        String lines = json(as("auditor", get("/api/v1/payrolls/" + payroll.payrollId() + "/lines")));
        assertThat(lines).doesNotContain("6222020").contains("bankAccountMasked");
    }

    @Test
    void aBankReturnIsAllOrNothingAndReconcilesWhenEveryLineHasAResult() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.EXPORTED);
        String lines = json(as(fixtures.maker(), get("/api/v1/payrolls/" + payroll.payrollId() + "/lines").param("limit", "1000")));
        List<String> ids = JsonPath.read(lines, "$[*].id");
        StringBuilder bad = new StringBuilder("line_id,status,reason\n");
        bad.append(ids.get(0)).append(",PAID,\n").append(UUID.randomUUID()).append(",PAID,\n").append(ids.get(0)).append(",LOST,\n");
        mvc.perform(as(fixtures.maker(), multipart("/api/v1/payrolls/" + payroll.payrollId() + "/bank-return")
                        .file(PayrollFixtures.returnFile(bad.toString()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.errors[0].field").value("rows[1].lineId"))
                .andExpect(jsonPath("$.errors[1].field").value("rows[2].status"));
        assertThat(jdbc.sql("select count(*) from payroll_line where payroll_id = ? and status <> 'PENDING'")
                .param(payroll.payrollId()).query(Long.class).single()).isZero();

        StringBuilder good = new StringBuilder("\uFEFFline_id,status,reason\r\n");
        for (int i = 0; i < ids.size(); i++) {
            good.append(ids.get(i)).append(i == 0 ? ",FAILED,\"account closed, reopen\"" : ",PAID,").append("\r\n");
        }
        mvc.perform(as(fixtures.maker(), multipart("/api/v1/payrolls/" + payroll.payrollId() + "/bank-return")
                        .file(PayrollFixtures.returnFile(good.toString()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.paid").value(ids.size() - 1))
                .andExpect(jsonPath("$.payroll.state").value("RECONCILED"))
                .andExpect(jsonPath("$.payroll.failedCount").value(1));
    }

    @Test
    void aFailedLineIsReissuedOnceToTheCorrectedAccountInTheMonthsReissuePayroll() throws Exception {
        var payroll = fixtures.payroll(COMMUNITY, PayrollState.RECONCILED);
        String url = "/api/v1/payrolls/" + payroll.payrollId() + "/lines/" + payroll.lineId() + "/reissue";
        String failedAccount = jdbc.sql("select bank_account from payroll_line where id = ?").param(payroll.lineId())
                .query(String.class).single();
        mvc.perform(as(fixtures.maker(), post(url)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankAccount\":\"" + failedAccount + "\"}"))
                .andExpect(status().isConflict());
        String created = mvc.perform(as(fixtures.maker(), post(url)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankAccount\":\"6222021111222233\",\"bankName\":\"新银行\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reissuePayroll.purpose").value("REISSUE"))
                .andExpect(jsonPath("$.reissuePayroll.state").value("GENERATED"))
                .andExpect(jsonPath("$.reissuePayroll.lineCount").value(1))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as(fixtures.maker(), post(url)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bankAccount\":\"6222021111222244\"}"))
                .andExpect(status().isConflict());
        UUID batch = UUID.fromString(JsonPath.read(created, "$.reissuePayroll.id"));
        assertThat(jdbc.sql("select status from payroll_line where id = ?").param(payroll.lineId()).query(String.class).single())
                .isEqualTo("REISSUED");
        assertThat(jdbc.sql("select count(*) from payroll_line where reissue_of = ? and payroll_id = ? and line_kind = 'REISSUE'")
                .params(payroll.lineId(), batch).query(Long.class).single()).isEqualTo(1L);
        BigDecimalPair amounts = new BigDecimalPair(
                jdbc.sql("select amount from payroll_line where id = ?").param(payroll.lineId()).query(java.math.BigDecimal.class).single(),
                jdbc.sql("select amount from payroll_line where reissue_of = ?").param(payroll.lineId()).query(java.math.BigDecimal.class).single());
        assertThat(amounts.reissued()).isEqualByComparingTo(amounts.failed());
    }

    private record BigDecimalPair(java.math.BigDecimal failed, java.math.BigDecimal reissued) {
    }

    @Test
    void payrollsOutsideTheCallersRegionDoNotExistForThem() throws Exception {
        var payroll = fixtures.payroll("420102010006", PayrollState.GENERATED);
        mvc.perform(as("finance", get("/api/v1/payrolls/" + payroll.payrollId()))).andExpect(status().isNotFound());
        mvc.perform(as("finance", post("/api/v1/payrolls")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\":\"420102010006\",\"month\":\"2020-03\",\"benefit\":\"TEST_BENEFIT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(as("finance", post("/api/v1/payrolls")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\":\"420106006001\",\"month\":\"2020-03\",\"benefit\":\"NO_SUCH_BENEFIT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("PAYROLL_BENEFIT_UNKNOWN"));
        String list = json(as("finance", get("/api/v1/payrolls")));
        assertThat(list).doesNotContain(payroll.payrollId().toString());
    }
}
