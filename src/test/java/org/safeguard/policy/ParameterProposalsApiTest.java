package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Maker-checker through the API. Regions: Laodong subdistrict (Jiang'an) for value changes, which no other test
 * reads; Hongshan is kept for the impact preview test.
 */
@SafeguardTest
@RecordApplicationEvents
class ParameterProposalsApiTest {

    private static final String URL = "/api/v1/policy/proposals";
    private static final String LAODONG = "420102009000";
    private static final String HUAHUI = "420102009011";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PolicyParameters parameters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.safeguard.policy.dibao.ActiveDibaoCaseload> caseload;

    private long propose(String user, String body) throws Exception {
        String response = mvc.perform(as(user, post(URL)).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    private static final String WUHAN = "420100000000";

    private static String standard(String region, String from, String urban) {
        return standard(region, from, "DIBAO_STANDARD_URBAN", urban);
    }

    private static String standard(String region, String from, String parameter, String value) {
        return """
                {"regionCode":"%s","effectiveFrom":"%s","reason":"price rise",
                 "changes":[{"parameter":"%s","value":"%s"}]}""".formatted(region, from, parameter, value);
    }

    @Test
    void theMakerCannotApproveTheirOwnProposal() throws Exception {
        long id = propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
        mvc.perform(as("policy", post(URL + "/" + id + "/approve")).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(as("policy", get(URL + "/" + id))).andExpect(jsonPath("$.state").value("PROPOSED"));
    }

    @Test
    void anApproverOutsideTheRegionGets404() throws Exception {
        long id = propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
        // reviewer works in Wuchang; Huahui is in Jiang'an
        mvc.perform(as("reviewer", post(URL + "/" + id + "/approve")).content("{}")).andExpect(status().isNotFound());
        mvc.perform(as("reviewer", get(URL + "/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void approvalRecordsTheVersionsPublishesTheEventAndKeepsHistory() throws Exception {
        // Standards are set by a prefecture. From 2098 Wuhan's rural standard is 800 instead of 660: a date and a
        // standard (payroll fixtures are urban) that no other test resolves.
        long id = propose("policy", standard(WUHAN, "2098-01-01", "DIBAO_STANDARD_RURAL", "800"));
        events.clear();
        String body = mvc.perform(as("policy2", post(URL + "/" + id + "/approve")).content("{\"reason\":\"agreed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("policy2"))
                .andExpect(jsonPath("$.transitions[1].from").value("PROPOSED"))
                .andExpect(jsonPath("$.transitions[1].to").value("APPROVED"))
                .andExpect(jsonPath("$.transitions[1].actor").value("policy2"))
                .andExpect(jsonPath("$.transitions[1].reason").value("agreed"))
                .andReturn().getResponse().getContentAsString();
        Number versionId = JsonPath.read(body, "$.changes[0].versionId");
        assertThat(versionId).isNotNull();

        List<PolicyChangeApproved> published = events.stream(PolicyChangeApproved.class).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.proposalId()).isEqualTo(id);
            assertThat(e.regionCode()).isEqualTo(WUHAN);
            assertThat(e.parameters()).containsExactly(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL.name());
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2098, 1, 1));
            assertThat(e.proposedBy()).isEqualTo("policy");
            assertThat(e.approvedBy()).isEqualTo("policy2");
        });

        RegionCode huahui = RegionCode.of(HUAHUI);
        // the new value applies from its date, inherited down to Huahui
        assertThat(parameters.resolve(huahui, LocalDate.of(2098, 2, 1)).money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL))
                .contains(new BigDecimal("800.00"));
        // history kept: before the effective date Wuhan's older version still resolves, and it is still stored
        assertThat(parameters.resolve(huahui, LocalDate.of(2097, 12, 31)).money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL))
                .contains(new BigDecimal("660.00"));
        assertThat(parameters.historyAlongAncestry(huahui)).extracting(ParameterVersion::id)
                .contains(versionId.longValue());
        assertThat(parameters.historyAlongAncestry(huahui)).anySatisfy(v -> {
            assertThat(v.regionCode().value()).isEqualTo("420100000000");
            assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2019, 7, 1));
            assertThat(v.value()).isEqualTo(new BigDecimal("720.00"));
        });
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'policy_proposal' and entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);

        mvc.perform(as("policy", get("/api/v1/policy/parameters").param("regionCode", HUAHUI).param("date", "2098-02-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters[?(@.parameter == 'DIBAO_STANDARD_RURAL')].value").value("800.00"))
                .andExpect(jsonPath("$.parameters[?(@.parameter == 'DIBAO_STANDARD_RURAL')].source.regionCode").value(WUHAN))
                .andExpect(jsonPath("$.parameters[?(@.parameter == 'DIBAO_STANDARD_RURAL')].source.effectiveFrom").value("2098-01-01"))
                .andExpect(jsonPath("$.parameters[?(@.parameter == 'DIBAO_STANDARD_URBAN')].source.illustrative").value(true));
    }

    @Test
    void aStandardOrAssetRulesProposedBelowThePrefectureAreRefusedNamingTheAllowedLevels() throws Exception {
        for (String body : List.of(standard(LAODONG, "2098-01-01", "800"),
                standard(HUAHUI, "2098-01-01", "ASSET_RULES", "CARS | VEHICLE | COUNT | LE | 0"))) {
            mvc.perform(as("policy", post(URL)).content(body).header("Accept-Language", "en"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("PARAMETER_LEVEL_NOT_ALLOWED"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PROVINCE, PREFECTURE")))
                    .andExpect(jsonPath("$.errors[0].field").value("changes[0].parameter"));
        }
        assertThat(jdbc.sql("select count(*) from policy_proposal where effective_from = ? and region_code in (?, ?)")
                .params(LocalDate.of(2098, 1, 1), LAODONG, HUAHUI).query(Long.class).single()).isZero();
        // a parameter any level may set is still proposed there
        propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
    }

    @Test
    void implausibleStandardsAreRefusedAtProposalTimeNamingTheRange() throws Exception {
        for (String value : List.of("1e400", "99999999999999.99", "100000.01", "0.5", "780.001")) {
            String response = mvc.perform(as("policy", post(URL)).content(standard(WUHAN, "2097-01-01", value))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value("changes[0].value"))
                    .andExpect(jsonPath("$.errors[0].code").value("PARAMETER_OUT_OF_RANGE"))
                    .andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(response, "$.errors[0].message")).as(value)
                    .contains("1").contains("100000").contains("yuan/month");
        }
        // the bounds themselves are plausible
        propose("policy", standard(WUHAN, "2097-01-01", "DIBAO_STANDARD_RURAL", "100000"));
        propose("policy", standard(WUHAN, "2097-01-01", "DIBAO_STANDARD_RURAL", "1"));
    }

    @Test
    void aDecidedProposalRefusesFurtherActionsWith409ListingTheAllowedOnes() throws Exception {
        long id = propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
        mvc.perform(as("policy", post(URL + "/" + id + "/withdraw")).content("{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"));
        mvc.perform(as("policy2", post(URL + "/" + id + "/approve")).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.allowedActions.length()").value(0));
    }

    @Test
    void onlyTheProposerWithdrawsAndARejectionNeedsAReason() throws Exception {
        long id = propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
        mvc.perform(as("policy2", post(URL + "/" + id + "/withdraw")).content("{}")).andExpect(status().isForbidden());
        mvc.perform(as("policy2", post(URL + "/" + id + "/reject")).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as("policy2", post(URL + "/" + id + "/reject")).content("{\"reason\":\"not justified\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"));
        mvc.perform(as("policy2", get(URL)).param("waitingForMe", "true"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void theCheckerSeesTheProposalWaitingTheMakerDoesNot() throws Exception {
        long id = propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
        mvc.perform(as("policy2", get(URL)).param("waitingForMe", "true"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].proposedBy").value("policy"));
        mvc.perform(as("policy", get(URL)).param("waitingForMe", "true"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void validationProblemsNameEachField() throws Exception {
        String body = """
                {"regionCode":"420102009000","effectiveFrom":"2020-13-01","reason":"",
                 "changes":[{"parameter":"DIBAO_STANDARD_URBAN","value":"-5"},
                            {"parameter":"DIBAO_STANDARD_RURAL","value":"abc"},
                            {"parameter":"HOLIDAY_BONUS","value":"1"},
                            {"parameter":"DIBAO_STANDARD_URBAN","value":"700"},
                            {"parameter":"ASSET_RULES","value":"CARS | VEHICLE | COUNT | LE | 2 ** dibaoStandardMonthly"},
                            {"parameter":"SUPPLEMENTS","value":"AGE_70_PLUS PERCENT_OF_STANDARD"}]}""";
        String response = mvc.perform(as("policy", post(URL)).content(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andReturn().getResponse().getContentAsString();
        List<Map<String, String>> errors = JsonPath.read(response, "$.errors");
        assertThat(errors).extracting(e -> e.get("field") + "/" + e.get("code")).containsExactlyInAnyOrder(
                "effectiveFrom/INVALID_FORMAT", "reason/REQUIRED", "changes[0].value/NEGATIVE", "changes[1].value/INVALID",
                "changes[2].parameter/PARAMETER_UNKNOWN", "changes[3].parameter/DUPLICATE_PARAMETER",
                "changes[4].value/INVALID_EXPRESSION", "changes[5].value/INVALID_LINE");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank().doesNotStartWith("policy."));
    }

    @Test
    void aRegionOutsideTheProposersAreaIsRefusedBesideTheField() throws Exception {
        mvc.perform(as("reviewer", post(URL)).content(PolicyProposalFixtures.harmlessJson(HUAHUI)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.errors[0].code").value("REGION_OUT_OF_SCOPE"));
    }

    @Test
    void thePreviewWithoutACaseloadSourceAnswersAClearProblem() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(caseload.getIfAvailable() == null, "a caseload source is installed");
        long id = propose("policy", PolicyProposalFixtures.harmlessJson(HUAHUI));
        mvc.perform(as("policy2", post(URL + "/" + id + "/preview")).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("No caseload source")));
    }
}
