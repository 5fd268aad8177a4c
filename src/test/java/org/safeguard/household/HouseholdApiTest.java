package org.safeguard.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.safeguard.support.Api.as;
import static org.safeguard.support.Api.household;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditLog;
import org.safeguard.shared.Masking;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class HouseholdApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;

    private String create(String username, String body) throws Exception {
        var result = mvc.perform(as(username, post("/api/v1/households")).content(body))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void createdHouseholdIsReturnedWithLocationAndMaskedPersonalData() throws Exception {
        String head = TestIds.adult();
        mvc.perform(as("worker", post("/api/v1/households")).content(household(head, TestIds.adult())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/households/")))
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.members[0].relationship").value("HEAD"))
                .andExpect(jsonPath("$.members[0].idNumber").value(head.substring(0, 6) + "********" + head.substring(14)))
                .andExpect(jsonPath("$.members[0].phone").value("138****8000"))
                .andExpect(jsonPath("$.members[0].sex").value(head.charAt(16) % 2 == 1 ? "MALE" : "FEMALE"))
                .andExpect(jsonPath("$.bankAccount").value("***************0123"));
    }

    @Test
    void badIdNumberIsReportedAgainstItsFieldAsProblemDetails() throws Exception {
        String bad = TestIds.withWrongCheckDigit(TestIds.adult());
        mvc.perform(as("worker", post("/api/v1/households")).content(household(TestIds.adult(), bad)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].idNumber"))
                .andExpect(jsonPath("$.errors[0].code").value("ID_CHECK_DIGIT"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(bad))));
    }

    @Test
    void legacyFifteenDigitNumberGetsAnExplanation() throws Exception {
        mvc.perform(as("worker", post("/api/v1/households")).header("Accept-Language", "en")
                        .content(household(TestIds.adult(), "420106800101001")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("ID_LEGACY_15"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("18-digit")));
    }

    @Test
    void everyBrokenRuleIsListedNotJustTheFirst() throws Exception {
        String body = """
                {"regionCode":"420106006000","hukouType":"CITY","address":"",
                 "members":[{"idNumber":"%s","name":"王五","relationship":"SPOUSE","phone":"12345"}]}"""
                .formatted(TestIds.adult());
        mvc.perform(as("worker", post("/api/v1/households")).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("hukouType")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("address")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("members[0].phone")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("REGION_NOT_COMMUNITY")));
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() throws Exception {
        mvc.perform(as("worker", post("/api/v1/households")).content("{\"regionCode\": [1,"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void personAlreadyInAnotherHouseholdIsAConflict() throws Exception {
        String shared = TestIds.adult();
        create("worker", household(shared, TestIds.adult()));
        mvc.perform(as("worker", post("/api/v1/households")).content(household(TestIds.adult(), shared)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PERSON_ALREADY_IN_HOUSEHOLD"))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].idNumber"));
    }

    @Test
    void householdOfAnotherTownshipIsNotFoundNotForbidden() throws Exception {
        String id = create("worker", household(TestIds.adult(), TestIds.adult()));
        mvc.perform(as("worker2", get("/api/v1/households/" + id))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(as("reviewer", get("/api/v1/households/" + id))).andExpect(status().isOk());
        mvc.perform(as("worker2", patch("/api/v1/households/" + id)).content("{\"address\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void cannotRegisterAHouseholdOutsideOnesOwnRegion() throws Exception {
        mvc.perform(as("worker2", post("/api/v1/households")).content(household(TestIds.adult(), TestIds.adult())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("REGION_OUT_OF_SCOPE"));
    }

    @Test
    void searchFindsByExactIdNumberAndByNamePrefixWithinScopeOnly() throws Exception {
        String head = TestIds.adult();
        // A surname no generated person has, so the prefix search is not crowded out by other data.
        String name = "司马" + "甲乙丙丁戊己庚辛壬癸".charAt(new java.util.Random().nextInt(10)) + head.substring(14, 17)
                .chars().mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c - '0'))).reduce("", String::concat);
        String id = create("worker", household(head, TestIds.adult()).replace("张伟", name));
        mvc.perform(as("worker", get("/api/v1/households").param("idNumber", head)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PERSONAL_DATA_IN_URL"));
        mvc.perform(as("worker", post("/api/v1/households/search")).content("{\"idNumber\":\"" + head + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].householdId").value(id))
                .andExpect(jsonPath("$.items[0].idNumberMasked").value(org.hamcrest.Matchers.containsString("********")));
        mvc.perform(as("worker", post("/api/v1/households/search")).content("{\"idNumber\":\"" + head.toLowerCase() + "\"}"))
                .andExpect(jsonPath("$.items[0].householdId").value(id));
        mvc.perform(as("worker2", post("/api/v1/households/search")).content("{\"idNumber\":\"" + head + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        assertThat(auditLog.forEntity("PERSON_SEARCH", Masking.idNumber(head)))
                .extracting(e -> e.username()).contains("worker", "worker2");
        assertThat(auditLog.forEntity("PERSON_SEARCH", Masking.idNumber(head)))
                .allSatisfy(e -> assertThat(e.details()).doesNotContain(head));
        mvc.perform(as("worker", get("/api/v1/households").param("name", name.substring(0, 3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].householdId", hasItem(id)));
        mvc.perform(as("worker", get("/api/v1/households").param("name", name.substring(2)).param("nameMatch", "CONTAINS")))
                .andExpect(jsonPath("$.items[*].householdId", hasItem(id)));
        mvc.perform(as("worker2", get("/api/v1/households").param("name", name)))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(as("worker", get("/api/v1/households").param("regionCode", "420102000000")))
                .andExpect(status().isNotFound());
    }

    @Test
    void revealReturnsTheFullNumberAndIsAudited() throws Exception {
        String head = TestIds.adult();
        String id = create("worker", household(head, TestIds.adult()));
        var detail = mvc.perform(as("worker", get("/api/v1/households/" + id))).andReturn().getResponse().getContentAsString();
        String memberId = JsonPath.read(detail, "$.members[0].memberId");
        mvc.perform(as("worker", post("/api/v1/households/" + id + "/members/" + memberId + "/reveal")).content("{\"purpose\":\"CASE_WORK\",\"note\":\"home visit\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(head))
                .andExpect(jsonPath("$.phone").value("13800138000"));
        assertThat(auditLog.forEntity("HOUSEHOLD_MEMBER", memberId))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("PERSONAL_DATA_REVEALED");
                    assertThat(e.username()).isEqualTo("worker");
                    assertThat(e.details()).doesNotContain(head).contains("\"purpose\":\"CASE_WORK\"").contains("home visit");
                });
        mvc.perform(as("hotline", post("/api/v1/households/" + id + "/members/" + memberId + "/reveal")).content("{\"purpose\":\"CASE_WORK\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void aRevealNeedsAPurposeFromTheListACourtRequestItsReferenceAndAShortNote() throws Exception {
        String head = TestIds.adult();
        String id = create("worker", household(head, TestIds.adult()));
        var detail = mvc.perform(as("worker", get("/api/v1/households/" + id))).andReturn().getResponse().getContentAsString();
        String memberId = JsonPath.read(detail, "$.members[0].memberId");
        String reveal = "/api/v1/households/" + id + "/members/" + memberId + "/reveal";

        mvc.perform(as("worker", post(reveal)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.errors[0].code").value("REVEAL_PURPOSE_REQUIRED"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(head))));
        mvc.perform(as("worker", post(reveal)).content("{\"purpose\":\"CURIOSITY\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_VALUE"));
        mvc.perform(as("worker", post(reveal)).content("{\"purpose\":\"COURT_OR_POLICE_REQUEST\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reference"))
                .andExpect(jsonPath("$.errors[0].code").value("REVEAL_REFERENCE_REQUIRED"));
        mvc.perform(as("worker", post(reveal)).content("{\"purpose\":\"CASE_WORK\",\"note\":\"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].code").value("TEXT_TOO_LONG"));
        assertThat(auditLog.forEntity("HOUSEHOLD_MEMBER", memberId)).noneMatch(e -> e.action().equals("PERSONAL_DATA_REVEALED"));

        mvc.perform(as("worker", post(reveal)).content("{\"purpose\":\"COURT_OR_POLICE_REQUEST\",\"reference\":\"武昌公（刑）2020-117\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idNumber").value(head));
        assertThat(auditLog.forEntity("HOUSEHOLD_MEMBER", memberId)).singleElement().satisfies(e ->
                assertThat(e.details()).contains("COURT_OR_POLICE_REQUEST").contains("武昌公（刑）2020-117"));

        String byCourt = mvc.perform(as("auditor", get("/api/v1/audit/entries").param("action", "PERSONAL_DATA_REVEALED")
                .param("purpose", "COURT_OR_POLICE_REQUEST").param("username", "worker").param("size", "200")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byCourt, "$.items[*].entityId")).contains(memberId);
        String byCaseWork = mvc.perform(as("auditor", get("/api/v1/audit/entries").param("action", "PERSONAL_DATA_REVEALED")
                .param("purpose", "CASE_WORK").param("username", "worker").param("size", "200")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byCaseWork, "$.items[*].entityId")).doesNotContain(memberId);
    }

    @Test
    void replacingMembersKeepsHistoryAndStaleVersionsAreRefused() throws Exception {
        String head = TestIds.adult();
        String spouse = TestIds.adult();
        String id = create("worker", household(head, spouse));
        String child = TestIds.adult();
        String replacement = """
                {"regionCode":"420106006002","hukouType":"URBAN","address":"户部巷 1 号","version":0,
                 "members":[
                   {"idNumber":"%s","name":"李娜","relationship":"HEAD"},
                   {"idNumber":"%s","name":"张小伟","relationship":"CHILD","countedInHousehold":false,"exclusionReason":"PRISON_OR_REHAB"}
                 ]}""".formatted(spouse, child);
        mvc.perform(as("worker", put("/api/v1/households/" + id)).content(replacement))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[0].name").value("李娜"))
                .andExpect(jsonPath("$.members[0].relationship").value("HEAD"))
                .andExpect(jsonPath("$.members[1].countedInHousehold").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("worker", put("/api/v1/households/" + id)).content(replacement))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_VERSION"));
        // The former head left and may now join another household.
        create("worker", household(head, TestIds.adult()));
        assertThat(auditLog.forEntity("HOUSEHOLD", id)).extracting(e -> e.action())
                .contains("HOUSEHOLD_CREATED", "HOUSEHOLD_UPDATED");
    }

    @Test
    void patchChangesOnlyTheGivenFields() throws Exception {
        String id = create("community", household(TestIds.adult(), TestIds.adult()));
        mvc.perform(as("community", patch("/api/v1/households/" + id)).content("{\"address\":\"新地址 8 号\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("新地址 8 号"))
                .andExpect(jsonPath("$.hukouType").value("URBAN"))
                .andExpect(jsonPath("$.members.length()").value(2));
    }

    @Test
    void movingAMemberIsOneAuditedOperation() throws Exception {
        String from = create("worker", household(TestIds.adult(), TestIds.adult()));
        String to = create("worker", household(TestIds.adult(), TestIds.adult()));
        var detail = mvc.perform(as("worker", get("/api/v1/households/" + from))).andReturn().getResponse().getContentAsString();
        String spouseMember = JsonPath.read(detail, "$.members[1].memberId");
        String headMember = JsonPath.read(detail, "$.members[0].memberId");
        mvc.perform(as("worker", post("/api/v1/households/" + from + "/members/" + spouseMember + "/move"))
                        .content("{\"targetHouseholdId\":\"" + to + "\",\"relationship\":\"OTHER\",\"reason\":\"remarried\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(3));
        mvc.perform(as("worker", get("/api/v1/households/" + from))).andExpect(jsonPath("$.members.length()").value(1));
        mvc.perform(as("worker", post("/api/v1/households/" + from + "/members/" + headMember + "/move"))
                        .content("{\"targetHouseholdId\":\"" + to + "\",\"relationship\":\"OTHER\",\"reason\":\"x\"}"))
                .andExpect(status().isConflict());
        assertThat(auditLog.forEntity("HOUSEHOLD", from)).extracting(e -> e.action()).contains("MEMBER_MOVED");
    }

    @Test
    void unauthenticatedCallsGet401ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/households"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void unknownApiPathIsA404Problem() throws Exception {
        mvc.perform(as("worker", get("/api/v1/no-such-thing"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }
}
