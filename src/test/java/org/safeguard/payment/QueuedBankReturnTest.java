package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.payment.PayrollFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bank returns above the async threshold (3 rows here) are queued and applied by their db-scheduler job in chunks,
 * with the request's rules and result, each line settled once however often the job runs or the file is sent.
 */
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=60", "safeguard.upload.async-rows=3"})
@AutoConfigureMockMvc
class QueuedBankReturnTest {

    private static final String COMMUNITY = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScriptedPayrollSource source;
    @Autowired
    PayrollJobs jobs;
    @Autowired
    BankReturnJobs returns;
    @Autowired
    JdbcClient jdbc;

    private PayrollFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = PayrollFixtures.of(mvc, source, jobs);
    }

    /** An exported payroll of at least six lines; its line ids in file order. */
    private List<String> exportedLines(UUID[] payroll) throws Exception {
        source.addPayees(COMMUNITY, 4);
        payroll[0] = fixtures.payroll(COMMUNITY, PayrollState.EXPORTED).payrollId();
        String lines = mvc.perform(as(fixtures.maker(), get("/api/v1/payrolls/" + payroll[0] + "/lines").param("limit", "1000")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(lines, "$[*].id");
    }

    private static String file(List<String> ids, boolean firstFails) {
        StringBuilder csv = new StringBuilder("line_id,status,reason\n");
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(i == 0 && firstFails ? ",FAILED,account closed\n" : ",PAID,\n");
        }
        return csv.toString();
    }

    /** Posts a return that is queued; waits for its job and answers the upload id. */
    private UUID queue(String user, UUID payroll, String csv) throws Exception {
        String location = mvc.perform(as(user, multipart("/api/v1/payrolls/" + payroll + "/bank-return")
                        .file(PayrollFixtures.returnFile(csv))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/payrolls/" + payroll + "/bank-returns/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(returns.awaitCompletion(id, Duration.ofSeconds(30))).isTrue();
        return id;
    }

    private String statusJson(String user, UUID payroll, UUID upload) throws Exception {
        return mvc.perform(as(user, get("/api/v1/payrolls/" + payroll + "/bank-returns/" + upload)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aLargeReturnIsAnswered202AndItsJobSettlesEveryLineAndReconcilesAsTheRequestWould() throws Exception {
        UUID[] payroll = new UUID[1];
        List<String> ids = exportedLines(payroll);
        UUID upload = queue(fixtures.maker(), payroll[0], file(ids, true));

        String body = statusJson(fixtures.maker(), payroll[0], upload);
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("APPLIED");
        assertThat(JsonPath.<Integer>read(body, "$.rowsTotal")).isEqualTo(ids.size());
        assertThat(JsonPath.<Integer>read(body, "$.rowsDone")).isEqualTo(ids.size());
        assertThat(JsonPath.<Integer>read(body, "$.paid")).isEqualTo(ids.size() - 1);
        assertThat(JsonPath.<Integer>read(body, "$.failed")).isEqualTo(1);
        String view = mvc.perform(as(fixtures.maker(), get("/api/v1/payrolls/" + payroll[0])))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(view, "$.state")).isEqualTo("RECONCILED");
        assertThat(JsonPath.<Integer>read(view, "$.paidCount")).isEqualTo(ids.size() - 1);
        assertThat(JsonPath.<Integer>read(view, "$.failedCount")).isEqualTo(1);
        assertThat(jdbc.sql("select result_reason from payroll_line where id = ?").param(UUID.fromString(ids.get(0)))
                .query(String.class).single()).isEqualTo("account closed");
        // the uploader, not "system", reconciled it and is named in the audit
        assertThat(jdbc.sql("select actor from payroll_transition where payroll_id = ? and action = 'RECONCILE'")
                .param(payroll[0]).query(String.class).single()).isEqualTo(fixtures.maker());
        assertThat(jdbc.sql("select username from audit_entry where action = 'PAYROLL_BANK_RETURN' and entity_id = ?")
                .param(payroll[0].toString()).query(String.class).list()).containsExactly(fixtures.maker());
        assertThat(jdbc.sql("select content from bank_return_upload where id = ?").param(upload).query(byte[].class).optional())
                .isEmpty();
    }

    @Test
    void aQueuedReturnRunAgainOrSubmittedTwiceSettlesEachLineOnce() throws Exception {
        UUID[] payroll = new UUID[1];
        List<String> ids = exportedLines(payroll);
        // all but the last line: the payroll stays EXPORTED, so the same file may be sent again
        String csv = file(ids.subList(0, ids.size() - 1), true);
        UUID first = queue(fixtures.maker(), payroll[0], csv);

        returns.runNow(first);
        returns.submit(first);
        assertThat(returns.awaitCompletion(first, Duration.ofSeconds(30))).isTrue();
        UUID second = queue(fixtures.maker(), payroll[0], csv);

        String again = statusJson(fixtures.maker(), payroll[0], second);
        assertThat(JsonPath.<String>read(again, "$.status")).isEqualTo("APPLIED");
        assertThat(JsonPath.<Integer>read(again, "$.paid")).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.failed")).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.alreadyRecorded")).isEqualTo(ids.size() - 1);
        String once = statusJson(fixtures.maker(), payroll[0], first);
        assertThat(JsonPath.<Integer>read(once, "$.paid")).isEqualTo(ids.size() - 2);
        assertThat(count("select count(*) from bank_return_line where payroll_id = ?", payroll[0])).isEqualTo(ids.size() - 1);
        assertThat(count("select count(*) from bank_return_line where payroll_id = ? and upload_id = ?", payroll[0], first))
                .isEqualTo(ids.size() - 1);
        assertThat(count("select count(*) from payroll_line where payroll_id = ? and status = 'PENDING'", payroll[0])).isEqualTo(1);

        // a line put back to PENDING behind the import's back is still not settled a second time
        jdbc.sql("update payroll_line set status = 'PENDING' where id = ?").param(UUID.fromString(ids.get(1))).update();
        UUID third = queue(fixtures.maker(), payroll[0], csv);
        assertThat(JsonPath.<Integer>read(statusJson(fixtures.maker(), payroll[0], third), "$.paid")).isZero();
        assertThat(count("select count(*) from bank_return_line where line_id = ?", UUID.fromString(ids.get(1)))).isEqualTo(1);
    }

    @Test
    void aLargeReturnWithABadRowIsRejectedByItsJobAndAppliesNothing() throws Exception {
        UUID[] payroll = new UUID[1];
        List<String> ids = new ArrayList<>(exportedLines(payroll));
        ids.set(2, UUID.randomUUID().toString());
        UUID upload = queue(fixtures.maker(), payroll[0], file(ids, false));

        String body = statusJson(fixtures.maker(), payroll[0], upload);
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<Integer>read(body, "$.problemCount")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(body, "$.problems[*].field")).containsExactly("rows[2].lineId");
        assertThat(JsonPath.<List<String>>read(body, "$.problems[*].code")).containsExactly("PAYROLL_LINE_UNKNOWN");
        assertThat(count("select count(*) from payroll_line where payroll_id = ? and status <> 'PENDING'", payroll[0])).isZero();
    }

    @Test
    void anotherRegionsFinanceOfficerCannotSeeTheQueuedReturn() throws Exception {
        UUID[] payroll = new UUID[1];
        List<String> ids = exportedLines(payroll);
        UUID upload = queue(fixtures.maker(), payroll[0], file(ids, false));

        String elsewhere = fixtures.financeOfficer("420102010000");
        mvc.perform(as(elsewhere, get("/api/v1/payrolls/" + payroll[0] + "/bank-returns/" + upload)))
                .andExpect(status().isNotFound());
        // nor through another payroll's address
        UUID other = fixtures.payroll(COMMUNITY, PayrollState.EXPORTED).payrollId();
        mvc.perform(as(fixtures.maker(), get("/api/v1/payrolls/" + other + "/bank-returns/" + upload)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePayrollPageShowsTheQueuedReturnWithItsProgress() throws Exception {
        UUID[] payroll = new UUID[1];
        List<String> ids = exportedLines(payroll);
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(fixtures.maker()).password(PayrollFixtures.PASSWORD)).andReturn().getRequest().getSession();
        String redirect = mvc.perform(multipart("/payrolls/" + payroll[0] + "/bank-return")
                        .file(PayrollFixtures.returnFile(file(ids, false))).session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).isEqualTo("/payrolls/" + payroll[0]);
        UUID upload = jdbc.sql("select id from bank_return_upload where payroll_id = ?").param(payroll[0]).query(UUID.class).single();
        assertThat(returns.awaitCompletion(upload, Duration.ofSeconds(30))).isTrue();

        String html = mvc.perform(get("/payrolls/" + payroll[0]).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"bank-return-" + upload + "\"").contains("data-status=\"APPLIED\"")
                .contains("第 " + ids.size() + " / " + ids.size() + " 行").doesNotContain("hx-trigger=\"every 2s\"");
    }

    @Test
    void topUpsPaidByAQueuedReturnAreBookedOnceEvenWhenItsJobRunsAgain() throws Exception {
        // Yangyuan Subdistrict: four approved top-ups in its collecting payroll, paid by one (large) return
        String township = "420106002000";
        String clerk = fixtures.financeOfficer(township);
        String county = fixtures.maker();
        String institution = JsonPath.read(mvc.perform(as(clerk, post("/api/v1/payments/institutions"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"creditCode":"%s","name":"杨园街道备用金","regionCode":"%s","bankAccount":"6222020000006666"}"""
                        .formatted(InstitutionCodes.random(), township))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        List<String> topups = new ArrayList<>();
        UUID payroll = null;
        for (int i = 0; i < 4; i++) {
            String topup = JsonPath.read(mvc.perform(as(clerk, post("/api/v1/reserve-funds/" + township + "/top-ups"))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"amount":"100.25","institutionId":"%s","reason":"queued"}""".formatted(institution)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
            topups.add(topup);
            String approved = mvc.perform(as(county, post("/api/v1/reserve-funds/top-ups/" + topup + "/approve"))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            payroll = UUID.fromString(JsonPath.read(approved, "$.payrollId"));
        }
        mvc.perform(as(county, post("/api/v1/payments/one-off-payrolls/" + payroll + "/close"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        mvc.perform(as(fixtures.checker(), post("/api/v1/payrolls/" + payroll + "/approve"))
                .contentType(MediaType.APPLICATION_JSON).content(fixtures.confirmation(payroll))).andExpect(status().isOk());
        mvc.perform(as(county, post("/api/v1/payrolls/" + payroll + "/export"))).andExpect(status().isOk());
        List<String> lines = jdbc.sql("select cast(id as varchar(36)) from payroll_line where payroll_id = ? order by id")
                .param(payroll).query(String.class).list();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);

        UUID upload = queue(county, payroll, file(lines, false));
        returns.runNow(upload);

        assertThat(JsonPath.<String>read(statusJson(county, payroll, upload), "$.status")).isEqualTo("APPLIED");
        String in = String.join("','", topups);
        assertThat(count("select count(*) from reserve_fund_entry where kind = 'TOPUP' and cast(topup_id as varchar(36)) in ('"
                + in + "')")).isEqualTo(4);
        assertThat(count("select count(*) from reserve_fund_topup where state = 'BOOKED' and cast(id as varchar(36)) in ('"
                + in + "')")).isEqualTo(4);
        assertThat(jdbc.sql("select sum(amount) from reserve_fund_entry where kind = 'TOPUP' and cast(topup_id as varchar(36)) in ('"
                + in + "')").query(BigDecimal.class).single()).isEqualByComparingTo(new BigDecimal("401.00"));
        mvc.perform(as(clerk, get("/api/v1/reserve-funds/" + township))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.fund.reconciled").value(true));
    }
}
