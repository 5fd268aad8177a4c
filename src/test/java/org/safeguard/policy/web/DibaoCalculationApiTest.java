package org.safeguard.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SafeguardTest
class DibaoCalculationApiTest {

    private static final String URL = "/api/v1/calculations/dibao";
    private static final String SIMPLE = """
            {"regionCode":"420106006001","referenceDate":"2020-08-01","hukouType":"URBAN",
             "members":[{"ref":"A","birthDate":"1945-01-01","counted":true,"disabilityGrade":2,
                         "incomes":[{"type":"WAGE","amount":1200},{"type":"SCHOLARSHIP","amount":300}]}],
             "assets":[{"type":"DEPOSIT","value":5000}]}""";

    private static final com.jayway.jsonpath.Configuration LENIENT = com.jayway.jsonpath.Configuration.defaultConfiguration()
            .addOptions(com.jayway.jsonpath.Option.DEFAULT_PATH_LEAF_TO_NULL);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static Stream<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenCaseThroughTheApi(GoldenCase golden) throws Exception {
        MvcResult result = mvc.perform(as("admin", post(URL)).content(golden.requestJson())).andReturn();
        String body = result.getResponse().getContentAsString();
        if (golden.expected().error() != null) {
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat((List<String>) JsonPath.read(body, "$.errors[*].code")).containsExactly(golden.expected().error());
            assertThat((List<String>) JsonPath.read(body, "$.errors[*].field")).containsExactly("referenceDate");
            return;
        }
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
        List<String> reasons = new ArrayList<>();
        List<Map<String, Object>> reasonLines = JsonPath.read(body, "$.reasons");
        for (Map<String, Object> r : reasonLines) {
            reasons.add(r.get("rule") == null ? (String) r.get("code") : r.get("code") + ":" + r.get("rule"));
        }
        List<Map<String, Object>> supplementLines = JsonPath.read(body, "$.supplements");
        var actual = new GoldenCase.Expected(null, JsonPath.read(body, "$.outcome"), JsonPath.read(body, "$.countedMembers"),
                JsonPath.using(LENIENT).parse(body).read("$.perCapitaIncome"), JsonPath.read(body, "$.standard"),
                new GoldenCase.Source(JsonPath.read(body, "$.standardSource.regionCode"), JsonPath.read(body, "$.standardSource.effectiveFrom")),
                supplementLines.stream().map(s -> new GoldenCase.Supplement((String) s.get("memberRef"), (String) s.get("category"),
                        (String) s.get("amount"))).toList(),
                JsonPath.read(body, "$.monthlyAmount"), reasons);
        DibaoGoldenCasesTest.assertMatches(golden, actual);
        assertThat((Boolean) JsonPath.read(body, "$.eligible")).isEqualTo("ELIGIBLE".equals(golden.expected().outcome()));
        assertThat((Boolean) JsonPath.read(body, "$.edge")).isEqualTo("EDGE".equals(golden.expected().outcome()));
    }

    @Test
    void answersWithMoneyAsStringsTheStandardsSourceAndAReadableTrace() throws Exception {
        mvc.perform(as("worker", post(URL)).content(SIMPLE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ELIGIBLE"))
                .andExpect(jsonPath("$.perCapitaIncome").value("200.00"))
                .andExpect(jsonPath("$.standard").value("780.00"))
                .andExpect(jsonPath("$.standardSource.regionCode").value("420100000000"))
                .andExpect(jsonPath("$.standardSource.effectiveFrom").value("2020-07-01"))
                .andExpect(jsonPath("$.standardSource.illustrative").value(true))
                .andExpect(jsonPath("$.supplements[0].category").value("DISABILITY_GRADE_1_2"))
                .andExpect(jsonPath("$.supplements[0].amount").value("156.00"))
                .andExpect(jsonPath("$.monthlyAmount").value("736"))
                .andExpect(jsonPath("$.trace[0].key").value("standard"))
                .andExpect(jsonPath("$.trace[0].text").value(
                        "Standard for urban hukou on 2020-08-01: 780.00 yuan per person per month (set by region 420100000000, in force from 2020-07-01)."))
                .andExpect(jsonPath("$.trace[?(@.key == 'income.excluded')].text").value(
                        "Income of member A (scholarship, 300 yuan) is excluded by rule."))
                .andExpect(jsonPath("$.trace[?(@.key == 'supplement.notLarger')].args[1]").value("AGE_70_PLUS"))
                .andExpect(jsonPath("$.trace[-1:].text").value("Eligible for dibao: 736 yuan per month."));
    }

    @Test
    void theTraceAndReasonsAreInChineseForAChineseReader() throws Exception {
        String body = """
                {"regionCode":"420281102200","referenceDate":"2020-08-01","hukouType":"RURAL",
                 "members":[{"ref":"甲","birthDate":"1960-01-01","counted":true,"incomes":[{"type":"WAGE","amount":1200}]}],
                 "assets":[{"type":"VEHICLE"}]}""";
        mvc.perform(as("ruralworker", post(URL)).content(body).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.reasons[0].code").value("ASSET_RULE_FAILED"))
                .andExpect(jsonPath("$.reasons[0].rule").value("VEHICLES"))
                .andExpect(jsonPath("$.reasons[0].message").value("机动车辆：1，不满足≤ 0。"))
                .andExpect(jsonPath("$.trace[0].text").value("2020-08-01适用的农村低保标准：每人每月490.00元（由区划420200000000设定，自2020-07-01起执行）。"))
                .andExpect(jsonPath("$.trace[-1:].text").value("不符合低保条件。"));
    }

    @Test
    void parameterOverridesAnswerWhatIf() throws Exception {
        String body = SIMPLE.replace("\"assets\"", "\"parameterOverrides\":{\"standardUrban\":900,\"supplementLargerOnly\":false},\"assets\"");
        mvc.perform(as("worker", post(URL)).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard").value("900.00"))
                .andExpect(jsonPath("$.standardSource.kind").value("OVERRIDE"))
                .andExpect(jsonPath("$.supplements.length()").value(2))
                // (900 - 200) + 180 (20 %) + 90 (10 %)
                .andExpect(jsonPath("$.monthlyAmount").value("970"))
                .andExpect(jsonPath("$.trace[0].key").value("standard.override"));
    }

    @Test
    void validationProblemsNameTheFieldPath() throws Exception {
        String body = """
                {"regionCode":"4201","referenceDate":"2020-02-30","hukouType":"CITY",
                 "members":[{"ref":"A","birthDate":"1980-01-01","counted":true,
                             "incomes":[{"type":"WAGE","amount":100},{"type":"LOTTERY","amount":-5}]},
                            {"ref":"A","birthDate":"x","disabilityGrade":7}],
                 "assets":[{"type":"VEHICLE","ownerRef":"Z","count":-1},{"type":"DEPOSIT"}],
                 "deductions":[{"type":"TAX","amount":1.234}],
                 "parameterOverrides":{"standardUrban":"abc","interest":1}}""";
        MvcResult result = mvc.perform(as("worker", post(URL)).content(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andReturn();
        List<Map<String, String>> errors = JsonPath.read(result.getResponse().getContentAsString(), "$.errors");
        assertThat(errors).extracting(e -> e.get("field") + "/" + e.get("code")).containsExactlyInAnyOrder(
                "regionCode/INVALID_REGION_CODE",
                "referenceDate/INVALID_FORMAT",
                "hukouType/UNKNOWN_VALUE",
                "members[0].incomes[1].type/UNKNOWN_VALUE",
                "members[0].incomes[1].amount/TOO_SMALL",
                "members[1].ref/DUPLICATE_REF",
                "members[1].birthDate/INVALID_FORMAT",
                "members[1].counted/REQUIRED",
                "members[1].disabilityGrade/DISABILITY_GRADE_RANGE",
                "assets[0].count/TOO_SMALL",
                "assets[0].ownerRef/UNKNOWN_MEMBER_REF",
                "assets[1].value/REQUIRED",
                "deductions[0].type/UNKNOWN_VALUE",
                "deductions[0].amount/INVALID_FORMAT",
                "parameterOverrides.standardUrban/INVALID_FORMAT",
                "parameterOverrides.interest/UNKNOWN_OVERRIDE");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank().doesNotStartWith("policy."));
    }

    @Test
    void aMemberBornAfterTheReferenceDateAndAnEmptyHouseholdAreRefused() throws Exception {
        mvc.perform(as("worker", post(URL)).content(SIMPLE.replace("1945-01-01", "2021-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].birthDate"))
                .andExpect(jsonPath("$.errors[0].code").value("BORN_AFTER_REFERENCE_DATE"));
        mvc.perform(as("worker", post(URL)).content("{\"regionCode\":\"420106006001\",\"referenceDate\":\"2020-08-01\",\"hukouType\":\"URBAN\",\"members\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members"))
                .andExpect(jsonPath("$.errors[0].code").value("MEMBERS_REQUIRED"));
    }

    @Test
    void aRegionOutsideTheCallersAreaOrUnknownIsNotFound() throws Exception {
        mvc.perform(as("worker2", post(URL)).content(SIMPLE)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(as("admin", post(URL)).content(SIMPLE.replace("420106006001", "110101001001"))).andExpect(status().isNotFound());
    }

    @Test
    void everyRoleMayCalculateButNotAnonymously() throws Exception {
        for (String user : List.of("reviewer", "hotline", "liaison", "finance", "auditor", "community")) {
            mvc.perform(as(user, post(URL)).content(SIMPLE)).andExpect(status().isOk());
        }
        mvc.perform(post(URL).contentType("application/json").content(SIMPLE)).andExpect(status().isUnauthorized());
        mvc.perform(post(URL).with(httpBasic("worker", "wrong")).contentType("application/json").content(SIMPLE))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCalculationStoresNothing() throws Exception {
        long versions = jdbc.sql("select count(*) from policy_parameter_version").query(Long.class).single();
        long households = jdbc.sql("select count(*) from household").query(Long.class).single();
        mvc.perform(as("worker", post(URL)).content(SIMPLE)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from policy_parameter_version").query(Long.class).single()).isEqualTo(versions);
        assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(households);
    }
}
