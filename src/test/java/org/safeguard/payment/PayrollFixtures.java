package org.safeguard.payment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.safeguard.demo.DemoAccounts;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Payrolls in a wanted state anywhere in Hubei, made through the API by two province-level finance officers
 * (one generates, the other approves), with at least one scripted payee in the community.
 */
public final class PayrollFixtures {

    public static final String PASSWORD = "Payroll-Fixture-Passphrase-1";

    public record Fixture(UUID payrollId, UUID lineId) {
    }

    private final MockMvc mvc;
    private final ScriptedPayrollSource source;
    private final PayrollJobs jobs;
    private String maker;
    private String checker;

    private static final java.util.Map<MockMvc, PayrollFixtures> BY_CONTEXT = new java.util.concurrent.ConcurrentHashMap<>();

    /** The fixture set of a test context. */
    public static PayrollFixtures of(MockMvc mvc, ScriptedPayrollSource source, PayrollJobs jobs) {
        return BY_CONTEXT.computeIfAbsent(mvc, m -> new PayrollFixtures(m, source, jobs));
    }

    /**
     * A payroll in the community in the given state, made by province-level finance officers (RECONCILED: its
     * first line failed). One fixture set per test context, so its finance officers are created once.
     */
    public static Fixture payroll(MockMvc mvc, ScriptedPayrollSource source, PayrollJobs jobs, String community,
                                  PayrollState state) {
        try {
            return of(mvc, source, jobs).payroll(community, state);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public PayrollFixtures(MockMvc mvc, ScriptedPayrollSource source, PayrollJobs jobs) {
        this.mvc = mvc;
        this.source = source;
        this.jobs = jobs;
    }

    /**
     * A finance officer account created by the demo administrator, whose holder has replaced the temporary
     * password with {@link #PASSWORD}; returns its username.
     */
    public String financeOfficer(String homeRegion) throws Exception {
        String username = "payroll-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = "Temporary-Passphrase-4";
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", DemoAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","displayName":"财务测试","role":"FINANCE_OFFICER","homeRegion":"%s","password":"%s"}"""
                        .formatted(username, homeRegion, temporary)));
        mvc.perform(post("/api/v1/account/password").with(httpBasic(username, temporary)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(temporary, PASSWORD)));
        return username;
    }

    public static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        return request.with(httpBasic(username, username.startsWith("payroll-") ? PASSWORD : DemoAccounts.PASSWORD))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
    }

    private void users() throws Exception {
        if (maker == null) {
            maker = financeOfficer("420000000000");
            checker = financeOfficer("420000000000");
        }
    }

    public String maker() throws Exception {
        users();
        return maker;
    }

    public String checker() throws Exception {
        users();
        return checker;
    }

    /** A payroll of a fresh month in the community, brought to the state by the fixture's officers. */
    public Fixture payroll(String community, PayrollState state) throws Exception {
        users();
        source.addPayees(community, 2);
        String body = mvc.perform(as(maker, post("/api/v1/payrolls")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"%s\",\"month\":\"%s\",\"benefit\":\"%s\"}".formatted(community,
                        ScriptedPayrollSource.freshMonth(), ScriptedPayrollSource.BENEFIT)))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
        if (!jobs.awaitCompletion(id, Duration.ofSeconds(30))) {
            throw new IllegalStateException("generation did not finish");
        }
        String lines = mvc.perform(as(maker, get("/api/v1/payrolls/" + id + "/lines"))).andReturn().getResponse().getContentAsString();
        UUID lineId = UUID.fromString(JsonPath.read(lines, "$[0].id"));
        if (state == PayrollState.GENERATED) {
            return new Fixture(id, lineId);
        }
        mvc.perform(as(checker, post("/api/v1/payrolls/" + id + "/approve")).contentType(MediaType.APPLICATION_JSON)
                .content(confirmation(id)));
        if (state == PayrollState.APPROVED) {
            return new Fixture(id, lineId);
        }
        mvc.perform(as(maker, post("/api/v1/payrolls/" + id + "/export")));
        if (state == PayrollState.EXPORTED) {
            return new Fixture(id, lineId);
        }
        mvc.perform(as(maker, multipart("/api/v1/payrolls/" + id + "/bank-return")
                .file(returnFile("line_id,status,reason\n" + lineId + ",FAILED,account closed\n"))));
        return new Fixture(id, lineId);
    }

    /** The approval body: what the approver sees on the payroll. */
    public String confirmation(UUID id) throws Exception {
        String view = mvc.perform(as(checker, get("/api/v1/payrolls/" + id))).andReturn().getResponse().getContentAsString();
        return "{\"lineCount\":%s,\"totalAmount\":\"%s\",\"fileHash\":\"%s\"}".formatted(
                JsonPath.read(view, "$.lineCount").toString(), JsonPath.read(view, "$.totalAmount"), JsonPath.read(view, "$.fileHash"));
    }

    public static MockMultipartFile returnFile(String content) {
        return new MockMultipartFile("file", "return.csv", "text/csv", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A large bank return of the payroll that its job has rejected (one problem), as a status to look at. */
    public static UUID rejectedQueuedReturn(org.springframework.jdbc.core.simple.JdbcClient jdbc, UUID payrollId, String region) {
        UUID id = UUID.randomUUID();
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.sql("""
                insert into bank_return_upload (id, payroll_id, region_code, file_name, uploaded_by, status, rows_total,
                  rows_done, paid, failed, already, problem_count, problems, queued_at, finished_at, file_size)
                values (?, ?, ?, 'return.csv', 'matrix', 'REJECTED', 6000, 0, 0, 0, 0, 1, ?, ?, ?, 100)""")
                .params(id, payrollId, region, "rows[3].lineId\tPAYROLL_LINE_UNKNOWN\n", now, now).update();
        return id;
    }
}
