package org.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.safeguard.account.CreateStaffAccount;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.payment.PayrollFixtures;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.ScriptedPayrollSource;
import org.safeguard.pricesubsidy.PriceFixtures;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.Role;
import org.safeguard.support.Fixtures;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and form action × every demo role × a target inside and outside the caller's region.
 * Allowed calls must succeed (2xx, or a 3xx redirect after a form post); refused ones answer 403;
 * an id outside the caller's region answers 404. Unlisted page mappings fail the build.
 */
@SafeguardTest
class PageAccessMatrixTest {

    /** Pages anyone may reach, signed in or not; not part of the matrix. */
    private static final Set<String> PUBLIC = Set.of("GET /login", "POST /preferences/language", " /error",
            "GET /calculator", "POST /calculator", "GET /public/dibao/{communityCode}");

    private static final Map<String, String[]> COMMUNITIES = Map.ofEntries(
            Map.entry("admin", new String[] {"420106006001", null}),
            Map.entry("auditor", new String[] {"420106006001", null}),
            Map.entry("policy", new String[] {"420106006001", "420281102200"}),
            Map.entry("policy2", new String[] {"420106006001", "420281102200"}),
            Map.entry("reviewer", new String[] {"420106006001", "420102010006"}),
            Map.entry("hotline", new String[] {"420106006001", "420102010006"}),
            Map.entry("liaison", new String[] {"420106006001", "420102010006"}),
            Map.entry("finance", new String[] {"420106006001", "420102010006"}),
            Map.entry("finance2", new String[] {"420106006001", "420102010006"}),
            Map.entry("worker", new String[] {"420106006001", "420102010006"}),
            Map.entry("community", new String[] {"420106006001", "420106006002"}),
            Map.entry("worker2", new String[] {"420102010006", "420106006001"}),
            Map.entry("ruralworker", new String[] {"420281102200", "420106006001"}));

    private record Page(String method, String pattern, Set<Permission> needs, boolean scoped,
                        BiFunction<PageAccessMatrixTest, String, AbstractMockHttpServletRequestBuilder<?>> request) {
    }

    private static Set<Permission> needs(Permission... permissions) {
        return EnumSet.of(permissions[0], permissions);
    }

    private static final List<Page> MATRIX = List.of(
            new Page("GET", "/", needs(Permission.DASHBOARD), false, (t, c) -> get("/")),
            new Page("GET", "/account/password", needs(Permission.DASHBOARD), false, (t, c) -> get("/account/password")),
            new Page("POST", "/account/password", needs(Permission.DASHBOARD), false, (t, c) -> post("/account/password")
                    .param("currentPassword", "not-the-password").param("newPassword", "x").param("confirmPassword", "x")),
            new Page("GET", "/regions", needs(Permission.REGION_READ), false, (t, c) -> get("/regions")),
            new Page("GET", "/regions/{code}", needs(Permission.REGION_READ), true, (t, c) -> get("/regions/" + c)),
            new Page("GET", "/regions/{code}/children", needs(Permission.REGION_READ), true, (t, c) -> get("/regions/" + c + "/children")),
            new Page("GET", "/households", needs(Permission.HOUSEHOLD_READ), false, (t, c) -> get("/households")),
            new Page("GET", "/households/search", needs(Permission.HOUSEHOLD_READ), false, (t, c) -> get("/households/search")),
            new Page("POST", "/households/search", needs(Permission.HOUSEHOLD_READ), false,
                    (t, c) -> post("/households/search").param("name", "张")),
            new Page("GET", "/households/{id}", needs(Permission.HOUSEHOLD_READ), true,
                    (t, c) -> get("/households/" + t.fixtures().household(c).id())),
            new Page("POST", "/households/{id}/members/{memberId}/reveal", needs(Permission.HOUSEHOLD_READ, Permission.PERSONAL_DATA_REVEAL), true,
                    (t, c) -> { var h = t.fixtures().household(c); return post("/households/" + h.id() + "/members/" + h.spouseMemberId() + "/reveal").param("purpose", "CASE_WORK"); }),
            new Page("POST", "/households/{id}/bank-account/reveal", needs(Permission.HOUSEHOLD_READ, Permission.PERSONAL_DATA_REVEAL), true,
                    (t, c) -> post("/households/" + t.fixtures().household(c).id() + "/bank-account/reveal").param("purpose", "PAYMENT_PROBLEM")),
            new Page("GET", "/households/{id}/members/{memberId}/reveal", needs(Permission.HOUSEHOLD_READ, Permission.PERSONAL_DATA_REVEAL), true,
                    (t, c) -> { var h = t.fixtures().household(c); return get("/households/" + h.id() + "/members/" + h.spouseMemberId() + "/reveal"); }),
            new Page("GET", "/households/{id}/bank-account/reveal", needs(Permission.HOUSEHOLD_READ, Permission.PERSONAL_DATA_REVEAL), true,
                    (t, c) -> get("/households/" + t.fixtures().household(c).id() + "/bank-account/reveal")),
            new Page("GET", "/households/new", needs(Permission.HOUSEHOLD_WRITE), false, (t, c) -> get("/households/new")),
            new Page("POST", "/households/new", needs(Permission.HOUSEHOLD_WRITE), false,
                    (t, c) -> post("/households/new").param("regionCode", c).param("address", "")),
            new Page("GET", "/households/{id}/edit", needs(Permission.HOUSEHOLD_WRITE), true,
                    (t, c) -> get("/households/" + t.fixtures().household(c).id() + "/edit")),
            new Page("POST", "/households/{id}/edit", needs(Permission.HOUSEHOLD_WRITE), true,
                    (t, c) -> post("/households/" + t.fixtures().household(c).id() + "/edit").param("address", "")),
            new Page("POST", "/households/{id}/members/{memberId}/death", needs(Permission.HOUSEHOLD_WRITE), true,
                    (t, c) -> { var h = t.fixtures().household(c); return post("/households/" + h.id() + "/members/" + h.spouseMemberId() + "/death")
                            .param("dateOfDeath", "2025-01-02").param("source", "CHANGE_REPORT"); }),
            new Page("GET", "/households/{id}/members/{memberId}/move", needs(Permission.HOUSEHOLD_WRITE), true,
                    (t, c) -> { var h = t.fixtures().household(c); return get("/households/" + h.id() + "/members/" + h.spouseMemberId() + "/move"); }),
            new Page("POST", "/households/{id}/members/{memberId}/move", needs(Permission.HOUSEHOLD_WRITE), true,
                    (t, c) -> { var h = t.fixtures().household(c); return post("/households/" + h.id() + "/members/" + h.spouseMemberId() + "/move"); }),
            new Page("GET", "/households/import", needs(Permission.HOUSEHOLD_IMPORT), false, (t, c) -> get("/households/import")),
            new Page("POST", "/households/import", needs(Permission.HOUSEHOLD_IMPORT), false,
                    (t, c) -> multipart("/households/import").file(Fixtures.rosterFile(c))),
            new Page("GET", "/households/import/{id}", needs(Permission.HOUSEHOLD_IMPORT), true,
                    (t, c) -> get("/households/import/" + t.fixtures().importBatch(c))),
            new Page("GET", "/households/import/{id}/progress", needs(Permission.HOUSEHOLD_IMPORT), true,
                    (t, c) -> get("/households/import/" + t.fixtures().importBatch(c) + "/progress")),
            new Page("GET", "/households/import/{id}/errors.csv", needs(Permission.HOUSEHOLD_IMPORT), true,
                    (t, c) -> get("/households/import/" + t.fixtures().importBatch(c) + "/errors.csv")),
            // the temporary-assistance calculator: every staff member; a place outside the caller's area is a field error
            new Page("GET", "/temporary-assistance/calculator", needs(Permission.DASHBOARD), false,
                    (t, c) -> get("/temporary-assistance/calculator")),
            new Page("POST", "/temporary-assistance/calculator", needs(Permission.DASHBOARD), false,
                    (t, c) -> post("/temporary-assistance/calculator").param("regionCode", c).param("requestDate", "2020-08-03")
                            .param("type", "EMERGENCY").param("localHukou", "false").param("severity", "GENERAL")
                            .param("persons", "1").param("cause", "STRANDED")),
            new Page("GET", "/audit", needs(Permission.AUDIT_READ), false, (t, c) -> get("/audit")),
            new Page("GET", "/audit/entries/{seq}", needs(Permission.AUDIT_READ), false, (t, c) -> get("/audit/entries/1")),
            new Page("GET", "/audit/verification", needs(Permission.AUDIT_READ), false, (t, c) -> get("/audit/verification")),
            new Page("GET", "/swagger-ui.html", needs(Permission.USER_ADMIN), false, (t, c) -> get("/swagger-ui.html")),
            new Page("GET", "/v3/api-docs", needs(Permission.DASHBOARD), false, (t, c) -> get("/v3/api-docs")),
            new Page("GET", "/v3/api-docs.yaml", needs(Permission.DASHBOARD), false, (t, c) -> get("/v3/api-docs.yaml")),
            new Page("GET", "/v3/api-docs/swagger-config", needs(Permission.DASHBOARD), false, (t, c) -> get("/v3/api-docs/swagger-config")),
            new Page("GET", "/admin/users", needs(Permission.USER_ADMIN), false, (t, c) -> get("/admin/users")),
            new Page("GET", "/admin/users/new", needs(Permission.USER_ADMIN), false, (t, c) -> get("/admin/users/new")),
            new Page("POST", "/admin/users", needs(Permission.USER_ADMIN), false, (t, c) -> post("/admin/users").param("username", "")),
            new Page("GET", "/admin/users/{id}", needs(Permission.USER_ADMIN), false, (t, c) -> get("/admin/users/" + t.account())),
            new Page("POST", "/admin/users/{id}/assignment", needs(Permission.USER_ADMIN), false,
                    (t, c) -> {
                        long id = t.account();
                        return post("/admin/users/" + id + "/assignment").param("role", "AUDITOR").param("homeRegion", "420106000000")
                                .param("displayName", "审计").param("version", String.valueOf(t.accountVersion(id)));
                    }),
            new Page("POST", "/admin/users/{id}/disable", needs(Permission.USER_ADMIN), false, (t, c) -> post("/admin/users/" + t.account() + "/disable")),
            new Page("POST", "/admin/users/{id}/enable", needs(Permission.USER_ADMIN), false, (t, c) -> post("/admin/users/" + t.account() + "/enable")),
            new Page("POST", "/admin/users/{id}/unlock", needs(Permission.USER_ADMIN), false, (t, c) -> post("/admin/users/" + t.account() + "/unlock")),
            new Page("POST", "/admin/users/{id}/password", needs(Permission.USER_ADMIN), false,
                    (t, c) -> post("/admin/users/" + t.account() + "/password").param("password", "Another-Long-Passphrase-7")),
            new Page("GET", "/payrolls", needs(Permission.PAYROLL_READ), false, (t, c) -> get("/payrolls")),
            new Page("POST", "/payrolls", needs(Permission.PAYROLL_GENERATE), false, (t, c) -> post("/payrolls")
                    .param("regionCode", c).param("month", ScriptedPayrollSource.freshMonth().toString())
                    .param("benefit", ScriptedPayrollSource.BENEFIT)),
            new Page("GET", "/payrolls/{id}", needs(Permission.PAYROLL_READ), true,
                    (t, c) -> get("/payrolls/" + t.payroll(c, PayrollState.GENERATED).payrollId())),
            new Page("GET", "/payrolls/{id}/progress", needs(Permission.PAYROLL_READ), true,
                    (t, c) -> get("/payrolls/" + t.payroll(c, PayrollState.GENERATED).payrollId() + "/progress")),
            new Page("POST", "/payrolls/{id}/approve", needs(Permission.PAYROLL_APPROVE), true,
                    (t, c) -> post("/payrolls/" + t.payroll(c, PayrollState.GENERATED).payrollId() + "/approve")
                            .param("lineCount", "1").param("totalAmount", "1.00").param("fileHash", "0")),
            new Page("POST", "/payrolls/{id}/cancel", needs(Permission.PAYROLL_GENERATE), true,
                    (t, c) -> post("/payrolls/" + t.payroll(c, PayrollState.GENERATED).payrollId() + "/cancel")),
            new Page("POST", "/payrolls/{id}/export", needs(Permission.PAYROLL_EXPORT), true,
                    (t, c) -> post("/payrolls/" + t.payroll(c, PayrollState.APPROVED).payrollId() + "/export")),
            new Page("GET", "/payrolls/{id}/file", needs(Permission.PAYROLL_EXPORT), true,
                    (t, c) -> get("/payrolls/" + t.payroll(c, PayrollState.EXPORTED).payrollId() + "/file")),
            new Page("POST", "/payrolls/{id}/bank-return", needs(Permission.PAYROLL_RECONCILE), true,
                    (t, c) -> post("/payrolls/" + t.payroll(c, PayrollState.EXPORTED).payrollId() + "/bank-return")),
            new Page("GET", "/payrolls/{id}/bank-returns", needs(Permission.PAYROLL_RECONCILE), true,
                    (t, c) -> get("/payrolls/" + t.payroll(c, PayrollState.EXPORTED).payrollId() + "/bank-returns")),
            new Page("POST", "/payrolls/{id}/lines/{lineId}/reissue", needs(Permission.PAYROLL_RECONCILE), true,
                    (t, c) -> {
                        var p = t.payroll(c, PayrollState.RECONCILED);
                        return post("/payrolls/" + p.payrollId() + "/lines/" + p.lineId() + "/reissue")
                                .param("bankAccount", "6222029999777766");
                    }),
            // --- policy ---
            // Proposals are made by "policy"; a refused action (own proposal, not the proposer) redirects with a message.
            new Page("GET", "/policy", needs(Permission.POLICY_READ), true, (t, c) -> get("/policy").param("regionCode", c)),
            new Page("GET", "/policy/proposals", needs(Permission.POLICY_READ), false, (t, c) -> get("/policy/proposals")),
            new Page("GET", "/policy/proposals/new", needs(Permission.POLICY_PROPOSE), false, (t, c) -> get("/policy/proposals/new")),
            new Page("POST", "/policy/proposals", needs(Permission.POLICY_PROPOSE), false,
                    (t, c) -> post("/policy/proposals").param("regionCode", c).param("effectiveFrom", "2030-01-01")
                            .param("reason", "matrix").param("parameter0", "TAPERED_EXIT_MONTHS").param("value0", "6")),
            new Page("GET", "/policy/proposals/{id}", needs(Permission.POLICY_READ), true,
                    (t, c) -> get("/policy/proposals/" + t.proposal(c))),
            new Page("POST", "/policy/proposals/{id}/preview", needs(Permission.POLICY_PROPOSE), true,
                    (t, c) -> post("/policy/proposals/" + t.proposal(c) + "/preview")),
            new Page("POST", "/policy/proposals/{id}/approve", needs(Permission.POLICY_APPROVE), true,
                    (t, c) -> post("/policy/proposals/" + t.proposal(c) + "/approve")),
            new Page("POST", "/policy/proposals/{id}/reject", needs(Permission.POLICY_APPROVE), true,
                    (t, c) -> post("/policy/proposals/" + t.proposal(c) + "/reject").param("reason", "matrix")),
            new Page("POST", "/policy/proposals/{id}/withdraw", needs(Permission.POLICY_PROPOSE), true,
                    (t, c) -> post("/policy/proposals/" + t.proposal(c) + "/withdraw")),
            new Page("GET", "/policy/emergencies", needs(Permission.POLICY_READ), false, (t, c) -> get("/policy/emergencies")),
            new Page("GET", "/policy/emergencies/new", needs(Permission.POLICY_PROPOSE), false, (t, c) -> get("/policy/emergencies/new")),
            new Page("POST", "/policy/emergencies", needs(Permission.POLICY_PROPOSE), false,
                    (t, c) -> t.harmlessDeclarationForm(post("/policy/emergencies"), c)),
            new Page("GET", "/policy/emergencies/{id}", needs(Permission.POLICY_READ), true,
                    (t, c) -> get("/policy/emergencies/" + t.declaration(c, false))),
            new Page("GET", "/policy/emergencies/{id}/amend", needs(Permission.POLICY_PROPOSE), true,
                    (t, c) -> get("/policy/emergencies/" + t.declaration(c, true) + "/amend")),
            new Page("POST", "/policy/emergencies/{id}/amendments", needs(Permission.POLICY_PROPOSE), true,
                    (t, c) -> t.harmlessDeclarationForm(post("/policy/emergencies/" + t.declaration(c, true) + "/amendments"), c)),
            new Page("GET", "/policy/emergencies/{id}/check", needs(Permission.POLICY_APPROVE), true,
                    (t, c) -> get("/policy/emergencies/" + t.declaration(c, false) + "/check")),
            new Page("POST", "/policy/emergencies/{id}/approve", needs(Permission.POLICY_APPROVE), true,
                    (t, c) -> post("/policy/emergencies/" + t.declaration(c, false) + "/approve")),
            new Page("POST", "/policy/emergencies/{id}/reject", needs(Permission.POLICY_APPROVE), true,
                    (t, c) -> post("/policy/emergencies/" + t.declaration(c, false) + "/reject").param("reason", "matrix")),
            new Page("POST", "/policy/emergencies/{id}/end", needs(Permission.POLICY_APPROVE), true,
                    (t, c) -> post("/policy/emergencies/" + t.declaration(c, true) + "/end").param("reason", "matrix")),
            // --- application ---
            new Page("GET", "/applications", needs(Permission.APPLICATION_READ), false, (t, c) -> get("/applications")),
            new Page("GET", "/cases", needs(Permission.APPLICATION_READ), false, (t, c) -> get("/cases")),
            new Page("GET", "/cases/{id}", needs(Permission.APPLICATION_READ), true, (t, c) -> get("/cases/" + t.application(c))),
            new Page("POST", "/cases/{id}/reassign", needs(Permission.APPLICATION_READ, Permission.APPLICATION_TOWNSHIP), true,
                    (t, c) -> post("/cases/" + t.application(c) + "/reassign")),
            new Page("GET", "/applications/new", needs(Permission.APPLICATION_WRITE), false, (t, c) -> get("/applications/new")),
            new Page("POST", "/applications", needs(Permission.APPLICATION_WRITE), false, (t, c) -> post("/applications")
                    .param("householdId", t.fixtures().household(c).id()).param("channel", "WINDOW")),
            new Page("GET", "/applications/{id}", needs(Permission.APPLICATION_READ), true,
                    (t, c) -> get("/applications/" + t.application(c))),
            new Page("POST", "/applications/{id}/actions/{action}", needs(Permission.APPLICATION_READ, Permission.APPLICATION_WRITE), true,
                    (t, c) -> {
                        String id = t.application(c);
                        return post("/applications/" + id + "/actions/ACCEPT").param("version", String.valueOf(t.caseVersion(id)));
                    }),
            new Page("GET", "/applications/{id}/notices/public", needs(Permission.APPLICATION_READ), true,
                    (t, c) -> get("/applications/" + t.application(c) + "/notices/public")),
            new Page("GET", "/applications/{id}/notices/decision", needs(Permission.APPLICATION_READ), true,
                    (t, c) -> get("/applications/" + t.application(c) + "/notices/decision")),
            // --- beneficiary ---
            new Page("GET", "/beneficiaries", needs(Permission.BENEFICIARY_READ), false, (t, c) -> get("/beneficiaries")),
            new Page("GET", "/beneficiaries/queue", needs(Permission.BENEFICIARY_READ), false, (t, c) -> get("/beneficiaries/queue")),
            new Page("GET", "/beneficiaries/{householdId}", needs(Permission.BENEFICIARY_READ), true,
                    (t, c) -> get("/beneficiaries/" + t.dibao.enrolledNow(c))),
            new Page("POST", "/beneficiaries/{householdId}/change-reports", needs(Permission.BENEFICIARY_WRITE), true,
                    (t, c) -> {
                        java.util.UUID h = t.dibao.enrolledNow(c);
                        return post("/beneficiaries/" + h + "/change-reports").param("kind", "INCOME").param("note", "matrix")
                                .param("version", t.beneficiaryVersion(h));
                    }),
            new Page("POST", "/beneficiaries/{householdId}/reviews", needs(Permission.BENEFICIARY_WRITE), true,
                    (t, c) -> {
                        java.util.UUID h = t.dibao.enrolledNow(c);
                        return post("/beneficiaries/" + h + "/reviews").param("reason", "matrix").param("version", t.beneficiaryVersion(h));
                    }),
            new Page("POST", "/beneficiaries/{householdId}/review-outcome", needs(Permission.BENEFICIARY_DECIDE), true,
                    (t, c) -> {
                        java.util.UUID h = t.dibao.underReview(c);
                        return post("/beneficiaries/" + h + "/review-outcome").param("reason", "matrix").param("version", t.beneficiaryVersion(h));
                    }),
            new Page("POST", "/beneficiaries/{householdId}/queued-decision", needs(Permission.BENEFICIARY_DECIDE), true,
                    (t, c) -> {
                        java.util.UUID h = t.dibao.enrolledNow(c);
                        return post("/beneficiaries/" + h + "/queued-decision").param("execute", "false").param("version", t.beneficiaryVersion(h));
                    }),
            // --- payment: township reserve funds ---
            // --- good-faith records ---
            new Page("GET", "/good-faith", needs(Permission.GOOD_FAITH_READ), false, (t, c) -> get("/good-faith")),
            new Page("GET", "/good-faith/{id}", needs(Permission.GOOD_FAITH_READ), true,
                    (t, c) -> get("/good-faith/" + org.safeguard.goodfaith.GoodFaithFixtures.due(t.context, c))),
            new Page("POST", "/good-faith/{id}/outcome", needs(Permission.GOOD_FAITH_CORRECT), true,
                    (t, c) -> {
                        long id = org.safeguard.goodfaith.GoodFaithFixtures.due(t.context, c);
                        return post("/good-faith/" + id + "/outcome").param("outcome", "CONFIRMED")
                                .param("version", String.valueOf(org.safeguard.goodfaith.GoodFaithFixtures.version(t.context, id)));
                    }),
            new Page("GET", "/reserve-funds", needs(Permission.PAYROLL_READ), false,
                    (t, c) -> get("/reserve-funds")),
            new Page("GET", "/reserve-funds/{township}", needs(Permission.PAYROLL_READ), true,
                    (t, c) -> get("/reserve-funds/" + org.safeguard.payment.ReserveFundFixtures.township(c))),
            // --- payment: window disbursements ---
            new Page("GET", "/disbursements/new", needs(Permission.PAYROLL_GENERATE), false, (t, c) -> get("/disbursements/new")),
            new Page("POST", "/disbursements/new", needs(Permission.PAYROLL_GENERATE), false,
                    (t, c) -> post("/disbursements/new").param("regionCode", c)),
            new Page("POST", "/disbursements/check", needs(Permission.PAYROLL_GENERATE), false,
                    (t, c) -> post("/disbursements/check").param("regionCode", c)),
            new Page("POST", "/disbursements", needs(Permission.PAYROLL_GENERATE), false,
                    (t, c) -> post("/disbursements").param("regionCode", c)),
            new Page("GET", "/disbursements/{id}", needs(Permission.PAYROLL_READ), true,
                    (t, c) -> get("/disbursements/" + t.disbursement(c))),
            new Page("POST", "/disbursements/{id}/confirm", needs(Permission.PAYROLL_APPROVE), true,
                    (t, c) -> post("/disbursements/" + t.disbursement(c) + "/confirm").param("checkedReceipt", "true")),
            // --- pricesubsidy ---
            new Page("GET", "/price-subsidies", needs(Permission.PRICE_SUBSIDY_READ), true,
                    (t, c) -> get("/price-subsidies").param("regionCode", c).param("month", "2020-03").param("groups", "DIBAO")),
            new Page("POST", "/price-subsidies/indices", needs(Permission.PRICE_INDEX_WRITE), true,
                    (t, c) -> post("/price-subsidies/indices").param("regionCode", PriceFixtures.county(c))
                            .param("month", PriceFixtures.freshMonth()).param("cpiYoy", "1.0").param("foodYoy", "1.0")
                            .param("publishedOn", "2099-01-10")),
            new Page("POST", "/price-subsidies/issuances", needs(Permission.PAYROLL_GENERATE), true,
                    (t, c) -> post("/price-subsidies/issuances").param("regionCode", c)
                            .param("month", PriceFixtures.index(t.mvc, c)[1])),
            new Page("GET", "/price-subsidies/lists", needs(Permission.PRICE_LIST_IMPORT), false,
                    (t, c) -> get("/price-subsidies/lists")),
            new Page("GET", "/price-subsidies/lists/{id}", needs(Permission.PRICE_LIST_IMPORT), true,
                    (t, c) -> get("/price-subsidies/lists/" + PriceFixtures.rejectedQueuedList(t.jdbc, c))),
            new Page("POST", "/price-subsidies/lists", needs(Permission.PRICE_LIST_IMPORT), true,
                    (t, c) -> multipart("/price-subsidies/lists").file(PriceFixtures.listFile(c)).param("regionCode", c)
                            .param("group", "ORPHAN").param("department", "民政局")));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CreateStaffAccount createAccount;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static int accounts;

    @Autowired
    org.safeguard.beneficiary.DibaoFixtures dibao;
    @Autowired
    ScriptedPayrollSource payrollSource;
    @Autowired
    PayrollJobs payrollJobs;

    PayrollFixtures.Fixture payroll(String community, PayrollState state) {
        return PayrollFixtures.payroll(mvc, payrollSource, payrollJobs, community, state);
    }

    /** A window disbursement in the community, recorded by the payroll fixtures' maker through the API. */
    String disbursement(String community) {
        try {
            var fixtures = PayrollFixtures.of(mvc, payrollSource, payrollJobs);
            String made = mvc.perform(PayrollFixtures.as(fixtures.maker(),
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/payments/disbursements"))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(ApiAccessMatrixTest.disbursementJson(community))).andReturn().getResponse().getContentAsString();
            return com.jayway.jsonpath.JsonPath.read(made, "$.id");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** A declaration for the community made by a test maker: proposed, or approved (to amend or end). */
    long declaration(String community, boolean approved) {
        return org.safeguard.policy.EmergencyFixtures.harmlessInStore(context, community, approved);
    }

    /** The declaration form filled like EmergencyFixtures.harmlessJson. */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder harmlessDeclarationForm(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String community) {
        return request.param("regionCode", community).param("level", "LOW").param("startDate", "2019-01-01")
                .param("reason", "matrix").param("CARE_VISITS_INTENSIFIED.on", "true")
                .param("CARE_VISITS_INTENSIFIED.validFrom", "2019-01-01").param("CARE_VISITS_INTENSIFIED.validTo", "2019-01-31");
    }

    long proposal(String community) {
        return org.safeguard.policy.PolicyProposalFixtures.openProposal(context, community, "policy");
    }

    Fixtures fixtures() {
        return new Fixtures(mvc);
    }

    /** A fresh application (submitted today) for a fresh household in the community. */
    String application(String community) {
        return new org.safeguard.application.ApplicationFixtures(mvc).create(community, java.time.LocalDate.now()).id();
    }

    String beneficiaryVersion(java.util.UUID household) {
        return String.valueOf(jdbc.sql("select version from dibao_beneficiary where household_id = ?").param(household)
                .query(Long.class).single());
    }

    long caseVersion(String caseId) {
        return jdbc.sql("select version from casework_case where id = ?").param(java.util.UUID.fromString(caseId))
                .query(Long.class).single();
    }

    long accountVersion(long accountId) {
        return jdbc.sql("select version from staff_account where id = ?").param(accountId).query(Long.class).single();
    }

    /** A fresh staff account for admin actions, so that no demo account is disabled. */
    long account() {
        String username = "matrix" + System.nanoTime() % 1_000_000_000L + "x" + (accounts++);
        return createAccount.create(new CreateStaffAccount.NewAccount(username, "矩阵测试", Role.HOTLINE_OPERATOR, null,
                "420106000000", "Matrix-Test-Passphrase-1"));
    }

    @Test
    void everyPageIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> !p.startsWith("/api/"))
                .forEach(p -> {
                    var methods = info.getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        mapped.add(" " + p);
                    }
                    methods.forEach(m -> mapped.add(m.name() + " " + p));
                }));
        mapped.removeAll(PUBLIC);
        Set<String> listed = new TreeSet<>();
        MATRIX.forEach(p -> listed.add(p.method() + " " + p.pattern()));
        assertThat(listed).as("pages in the access matrix").containsExactlyElementsOf(mapped);
    }

    @Test
    void everyRoleReachesExactlyItsPagesAndOnlyInItsRegion() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Page page : MATRIX) {
            for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
                boolean allowed = page.needs().stream().allMatch(demo.role()::may);
                String[] communities = COMMUNITIES.get(demo.username());
                check(page, demo.username(), communities[0], allowed ? "OK" : "403", mismatches);
                if (page.scoped() && communities[1] != null && allowed) {
                    check(page, demo.username(), communities[1], "404", mismatches);
                }
            }
        }
        assertThat(mismatches).as("pages answered with an unexpected status").isEmpty();
    }

    private void check(Page page, String username, String community, String expected, List<String> mismatches) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = page.request().apply(this, community);
        request.with(user(users.loadUserByUsername(username))).with(csrf());
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        String actual = status >= 200 && status < 400 ? "OK" : Integer.toString(status);
        if (!actual.equals(expected)) {
            mismatches.add("%s %s as %s in %s: expected %s, got %d".formatted(page.method(), page.pattern(), username,
                    community, expected, status));
        }
    }
}
