package org.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.payment.PayrollFixtures;
import org.safeguard.policy.EmergencyFixtures;
import org.safeguard.policy.PolicyProposalFixtures;
import org.safeguard.payment.PayrollJobs;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.ReserveFundFixtures;
import org.safeguard.payment.ScriptedPayrollSource;
import org.safeguard.pricesubsidy.PriceFixtures;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.Role;
import org.safeguard.support.Api;
import org.safeguard.support.Fixtures;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint × every demo role × a target inside and outside the caller's region, with the
 * status each must get. A new endpoint that is not listed here fails {@link #everyApiEndpointIsInTheMatrix()}.
 */
@SafeguardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessMatrixTest {

    /** Where each demo user works, and a community inside and one outside that area. */
    private record Home(String region, String community, String outsideCommunity) {
    }

    private static final Map<String, Home> HOMES = Map.ofEntries(
            Map.entry("admin", new Home("420000000000", "420106006001", null)),
            Map.entry("auditor", new Home("420000000000", "420106006001", null)),
            Map.entry("policy", new Home("420100000000", "420106006001", "420281102200")),
            Map.entry("policy2", new Home("420100000000", "420106006001", "420281102200")),
            Map.entry("reviewer", new Home("420106000000", "420106006001", "420102010006")),
            Map.entry("hotline", new Home("420106000000", "420106006001", "420102010006")),
            Map.entry("liaison", new Home("420106000000", "420106006001", "420102010006")),
            Map.entry("finance", new Home("420106000000", "420106006001", "420102010006")),
            Map.entry("finance2", new Home("420106000000", "420106006001", "420102010006")),
            Map.entry("worker", new Home("420106006000", "420106006001", "420102010006")),
            Map.entry("community", new Home("420106006001", "420106006001", "420106006002")),
            Map.entry("worker2", new Home("420102010000", "420102010006", "420106006001")),
            Map.entry("ruralworker", new Home("420281102000", "420281102200", "420106006001")));

    /** What an allowed call answers in scope; outside scope an id answers 404 unless said otherwise. */
    private record Endpoint(String method, String pattern, Permission permission, int inScope, int outOfScope,
                            BiFunction<ApiAccessMatrixTest, Target, AbstractMockHttpServletRequestBuilder<?>> request,
                            Permission reachesScope) {

        Endpoint(String method, String pattern, Permission permission, int inScope, int outOfScope,
                 BiFunction<ApiAccessMatrixTest, Target, AbstractMockHttpServletRequestBuilder<?>> request) {
            this(method, pattern, permission, inScope, outOfScope, request, null);
        }

        /**
         * A caller without {@code permission} is refused with 403, except that one holding {@code reachesScope} (the
         * authority of the same action in other states of the case) is told 404 first for a case outside their subtree.
         */
        int refusedOutOfScope(Role role) {
            return reachesScope != null && role.may(reachesScope) ? 404 : 403;
        }
    }

    /** The household (or region) a call is aimed at, prepared fresh per call where the call changes it. */
    private record Target(String username, String community, boolean inScope) {
    }

    /** The preview answers 200 with a caseload source (beneficiary module) and 409 "no caseload source" without. */
    private static final int PREVIEW_STATUS = -409;

    private static final List<Endpoint> MATRIX = List.of(
            new Endpoint("GET", "/api/v1/regions/{code}", Permission.REGION_READ, 200, 404,
                    (t, x) -> get("/api/v1/regions/" + x.community())),
            new Endpoint("GET", "/api/v1/regions/{code}/children", Permission.REGION_READ, 200, 404,
                    (t, x) -> get("/api/v1/regions/" + x.community() + "/children")),
            new Endpoint("POST", "/api/v1/regions/import", Permission.REGION_ADMIN, 200, 200,
                    (t, x) -> multipart("/api/v1/regions/import").file(new MockMultipartFile("file", "regions.csv",
                            "text/csv", "code,name_zh,name_en,level,parent_code,urban_rural\n".getBytes()))),
            new Endpoint("POST", "/api/v1/households", Permission.HOUSEHOLD_WRITE, 201, 400,
                    (t, x) -> post("/api/v1/households").content(Api.household(x.community(), TestIds.adult(), TestIds.adult()))),
            new Endpoint("GET", "/api/v1/households", Permission.HOUSEHOLD_READ, 200, 404,
                    (t, x) -> get("/api/v1/households").param("regionCode", x.community())),
            new Endpoint("POST", "/api/v1/households/search", Permission.HOUSEHOLD_READ, 200, 404,
                    (t, x) -> post("/api/v1/households/search").content("{\"regionCode\":\"" + x.community() + "\"}")),
            new Endpoint("GET", "/api/v1/households/{id}", Permission.HOUSEHOLD_READ, 200, 404,
                    (t, x) -> get("/api/v1/households/" + t.fixtures().household(x.community()).id())),
            new Endpoint("PUT", "/api/v1/households/{id}", Permission.HOUSEHOLD_WRITE, 200, 404,
                    (t, x) -> put("/api/v1/households/" + t.fixtures().household(x.community()).id())
                            .content(Api.household(x.community(), TestIds.adult(), TestIds.adult()).replaceFirst("\\{", "{\"version\":0,"))),
            new Endpoint("PATCH", "/api/v1/households/{id}", Permission.HOUSEHOLD_WRITE, 200, 404,
                    (t, x) -> patch("/api/v1/households/" + t.fixtures().household(x.community()).id()).content("{\"address\":\"改 1 号\",\"version\":0}")),
            new Endpoint("POST", "/api/v1/households/{id}/members/{memberId}/move", Permission.HOUSEHOLD_WRITE, 200, 404,
                    (t, x) -> {
                        Fixtures.Household from = t.fixtures().household(x.community());
                        Fixtures.Household to = t.fixtures().household(x.community());
                        return post("/api/v1/households/" + from.id() + "/members/" + from.spouseMemberId() + "/move")
                                .content("{\"targetHouseholdId\":\"" + to.id() + "\",\"relationship\":\"OTHER\",\"reason\":\"test\"}");
                    }),
            new Endpoint("POST", "/api/v1/households/{id}/members/{memberId}/death", Permission.HOUSEHOLD_WRITE, 200, 404,
                    (t, x) -> {
                        Fixtures.Household h = t.fixtures().household(x.community());
                        return post("/api/v1/households/" + h.id() + "/members/" + h.spouseMemberId() + "/death")
                                .content("{\"dateOfDeath\":\"2025-01-02\",\"source\":\"DEPARTMENT_DATA\"}");
                    }),
            new Endpoint("POST", "/api/v1/households/{id}/dissolution", Permission.HOUSEHOLD_WRITE, 204, 404,
                    (t, x) -> post("/api/v1/households/" + t.fixtures().household(x.community()).id() + "/dissolution")
                            .content("{\"reason\":\"all members moved away\"}")),
            new Endpoint("POST", "/api/v1/households/{id}/members/{memberId}/reveal", Permission.PERSONAL_DATA_REVEAL, 200, 404,
                    (t, x) -> {
                        Fixtures.Household h = t.fixtures().household(x.community());
                        return post("/api/v1/households/" + h.id() + "/members/" + h.spouseMemberId() + "/reveal")
                                .content("{\"purpose\":\"CASE_WORK\"}");
                    }),
            new Endpoint("POST", "/api/v1/households/{id}/bank-account/reveal", Permission.PERSONAL_DATA_REVEAL, 200, 404,
                    (t, x) -> post("/api/v1/households/" + t.fixtures().household(x.community()).id() + "/bank-account/reveal")
                            .content("{\"purpose\":\"PAYMENT_PROBLEM\"}")),
            new Endpoint("POST", "/api/v1/households/imports", Permission.HOUSEHOLD_IMPORT, 200, 422,
                    (t, x) -> multipart("/api/v1/households/imports").file(Fixtures.rosterFile(x.community()))),
            new Endpoint("GET", "/api/v1/households/imports/{id}", Permission.HOUSEHOLD_IMPORT, 200, 404,
                    (t, x) -> get("/api/v1/households/imports/" + t.fixtures().importBatch(x.community()))),
            new Endpoint("GET", "/api/v1/households/imports/{id}/errors.csv", Permission.HOUSEHOLD_IMPORT, 200, 404,
                    (t, x) -> get("/api/v1/households/imports/" + t.fixtures().importBatch(x.community()) + "/errors.csv")),
            new Endpoint("POST", "/api/v1/calculations/dibao", Permission.DASHBOARD, 200, 404,
                    (t, x) -> post("/api/v1/calculations/dibao").content("{\"regionCode\":\"" + x.community()
                            + "\",\"referenceDate\":\"2020-08-01\",\"hukouType\":\"URBAN\",\"members\":[{\"ref\":\"A\","
                            + "\"birthDate\":\"1980-01-01\",\"counted\":true,\"incomes\":[{\"type\":\"WAGE\",\"amount\":1200}]}]}")),
            // --- temporaryassistance: any staff member, for a place of hardship in their area ---
            new Endpoint("POST", "/api/v1/calculations/temporary-assistance", Permission.DASHBOARD, 200, 404,
                    (t, x) -> post("/api/v1/calculations/temporary-assistance").content("{\"regionCode\":\"" + x.community()
                            + "\",\"requestDate\":\"2020-08-03\",\"type\":\"EMERGENCY\",\"localHukou\":false,"
                            + "\"severity\":\"SERIOUS\",\"persons\":2,\"cause\":\"FIRE\",\"previousGrants\":[]}")),
            new Endpoint("POST", "/api/v1/calculations/special-hardship", Permission.DASHBOARD, 200, 404,
                    (t, x) -> post("/api/v1/calculations/special-hardship").content("{\"regionCode\":\"" + x.community()
                            + "\",\"referenceDate\":\"2020-08-01\",\"hukouType\":\"URBAN\",\"person\":{\"birthDate\":\"1945-03-01\"}}")),
            new Endpoint("GET", "/api/v1/audit/verification", Permission.AUDIT_READ, 200, 200,
                    (t, x) -> get("/api/v1/audit/verification")),
            new Endpoint("GET", "/api/v1/audit/entries", Permission.AUDIT_READ, 200, 200,
                    (t, x) -> get("/api/v1/audit/entries")),
            // every signed-in user may change their own password; a wrong current password answers 400 and changes nothing
            new Endpoint("POST", "/api/v1/account/password", Permission.DASHBOARD, 400, 400,
                    (t, x) -> post("/api/v1/account/password").content("{\"currentPassword\":\"not-the-password\",\"newPassword\":\"x\"}")),
            new Endpoint("GET", "/api/v1/users", Permission.USER_ADMIN, 200, 200,
                    (t, x) -> get("/api/v1/users")),
            new Endpoint("POST", "/api/v1/users", Permission.USER_ADMIN, 201, 400,
                    (t, x) -> post("/api/v1/users").content(staffJson(x.community()))),
            new Endpoint("GET", "/api/v1/users/{id}", Permission.USER_ADMIN, 200, 404,
                    (t, x) -> get("/api/v1/users/" + t.staff(x.community()))),
            new Endpoint("POST", "/api/v1/users/{id}/disable", Permission.USER_ADMIN, 200, 404,
                    (t, x) -> post("/api/v1/users/" + t.staff(x.community()) + "/disable")),
            new Endpoint("POST", "/api/v1/users/{id}/enable", Permission.USER_ADMIN, 200, 404,
                    (t, x) -> post("/api/v1/users/" + t.staff(x.community()) + "/enable")),
            new Endpoint("POST", "/api/v1/users/{id}/unlock", Permission.USER_ADMIN, 200, 404,
                    (t, x) -> post("/api/v1/users/" + t.staff(x.community()) + "/unlock")),
            new Endpoint("PUT", "/api/v1/users/{id}/assignment", Permission.USER_ADMIN, 200, 404,
                    (t, x) -> {
                        long id = t.staff(x.community());
                        return put("/api/v1/users/" + id + "/assignment").content("{\"version\":" + t.accountVersion(id)
                                + ",\"role\":\"COMMUNITY_WORKER\",\"homeRegion\":\"" + x.community() + "\",\"displayName\":\"矩阵\"}");
                    }),
            new Endpoint("POST", "/api/v1/users/{id}/password", Permission.USER_ADMIN, 204, 404,
                    (t, x) -> post("/api/v1/users/" + t.staff(x.community()) + "/password")
                            .content("{\"password\":\"Matrix-Temporary-Passphrase-1\"}")),
            new Endpoint("POST", "/api/v1/payrolls", Permission.PAYROLL_GENERATE, 202, 404,
                    (t, x) -> post("/api/v1/payrolls").content("{\"regionCode\":\"%s\",\"month\":\"%s\",\"benefit\":\"%s\"}"
                            .formatted(x.community(), ScriptedPayrollSource.freshMonth(), ScriptedPayrollSource.BENEFIT))),
            new Endpoint("GET", "/api/v1/payrolls", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payrolls").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/payrolls/{id}", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payrolls/" + t.payroll(x.community(), PayrollState.GENERATED).payrollId())),
            new Endpoint("GET", "/api/v1/payrolls/{id}/lines", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payrolls/" + t.payroll(x.community(), PayrollState.GENERATED).payrollId() + "/lines")),
            new Endpoint("GET", "/api/v1/payrolls/{id}/transitions", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payrolls/" + t.payroll(x.community(), PayrollState.GENERATED).payrollId() + "/transitions")),
            new Endpoint("POST", "/api/v1/payrolls/{id}/approve", Permission.PAYROLL_APPROVE, 200, 404,
                    (t, x) -> {
                        var p = t.payroll(x.community(), PayrollState.GENERATED);
                        return post("/api/v1/payrolls/" + p.payrollId() + "/approve").content(t.confirmation(p.payrollId()));
                    }),
            new Endpoint("POST", "/api/v1/payrolls/{id}/cancel", Permission.PAYROLL_GENERATE, 200, 404,
                    (t, x) -> post("/api/v1/payrolls/" + t.payroll(x.community(), PayrollState.GENERATED).payrollId() + "/cancel")
                            .content("{\"reason\":\"matrix\"}")),
            new Endpoint("POST", "/api/v1/payrolls/{id}/export", Permission.PAYROLL_EXPORT, 200, 404,
                    (t, x) -> post("/api/v1/payrolls/" + t.payroll(x.community(), PayrollState.APPROVED).payrollId() + "/export")),
            new Endpoint("GET", "/api/v1/payrolls/{id}/file", Permission.PAYROLL_EXPORT, 200, 404,
                    (t, x) -> get("/api/v1/payrolls/" + t.payroll(x.community(), PayrollState.EXPORTED).payrollId() + "/file")),
            new Endpoint("POST", "/api/v1/payrolls/{id}/bank-return", Permission.PAYROLL_RECONCILE, 200, 404,
                    (t, x) -> {
                        var p = t.payroll(x.community(), PayrollState.EXPORTED);
                        return multipart("/api/v1/payrolls/" + p.payrollId() + "/bank-return")
                                .file(PayrollFixtures.returnFile("line_id,status,reason\n" + p.lineId() + ",PAID,\n"));
                    }),
            new Endpoint("GET", "/api/v1/payrolls/{id}/bank-returns/{uploadId}", Permission.PAYROLL_RECONCILE, 200, 404,
                    (t, x) -> {
                        var p = t.payroll(x.community(), PayrollState.EXPORTED);
                        return get("/api/v1/payrolls/" + p.payrollId() + "/bank-returns/"
                                + PayrollFixtures.rejectedQueuedReturn(t.jdbc, p.payrollId(), x.community()));
                    }),
            new Endpoint("POST", "/api/v1/payrolls/{id}/lines/{lineId}/reissue", Permission.PAYROLL_RECONCILE, 201, 404,
                    (t, x) -> {
                        var p = t.payroll(x.community(), PayrollState.RECONCILED);
                        return post("/api/v1/payrolls/" + p.payrollId() + "/lines/" + p.lineId() + "/reissue")
                                .content("{\"bankAccount\":\"6222029999888877\"}");
                    }),
            new Endpoint("POST", "/api/v1/payments/one-off", Permission.PAYROLL_GENERATE, 201, 404,
                    (t, x) -> post("/api/v1/payments/one-off").content(oneOffJson(x.community()))),
            new Endpoint("POST", "/api/v1/payments/one-off-payrolls/{id}/close", Permission.PAYROLL_GENERATE, 200, 404,
                    (t, x) -> post("/api/v1/payments/one-off-payrolls/" + t.oneOffPayroll(x.community()) + "/close")),
            new Endpoint("GET", "/api/v1/reserve-funds", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/reserve-funds").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/reserve-funds/{township}", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/reserve-funds/" + ReserveFundFixtures.township(x.community()))),
            new Endpoint("POST", "/api/v1/reserve-funds/{township}/draws", Permission.PAYROLL_GENERATE, 201, 404,
                    (t, x) -> {
                        ReserveFundFixtures.booked(t.context, x.community(), "10.00");
                        return post("/api/v1/reserve-funds/" + ReserveFundFixtures.township(x.community()) + "/draws")
                                .content(ReserveFundFixtures.drawJson());
                    }),
            new Endpoint("POST", "/api/v1/reserve-funds/{township}/top-ups", Permission.PAYROLL_GENERATE, 201, 404,
                    (t, x) -> post("/api/v1/reserve-funds/" + ReserveFundFixtures.township(x.community()) + "/top-ups")
                            .content(ReserveFundFixtures.topupJson(t.context, x.community()))),
            new Endpoint("POST", "/api/v1/reserve-funds/top-ups/{id}/approve", Permission.PAYROLL_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/reserve-funds/top-ups/" + ReserveFundFixtures.requestedTopup(t.context,
                            x.community()) + "/approve")),
            new Endpoint("POST", "/api/v1/reserve-funds/top-ups/{id}/reject", Permission.PAYROLL_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/reserve-funds/top-ups/" + ReserveFundFixtures.requestedTopup(t.context,
                            x.community()) + "/reject")),
            new Endpoint("POST", "/api/v1/reserve-funds/entries/{id}/reverse", Permission.PAYROLL_GENERATE, 201, 404,
                    (t, x) -> post("/api/v1/reserve-funds/entries/" + ReserveFundFixtures.booked(t.context, x.community(),
                            "10.00") + "/reverse").content("{\"reason\":\"matrix\"}")),
            new Endpoint("GET", "/api/v1/good-faith-records", Permission.GOOD_FAITH_READ, 200, 404,
                    (t, x) -> get("/api/v1/good-faith-records").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/good-faith-records/{id}", Permission.GOOD_FAITH_READ, 200, 404,
                    (t, x) -> get("/api/v1/good-faith-records/" + org.safeguard.goodfaith.GoodFaithFixtures.due(t.context, x.community()))),
            new Endpoint("POST", "/api/v1/good-faith-records/{id}/outcome", Permission.GOOD_FAITH_CORRECT, 200, 404,
                    (t, x) -> {
                        long id = org.safeguard.goodfaith.GoodFaithFixtures.due(t.context, x.community());
                        return post("/api/v1/good-faith-records/" + id + "/outcome").content("{\"outcome\":\"CONFIRMED\",\"version\":"
                                + org.safeguard.goodfaith.GoodFaithFixtures.version(t.context, id) + "}");
                    }),
            new Endpoint("POST", "/api/v1/payments/institutions", Permission.PAYROLL_GENERATE, 201, 404,
                    (t, x) -> post("/api/v1/payments/institutions").content(org.safeguard.payment.InstitutionCodes.json(x.community()))),
            new Endpoint("GET", "/api/v1/payments/institutions", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payments/institutions").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/payments/institutions/{id}", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payments/institutions/" + t.institution(x.community()))),
            new Endpoint("POST", "/api/v1/payments/disbursements", Permission.PAYROLL_GENERATE, 201, 404,
                    (t, x) -> post("/api/v1/payments/disbursements").content(disbursementJson(x.community()))),
            new Endpoint("GET", "/api/v1/payments/disbursements", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payments/disbursements").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/payments/disbursements/{id}", Permission.PAYROLL_READ, 200, 404,
                    (t, x) -> get("/api/v1/payments/disbursements/" + t.disbursement(x.community()))),
            new Endpoint("POST", "/api/v1/payments/disbursements/{id}/confirm", Permission.PAYROLL_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/payments/disbursements/" + t.disbursement(x.community()) + "/confirm")),
            // --- policy ---
            // Proposals to decide are made by someone other than the caller; withdraw targets the caller's own.
            new Endpoint("GET", "/api/v1/policy/parameters", Permission.POLICY_READ, 200, 404,
                    (t, x) -> get("/api/v1/policy/parameters").param("regionCode", x.community())),
            new Endpoint("POST", "/api/v1/policy/proposals", Permission.POLICY_PROPOSE, 201, 400,
                    (t, x) -> post("/api/v1/policy/proposals").content(PolicyProposalFixtures.harmlessJson(x.community()))),
            new Endpoint("GET", "/api/v1/policy/proposals", Permission.POLICY_READ, 200, 200,
                    (t, x) -> get("/api/v1/policy/proposals")),
            new Endpoint("GET", "/api/v1/policy/proposals/{id}", Permission.POLICY_READ, 200, 404,
                    (t, x) -> get("/api/v1/policy/proposals/" + t.proposal(x, false))),
            new Endpoint("POST", "/api/v1/policy/proposals/{id}/preview", Permission.POLICY_PROPOSE, PREVIEW_STATUS, 404,
                    (t, x) -> post("/api/v1/policy/proposals/" + t.proposal(x, false) + "/preview")),
            new Endpoint("POST", "/api/v1/policy/proposals/{id}/approve", Permission.POLICY_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/policy/proposals/" + t.proposal(x, false) + "/approve").content("{}")),
            new Endpoint("POST", "/api/v1/policy/proposals/{id}/reject", Permission.POLICY_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/policy/proposals/" + t.proposal(x, false) + "/reject").content("{\"reason\":\"matrix\"}")),
            new Endpoint("POST", "/api/v1/policy/proposals/{id}/withdraw", Permission.POLICY_PROPOSE, 200, 404,
                    (t, x) -> post("/api/v1/policy/proposals/" + t.proposal(x, true) + "/withdraw").content("{}")),
            new Endpoint("GET", "/api/v1/emergency-declarations", Permission.POLICY_READ, 200, 404,
                    (t, x) -> get("/api/v1/emergency-declarations").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/emergency-declarations/{id}", Permission.POLICY_READ, 200, 404,
                    (t, x) -> get("/api/v1/emergency-declarations/" + t.declaration(x, false))),
            new Endpoint("POST", "/api/v1/emergency-declarations", Permission.POLICY_PROPOSE, 201, 400,
                    (t, x) -> post("/api/v1/emergency-declarations").content(EmergencyFixtures.harmlessJson(x.community()))),
            new Endpoint("POST", "/api/v1/emergency-declarations/{id}/amendments", Permission.POLICY_PROPOSE, 201, 404,
                    (t, x) -> post("/api/v1/emergency-declarations/" + t.declaration(x, true) + "/amendments")
                            .content(EmergencyFixtures.harmlessJson(x.community()))),
            new Endpoint("POST", "/api/v1/emergency-declarations/{id}/approve", Permission.POLICY_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/emergency-declarations/" + t.declaration(x, false) + "/approve").content("{}")),
            new Endpoint("POST", "/api/v1/emergency-declarations/{id}/reject", Permission.POLICY_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/emergency-declarations/" + t.declaration(x, false) + "/reject")
                            .content("{\"reason\":\"matrix\"}")),
            new Endpoint("POST", "/api/v1/emergency-declarations/{id}/end", Permission.POLICY_APPROVE, 200, 404,
                    (t, x) -> post("/api/v1/emergency-declarations/" + t.declaration(x, true) + "/end")
                            .content("{\"reason\":\"matrix\"}")),
            // --- application ---
            new Endpoint("POST", "/api/v1/dibao/applications", Permission.APPLICATION_WRITE, 201, 400,
                    (t, x) -> post("/api/v1/dibao/applications").content("{\"householdId\":\"%s\",\"channel\":\"WINDOW\"}"
                            .formatted(t.fixtures().household(x.community()).id()))),
            new Endpoint("GET", "/api/v1/dibao/applications", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/applications").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/dibao/applications/{id}", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/applications/" + t.application(x.community()))),
            new Endpoint("GET", "/api/v1/dibao/applications/{id}/transitions", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/applications/" + t.application(x.community()) + "/transitions")),
            new Endpoint("GET", "/api/v1/dibao/applications/{id}/notices", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/applications/" + t.application(x.community()) + "/notices")),
            new Endpoint("POST", "/api/v1/dibao/applications/{id}/actions/{action}", Permission.APPLICATION_WRITE, 200, 404,
                    (t, x) -> {
                        String id = t.application(x.community());
                        return post("/api/v1/dibao/applications/" + id + "/actions/ACCEPT")
                                .content("{\"commitment\":true,\"version\":" + t.caseVersion(id) + "}");
                    }),
            // --- casework ---
            new Endpoint("GET", "/api/v1/cases", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/cases").param("queue", "team").param("region", x.community())),
            new Endpoint("GET", "/api/v1/cases/{id}", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/cases/" + t.application(x.community()))),
            new Endpoint("GET", "/api/v1/cases/{id}/transitions", Permission.APPLICATION_READ, 200, 404,
                    (t, x) -> get("/api/v1/cases/" + t.application(x.community()) + "/transitions")),
            // a submitted application is reassigned by the township; county reviewers reassign in county states only
            new Endpoint("POST", "/api/v1/cases/{id}/reassign", Permission.APPLICATION_TOWNSHIP, 200, 404,
                    (t, x) -> {
                        String id = t.application(x.community());
                        return post("/api/v1/cases/" + id + "/reassign").content("{\"assignee\":\"%s\",\"reason\":\"matrix\",\"version\":%d}"
                                .formatted(x.username(), t.caseVersion(id)));
                    },
                    Permission.APPLICATION_REVIEW),
            // --- beneficiary ---
            new Endpoint("GET", "/api/v1/dibao/beneficiaries", Permission.BENEFICIARY_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/beneficiaries").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/dibao/beneficiaries/payroll-exceptions", Permission.BENEFICIARY_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/beneficiaries/payroll-exceptions").param("regionCode", x.community())
                            .param("month", "2026-12")),
            new Endpoint("GET", "/api/v1/dibao/beneficiaries/{householdId}", Permission.BENEFICIARY_READ, 200, 404,
                    (t, x) -> get("/api/v1/dibao/beneficiaries/" + t.dibao.enrolledNow(x.community()))),
            new Endpoint("POST", "/api/v1/dibao/beneficiaries/{householdId}/change-reports", Permission.BENEFICIARY_WRITE, 200, 404,
                    (t, x) -> {
                        java.util.UUID h = t.dibao.enrolledNow(x.community());
                        return post("/api/v1/dibao/beneficiaries/" + h + "/change-reports").content("{\"kind\":\"INCOME\",\"note\":\"matrix\",\"version\":" + t.beneficiaryVersion(h) + "}");
                    }),
            new Endpoint("POST", "/api/v1/dibao/beneficiaries/{householdId}/reviews", Permission.BENEFICIARY_WRITE, 200, 404,
                    (t, x) -> {
                        java.util.UUID h = t.dibao.enrolledNow(x.community());
                        return post("/api/v1/dibao/beneficiaries/" + h + "/reviews").content("{\"reason\":\"matrix\",\"version\":" + t.beneficiaryVersion(h) + "}");
                    }),
            new Endpoint("POST", "/api/v1/dibao/beneficiaries/{householdId}/review-outcome", Permission.BENEFICIARY_DECIDE, 200, 404,
                    (t, x) -> {
                        java.util.UUID h = t.dibao.underReview(x.community());
                        return post("/api/v1/dibao/beneficiaries/" + h + "/review-outcome").content("{\"reason\":\"matrix: no change\",\"version\":" + t.beneficiaryVersion(h) + "}");
                    }),
            // Nothing is queued for a fresh beneficiary, so an allowed caller in scope gets the lifecycle's 409.
            new Endpoint("POST", "/api/v1/dibao/beneficiaries/{householdId}/queued-decision", Permission.BENEFICIARY_DECIDE, 409, 404,
                    (t, x) -> {
                        java.util.UUID h = t.dibao.enrolledNow(x.community());
                        return post("/api/v1/dibao/beneficiaries/" + h + "/queued-decision").content("{\"execute\":false,\"note\":\"matrix\",\"version\":" + t.beneficiaryVersion(h) + "}");
                    }),
            // --- pricesubsidy ---
            new Endpoint("POST", "/api/v1/calculations/price-subsidy", Permission.DASHBOARD, 200, 404,
                    (t, x) -> post("/api/v1/calculations/price-subsidy").content("{\"regionCode\":\"" + x.community()
                            + "\",\"month\":\"2020-03\",\"groups\":[\"DIBAO\"],\"urbanRural\":\"URBAN\"}")),
            new Endpoint("POST", "/api/v1/price-indices", Permission.PRICE_INDEX_WRITE, 201, 404,
                    (t, x) -> post("/api/v1/price-indices").content(PriceFixtures.indexJson(x.community()))),
            new Endpoint("POST", "/api/v1/price-indices/{id}/correction", Permission.PRICE_INDEX_WRITE, 201, 404,
                    (t, x) -> post("/api/v1/price-indices/" + PriceFixtures.index(t.mvc, x.community())[0] + "/correction")
                            .content("{\"cpiYoy\":\"9.5\",\"foodYoy\":\"9.0\"}")),
            new Endpoint("GET", "/api/v1/price-indices", Permission.PRICE_SUBSIDY_READ, 200, 200,
                    (t, x) -> get("/api/v1/price-indices").param("regionCode", PriceFixtures.county(x.community()))),
            new Endpoint("GET", "/api/v1/price-indices/{id}", Permission.PRICE_SUBSIDY_READ, 200, 404,
                    (t, x) -> get("/api/v1/price-indices/" + PriceFixtures.index(t.mvc, x.community())[0])),
            new Endpoint("GET", "/api/v1/price-evaluations", Permission.PRICE_SUBSIDY_READ, 200, 404,
                    (t, x) -> get("/api/v1/price-evaluations").param("regionCode", x.community())),
            new Endpoint("POST", "/api/v1/price-mechanisms", Permission.PRICE_INDEX_WRITE, 201, 404,
                    (t, x) -> post("/api/v1/price-mechanisms").content("{\"regionCode\":\"" + PriceFixtures.county(x.community())
                            + "\",\"from\":\"2060-01\",\"to\":\"2060-12\",\"cpiTrigger\":\"3.5\",\"foodTrigger\":\"6.0\"}")),
            new Endpoint("POST", "/api/v1/price-subsidies/issuances", Permission.PAYROLL_GENERATE, 202, 404,
                    (t, x) -> post("/api/v1/price-subsidies/issuances").content("{\"regionCode\":\"" + x.community()
                            + "\",\"month\":\"" + PriceFixtures.index(t.mvc, x.community())[1] + "\"}")),
            new Endpoint("GET", "/api/v1/price-subsidies/issuances", Permission.PRICE_SUBSIDY_READ, 200, 404,
                    (t, x) -> get("/api/v1/price-subsidies/issuances").param("regionCode", x.community())),
            new Endpoint("GET", "/api/v1/price-subsidies/exceptions", Permission.PRICE_SUBSIDY_READ, 200, 404,
                    (t, x) -> get("/api/v1/price-subsidies/exceptions").param("regionCode", x.community()).param("month", "2020-03")),
            new Endpoint("POST", "/api/v1/price-subsidies/group-lists", Permission.PRICE_LIST_IMPORT, 201, 404,
                    (t, x) -> multipart("/api/v1/price-subsidies/group-lists").file(PriceFixtures.listFile(x.community()))
                            .param("regionCode", x.community()).param("group", "UNEMPLOYMENT_INSURANCE").param("department", "人社局")),
            new Endpoint("GET", "/api/v1/price-subsidies/group-lists/{id}", Permission.PRICE_LIST_IMPORT, 200, 404,
                    (t, x) -> get("/api/v1/price-subsidies/group-lists/" + PriceFixtures.rejectedQueuedList(t.jdbc, x.community()))));

    private static String staffJson(String community) {
        String username = "matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return """
                {"username":"%s","displayName":"矩阵测试","role":"COMMUNITY_WORKER","homeRegion":"%s","password":"Matrix-Initial-Passphrase-1"}"""
                .formatted(username, community);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;


    /** A fresh staff account whose home is the given community, created by the province administrator. */
    long staff(String community) {
        try {
            String body = mvc.perform(as("admin", post("/api/v1/users")).content(staffJson(community)))
                    .andReturn().getResponse().getContentAsString();
            return ((Number) JsonPath.read(body, "$.id")).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    org.safeguard.beneficiary.DibaoFixtures dibao;
    @Autowired
    ScriptedPayrollSource payrollSource;
    @Autowired
    PayrollJobs payrollJobs;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PayrollFixtures.Fixture payroll(String community, PayrollState state) {
        return PayrollFixtures.payroll(mvc, payrollSource, payrollJobs, community, state);
    }

    static String oneOffJson(String community) {
        return """
                {"benefit":"M%s","payeeKind":"PERSON","payeeId":"%s","regionCode":"%s","payeeName":"李四",
                 "bankAccount":"6222020000001234","caseRef":"MATRIX-1","instalment":1,"components":{"base":"10.00"}}"""
                .formatted(java.util.UUID.randomUUID().toString().substring(0, 8), java.util.UUID.randomUUID(), community);
    }

    static String disbursementJson(String community) {
        return """
                {"regionCode":"%s","payeeKind":"PERSON","payeeId":"%s","payeeName":"李四","caseRef":"MATRIX-1",
                 "instalment":1,"kind":"CASH","amountFen":1000,"signedBy":"RECIPIENT","signedAt":"2020-01-01T08:00:00Z"}"""
                .formatted(community, java.util.UUID.randomUUID());
    }

    /** A window disbursement in the community, recorded by the payroll fixtures' maker. */
    String disbursement(String community) {
        try {
            var fixtures = PayrollFixtures.of(mvc, payrollSource, payrollJobs);
            String made = mvc.perform(PayrollFixtures.as(fixtures.maker(), post("/api/v1/payments/disbursements"))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(disbursementJson(community)))
                    .andReturn().getResponse().getContentAsString();
            return com.jayway.jsonpath.JsonPath.read(made, "$.id");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An institution payee registered in the community by the payroll fixtures' maker. */
    String institution(String community) {
        try {
            var fixtures = PayrollFixtures.of(mvc, payrollSource, payrollJobs);
            String made = mvc.perform(PayrollFixtures.as(fixtures.maker(), post("/api/v1/payments/institutions"))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                            .content(org.safeguard.payment.InstitutionCodes.json(community)))
                    .andReturn().getResponse().getContentAsString();
            return com.jayway.jsonpath.JsonPath.read(made, "$.id");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A collecting one-off payroll in the community, paid into by the payroll fixtures' maker. */
    String oneOffPayroll(String community) {
        try {
            var fixtures = PayrollFixtures.of(mvc, payrollSource, payrollJobs);
            String paid = mvc.perform(PayrollFixtures.as(fixtures.maker(), post("/api/v1/payments/one-off"))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(oneOffJson(community)))
                    .andReturn().getResponse().getContentAsString();
            return com.jayway.jsonpath.JsonPath.read(paid, "$.payrollId");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String confirmation(java.util.UUID payrollId) {
        try {
            return PayrollFixtures.of(mvc, payrollSource, payrollJobs).confirmation(payrollId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.safeguard.policy.dibao.ActiveDibaoCaseload> caseload;

    /** An open proposal in the target's community, made by the caller ({@code own}) or by another policy officer. */
    /** A declaration for the target's community made by a test maker: proposed, or approved (to amend or end). */
    long declaration(Target x, boolean approved) {
        return EmergencyFixtures.harmlessInStore(context, x.community(), approved);
    }

    long proposal(Target x, boolean own) {
        String proposer = own ? x.username() : "policy".equals(x.username()) ? "policy2" : "policy";
        return PolicyProposalFixtures.openProposal(context, x.community(), proposer);
    }

    private int inScope(Endpoint endpoint) {
        if (endpoint.inScope() == PREVIEW_STATUS) {
            return caseload.getIfAvailable() == null ? 409 : 200;
        }
        return endpoint.inScope();
    }

    Fixtures fixtures() {
        return new Fixtures(mvc);
    }

    /** A fresh application (submitted today) for a fresh household in the community. */
    String application(String community) {
        return new org.safeguard.application.ApplicationFixtures(mvc).create(community, java.time.LocalDate.now()).id();
    }

    long beneficiaryVersion(java.util.UUID household) {
        return jdbc.sql("select version from dibao_beneficiary where household_id = ?").param(household).query(Long.class).single();
    }

    long accountVersion(long accountId) {
        return jdbc.sql("select version from staff_account where id = ?").param(accountId).query(Long.class).single();
    }

    /** The case's current version, which an update must send (read here as set-up, not as an oracle). */
    long caseVersion(String caseId) {
        return jdbc.sql("select version from casework_case where id = ?").param(java.util.UUID.fromString(caseId))
                .query(Long.class).single();
    }

    @BeforeAll
    void everyDemoUserHasAHome() {
        assertThat(HOMES.keySet()).containsExactlyInAnyOrderElementsOf(DemoAccounts.ALL.stream().map(DemoAccounts.Demo::username).toList());
    }

    @Test
    void everyApiEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + p))));
        Set<String> listed = new TreeSet<>();
        MATRIX.forEach(e -> listed.add(e.method() + " " + e.pattern()));
        assertThat(listed).as("endpoints in the access matrix").containsExactlyElementsOf(mapped);
    }

    @Test
    void everyRoleGetsExactlyTheExpectedStatusInAndOutOfItsRegion() throws Exception {
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> calls = new LinkedHashMap<>();
        for (Endpoint endpoint : MATRIX) {
            for (DemoAccounts.Demo user : DemoAccounts.ALL) {
                Home home = HOMES.get(user.username());
                boolean allowed = user.role().may(endpoint.permission());
                check(endpoint, user.username(), new Target(user.username(), home.community(), true),
                        allowed ? inScope(endpoint) : 403, mismatches);
                if (home.outsideCommunity() != null) {
                    check(endpoint, user.username(), new Target(user.username(), home.outsideCommunity(), false),
                            allowed ? endpoint.outOfScope() : endpoint.refusedOutOfScope(user.role()), mismatches);
                }
                calls.merge(endpoint.method() + " " + endpoint.pattern(), 1, Integer::sum);
            }
        }
        assertThat(mismatches).as("calls answered with an unexpected status").isEmpty();
        assertThat(calls).hasSize(MATRIX.size());
    }

    private void check(Endpoint endpoint, String username, Target target, int expected, List<String> mismatches) throws Exception {
        int actual = mvc.perform(asAny(username, endpoint.request().apply(this, target))).andReturn().getResponse().getStatus();
        if (actual != expected) {
            mismatches.add("%s %s as %s (%s, %s): expected %d, got %d".formatted(endpoint.method(), endpoint.pattern(),
                    username, Role.valueOf(roleOf(username)), target.inScope() ? "in scope" : "out of scope", expected, actual));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AbstractMockHttpServletRequestBuilder<?> asAny(String username, AbstractMockHttpServletRequestBuilder request) {
        return as(username, request);
    }

    private static String roleOf(String username) {
        return DemoAccounts.ALL.stream().filter(d -> d.username().equals(username)).findFirst().orElseThrow().role().name();
    }
}
