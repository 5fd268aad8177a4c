package org.safeguard.temporaryassistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SafeguardTest
class TemporaryAssistanceCalculationApiTest {

    private static final String URL = "/api/v1/calculations/temporary-assistance";
    private static final String FIRE = """
            {"regionCode":"420106006001","requestDate":"2020-08-03","type":"EMERGENCY","hukouType":"URBAN",
             "localHukou":true,"severity":"SERIOUS","persons":2,"cause":"FIRE","previousGrants":[]}""";
    private static final String STRANDED = """
            {"regionCode":"420281102200","requestDate":"2020-08-03","type":"EMERGENCY","localHukou":false,
             "severity":"GENERAL","persons":1,"cause":"STRANDED","requestedAmount":1500,
             "previousGrants":[{"cause":"ILLNESS","date":"2020-02-01","regionCode":"420106006001"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void answersWithTheFieldsOfTheIssueMoneyAsStringsAndAnEnglishTrace() throws Exception {
        mvc.perform(as("worker", post(URL)).content(FIRE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.reasons").isEmpty())
                .andExpect(jsonPath("$.standard").value("780.00"))
                .andExpect(jsonPath("$.standardSource.regionCode").value("420100000000"))
                .andExpect(jsonPath("$.standardIsDibaoStandard").value(true))
                // 780 × 2 persons × 2 months; limits 3 × 780 × 2 and 10 × 780 × 2
                .andExpect(jsonPath("$.suggestedAmount").value("3120"))
                .andExpect(jsonPath("$.townshipLimit").value("4680.00"))
                .andExpect(jsonPath("$.countyLimit").value("15600.00"))
                .andExpect(jsonPath("$.approvalLevel").value("TOWNSHIP"))
                .andExpect(jsonPath("$.helpFirstAllowed").value(true))
                .andExpect(jsonPath("$.trace[?(@.key == 'emergency.amount')].text").value(
                        "Emergency: S 780 × 2 person(s) × 2 month(s) for serious severity = 3120 yuan."))
                .andExpect(jsonPath("$.trace[-1:].text").value(
                        "Allowed: 3120 yuan, township approval; help first (pay now, paperwork within 5 working days) is allowed."));
    }

    @Test
    void aNonLocalPersonIsHelpedByTheRuralPlaceOfHardshipWithAChineseTrace() throws Exception {
        mvc.perform(as("ruralworker", post(URL)).content(STRANDED).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urbanRural").value("RURAL"))
                .andExpect(jsonPath("$.standard").value("490.00"))
                .andExpect(jsonPath("$.suggestedAmount").value("490"))
                // requested 1500 > 3 × 490 = 1470
                .andExpect(jsonPath("$.approvalFor").value("REQUESTED"))
                .andExpect(jsonPath("$.approvalLevel").value("COUNTY"))
                .andExpect(jsonPath("$.helpFirstAllowed").value(false))
                .andExpect(jsonPath("$.trace[0].text").value(
                        "户籍不在急难发生地：由急难发生地直接救助，不审查户籍；420281102200为农村地区，适用农村标准。"))
                .andExpect(jsonPath("$.trace[-1:].text").value("可予救助：490元，县级审批。"));
    }

    @Test
    void aRefusalNamesItsReasonsInTheReadersLanguage() throws Exception {
        String repeat = FIRE.replace("\"previousGrants\":[]", "\"previousGrants\":[{\"cause\":\"fire\",\"date\":\"2020-01-15\"}]");
        mvc.perform(as("worker", post(URL)).content(repeat).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reasons[0]").value("SAME_CAUSE_WITHIN_12_MONTHS"))
                .andExpect(jsonPath("$.reasonMessages[0].message").value("同一人因同一事由12个月内已获临时救助。"))
                .andExpect(jsonPath("$.suggestedAmount").value("0"))
                .andExpect(jsonPath("$.approvalLevel").value("CASE_BY_CASE"))
                .andExpect(jsonPath("$.helpFirstAllowed").value(false));
    }

    @Test
    void validationProblemsNameTheFieldPath() throws Exception {
        String body = """
                {"regionCode":"4201","requestDate":"2020-02-30","type":"EXPENDITURE","localHukou":true,"hukouType":"CITY",
                 "severity":"TERRIBLE","persons":0,"cause":"fire!","requestedAmount":-1,"outOfPocketExpense":1.234,
                 "previousYearDisposableIncome":0,
                 "previousGrants":[{"cause":"","date":"x","regionCode":"12"}]}""";
        MvcResult result = mvc.perform(as("worker", post(URL)).content(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andReturn();
        List<Map<String, String>> errors = JsonPath.read(result.getResponse().getContentAsString(), "$.errors");
        assertThat(errors).extracting(e -> e.get("field") + "/" + e.get("code")).containsExactlyInAnyOrder(
                "regionCode/INVALID_REGION_CODE",
                "requestDate/INVALID_FORMAT",
                "hukouType/UNKNOWN_VALUE",
                "severity/UNKNOWN_VALUE",
                "persons/TOO_SMALL",
                "cause/INVALID_FORMAT",
                "requestedAmount/TOO_SMALL",
                "perCapitaIncome/REQUIRED",
                "outOfPocketExpense/INVALID_FORMAT",
                "previousYearDisposableIncome/TOO_SMALL",
                "previousGrants[0].cause/REQUIRED",
                "previousGrants[0].date/INVALID_FORMAT",
                "previousGrants[0].regionCode/INVALID_REGION_CODE");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank().doesNotStartWith("temporaryassistance."));
    }

    @Test
    void eachTypeRequiresItsOwnFactsAndAGrantCannotPostdateTheRequest() throws Exception {
        String bare = "{\"regionCode\":\"420106006001\",\"requestDate\":\"2020-08-03\",\"type\":\"%s\",\"previousGrants\":[%s]}";
        assertErrors(String.format(bare, "EMERGENCY", ""), "localHukou/REQUIRED", "severity/REQUIRED", "persons/REQUIRED", "cause/REQUIRED");
        assertErrors(String.format(bare, "UNINSURED_UNEMPLOYED", "{\"cause\":\"UNEMPLOYMENT\",\"date\":\"2020-08-04\"}"),
                "unemployment/REQUIRED", "previousGrants[0].date/GRANT_AFTER_REQUEST_DATE");
        assertErrors("{}", "regionCode/REQUIRED", "requestDate/REQUIRED", "type/REQUIRED", "cause/REQUIRED");
    }

    @Test
    void aPlaceOutsideTheCallersAreaOrUnknownIsNotFound() throws Exception {
        mvc.perform(as("worker2", post(URL)).content(FIRE)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(as("admin", post(URL)).content(FIRE.replace("420106006001", "110101001001"))).andExpect(status().isNotFound());
    }

    @Test
    void everyStaffRoleMayCalculateButNotAnonymously() throws Exception {
        for (String user : List.of("reviewer", "hotline", "liaison", "finance", "auditor", "community", "policy")) {
            mvc.perform(as(user, post(URL)).content(FIRE)).andExpect(status().isOk());
        }
        mvc.perform(post(URL).contentType("application/json").content(FIRE)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCalculationStoresNothing() throws Exception {
        long versions = jdbc.sql("select count(*) from policy_parameter_version").query(Long.class).single();
        long audit = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        mvc.perform(as("worker", post(URL)).content(FIRE)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from policy_parameter_version").query(Long.class).single()).isEqualTo(versions);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(audit);
    }

    private void assertErrors(String body, String... expected) throws Exception {
        MvcResult result = mvc.perform(as("worker", post(URL)).content(body)).andExpect(status().isBadRequest()).andReturn();
        List<Map<String, String>> errors = JsonPath.read(result.getResponse().getContentAsString(), "$.errors");
        assertThat(errors).extracting(e -> e.get("field") + "/" + e.get("code")).containsExactlyInAnyOrder(expected);
    }
}
