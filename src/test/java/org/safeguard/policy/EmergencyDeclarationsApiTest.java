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

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Declarations through the API: maker-checker, every flag as data with its own validity, problems beside their
 * fields, region scoping, amendments and ending with their events. Regions and dates: Jiang'an's Erqi subdistrict
 * (420102010000) in 2019, before anything else the tests look at.
 */
@SafeguardTest
@RecordApplicationEvents
class EmergencyDeclarationsApiTest {

    private static final String URL = "/api/v1/emergency-declarations";
    private static final String ERQI = "420102010000";
    private static final RegionCode ERQI_COMMUNITY = RegionCode.of("420102010001");

    @Autowired
    MockMvc mvc;
    @Autowired
    EmergencyOverlay overlay;
    @Autowired
    EmergencyDeclarations declarations;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    private static String body(String region, String start, String end, String flags) {
        return """
                {"regionCode":"%s","level":"MEDIUM","startDate":"%s","endDate":%s,"reason":"flooding","flags":[%s]}"""
                .formatted(region, start, end == null ? "null" : "\"" + end + "\"", flags);
    }

    private static final String EVERY_FLAG = """
            {"flag":"REMOTE_INVESTIGATION","validFrom":"2019-07-01","validTo":"2019-07-31"},
            {"flag":"APPROVAL_DEVOLVED"},{"flag":"REVIEWS_EXTENDED"},{"flag":"EXITS_SUSPENDED"},
            {"flag":"HUKOU_RESTRICTION_RELAXED"},{"flag":"COMMUNITY_HELP_FIRST"},{"flag":"CARE_VISITS_INTENSIFIED"},
            {"flag":"EXTRA_LIVING_SUBSIDY","extraSubsidy":{"targetGroups":["SPECIAL_HARDSHIP"],"amountType":"FIXED_YUAN",
              "amount":"500","inKindAllowed":true}},
            {"flag":"EXTRA_LIVING_SUBSIDY","extraSubsidy":{"targetGroups":["DIBAO","LOW_INCOME"],"amountType":"EXTRA_MONTH",
              "months":"1"}},
            {"flag":"PRICE_SUBSIDY_OVERRIDE","validFrom":"2019-08-01","multiplier":"2"}""";

    private long propose(String user, String json) throws Exception {
        String response = mvc.perform(as(user, post(URL)).content(json)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PROPOSED")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    @Test
    void aDeclarationSetsEveryFlagWithItsOwnValidityOnlyOnceADifferentReviewerApprovesIt() throws Exception {
        long id = propose("policy", body(ERQI, "2019-06-01", "2019-12-31", EVERY_FLAG));
        LocalDate july = LocalDate.parse("2019-07-15");
        assertThat(overlay.flagsFor(ERQI_COMMUNITY, july).any()).as("a proposal sets nothing").isFalse();

        mvc.perform(as("policy", post(URL + "/" + id + "/approve")).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(as("policy2", post(URL + "/" + id + "/approve")).content("{\"reason\":\"checked\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("policy2"))
                .andExpect(jsonPath("$.declaration.flags.length()").value(10))
                .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("AMEND", "END")));

        EmergencyFlags inJuly = overlay.flagsFor(ERQI_COMMUNITY, july);
        assertThat(inJuly.on()).containsExactlyInAnyOrder(EmergencyFlag.REMOTE_INVESTIGATION, EmergencyFlag.APPROVAL_DEVOLVED,
                EmergencyFlag.REVIEWS_EXTENDED, EmergencyFlag.EXITS_SUSPENDED, EmergencyFlag.HUKOU_RESTRICTION_RELAXED,
                EmergencyFlag.COMMUNITY_HELP_FIRST, EmergencyFlag.CARE_VISITS_INTENSIFIED, EmergencyFlag.EXTRA_LIVING_SUBSIDY);
        assertThat(inJuly.extraSubsidyRules()).hasSize(2)
                .anySatisfy(r -> assertThat(r.amount()).isEqualByComparingTo("500"))
                .anySatisfy(r -> assertThat(r.amountType()).isEqualTo(ExtraSubsidyRule.AmountType.EXTRA_MONTH));
        assertThat(inJuly.priceSubsidyOverride()).as("the override starts in August").isEmpty();
        EmergencyFlags inAugust = overlay.flagsFor(ERQI_COMMUNITY, LocalDate.parse("2019-08-15"));
        assertThat(inAugust.remoteInvestigationAllowed()).as("remote investigation was for July only").isFalse();
        assertThat(inAugust.priceSubsidyOverride()).contains(new BigDecimal("2.00"));
        assertThat(overlay.flagsFor(ERQI_COMMUNITY, LocalDate.parse("2020-01-01")).declarationIds()).doesNotContain(id);
        assertThat(overlay.flagsFor(RegionCode.of("420102009011"), july).declarationIds()).as("a sibling").doesNotContain(id);

        mvc.perform(as("policy2", post(URL + "/" + id + "/approve")).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CONFLICT"))
                .andExpect(jsonPath("$.state").value("APPROVED"));
        mvc.perform(as("policy", get(URL + "/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.transitions[1].action").value("APPROVE"));
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'emergency_declaration' and entity_id = ?")
                .param(String.valueOf(id)).query(String.class).list())
                .contains("EMERGENCY_DECLARATION_PROPOSED", "EMERGENCY_DECLARATION_APPROVE");
    }

    @Test
    void everyProblemIsReportedBesideItsFieldWithAStableCode() throws Exception {
        String flags = """
                {"flag":"EXITS_SUSPENDED","validTo":"2019-03-01"},{"flag":"NO_SUCH_FLAG"},{"flag":"EXITS_SUSPENDED"},
                {"flag":"EXTRA_LIVING_SUBSIDY","extraSubsidy":{"targetGroups":["DIBAO"],"amountType":"FIXED_YUAN","amount":"200000"}},
                {"flag":"PRICE_SUBSIDY_OVERRIDE"}""";
        String response = mvc.perform(as("policy", post(URL)).content(body(ERQI, "2019-06-01", "2019-05-01", flags)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andReturn().getResponse().getContentAsString();
        List<String> problems = JsonPath.read(response, "$.errors[*].code");
        List<String> fields = JsonPath.read(response, "$.errors[*].field");
        assertThat(fields).contains("endDate", "flags[1].flag", "flags[2].flag", "flags[3].extraSubsidy.amount",
                "flags[4].multiplier");
        assertThat(problems).contains("END_BEFORE_START", "UNKNOWN_VALUE", "DUPLICATE_FLAG", "OUT_OF_RANGE", "REQUIRED");

        String outside = mvc.perform(as("policy", post(URL)).content(body(ERQI, "2019-06-01", "2019-12-31",
                        "{\"flag\":\"EXITS_SUSPENDED\",\"validTo\":\"2020-03-01\"}")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(outside, "$.errors[*].code")).containsExactly("OUTSIDE_DECLARATION_PERIOD");
        mvc.perform(as("policy", post(URL)).content(body(ERQI, "2019-06-01", null, "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("FLAGS_REQUIRED"));
        mvc.perform(as("policy", post(URL)).content("{\"regionCode\":5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void onlyStaffWhoseAreaCoversTheRegionProposeOrDecideAndOthersDoNotSeeIt() throws Exception {
        mvc.perform(as("reviewer", post(URL)).content(body(ERQI, "2019-06-01", null, "{\"flag\":\"EXITS_SUSPENDED\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("REGION_OUT_OF_SCOPE"));
        mvc.perform(as("worker", post(URL)).content(body("420106006000", "2019-06-01", null, "{\"flag\":\"EXITS_SUSPENDED\"}")))
                .andExpect(status().isForbidden());
        long id = propose("policy", body(ERQI, "2019-06-01", "2019-06-30", "{\"flag\":\"COMMUNITY_HELP_FIRST\"}"));
        mvc.perform(as("reviewer", get(URL + "/" + id))).andExpect(status().isNotFound());
        mvc.perform(as("reviewer", post(URL + "/" + id + "/approve")).content("{}")).andExpect(status().isNotFound());
        String list = mvc.perform(as("reviewer", get(URL))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(list, "$[*].id")).doesNotContain((int) id);
        assertThat(JsonPath.<List<String>>read(list, "$[*].declaration.regionCode")).as("Wuhan's applies to Wuchang too")
                .contains("420100000000");
        String mine = mvc.perform(as("policy", get(URL).param("regionCode", ERQI).param("from", "2019-06-15")
                .param("state", "PROPOSED"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(mine, "$[*].id")).contains((int) id);
        mvc.perform(as("policy2", post(URL + "/" + id + "/reject")).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as("policy2", post(URL + "/" + id + "/reject")).content("{\"reason\":\"not needed\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"));
    }

    @Test
    void anApprovedAmendmentSupersedesTheDeclarationAndEndsTheFlagsItDrops() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String start = today.minusDays(30).toString();
        long id = propose("policy", body(ERQI, start, null, "{\"flag\":\"CARE_VISITS_INTENSIFIED\"},{\"flag\":\"COMMUNITY_HELP_FIRST\"}"));
        mvc.perform(as("policy2", post(URL + "/" + id + "/approve")).content("{}")).andExpect(status().isOk());
        String amended = mvc.perform(as("policy2", post(URL + "/" + id + "/amendments"))
                        .content(body(ERQI, start, null, "{\"flag\":\"CARE_VISITS_INTENSIFIED\"}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.amendsId").value(id))
                .andReturn().getResponse().getContentAsString();
        long amendment = ((Number) JsonPath.read(amended, "$.id")).longValue();
        assertThat(overlay.flagsFor(ERQI_COMMUNITY, today).communityHelpFirst()).as("still in force until approved").isTrue();

        mvc.perform(as("policy", post(URL + "/" + amendment + "/approve")).content("{}")).andExpect(status().isOk());
        mvc.perform(as("policy", get(URL + "/" + id))).andExpect(jsonPath("$.state").value("SUPERSEDED"))
                .andExpect(jsonPath("$.supersededById").value(amendment));
        EmergencyFlags now = overlay.flagsFor(ERQI_COMMUNITY, today);
        assertThat(now.communityHelpFirst()).isFalse();
        assertThat(now.careVisitsIntensified()).isTrue();
        assertThat(events.stream(EmergencyFlagEnded.class).filter(e -> e.declarationId() == id))
                .extracting(EmergencyFlagEnded::flag).containsExactly(EmergencyFlag.COMMUNITY_HELP_FIRST);

        mvc.perform(as("policy", post(URL + "/" + amendment + "/end")).content("{\"endsOn\":\"" + today.plusDays(3) + "\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("ENDS_IN_FUTURE"));
        mvc.perform(as("policy", post(URL + "/" + amendment + "/end")).content("{\"reason\":\"visits back to normal\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ENDED"))
                .andExpect(jsonPath("$.declaration.endDate").value(today.minusDays(1).toString()));
        assertThat(overlay.flagsFor(ERQI_COMMUNITY, today).declarationIds()).doesNotContain(amendment);
        assertThat(overlay.flagsFor(ERQI_COMMUNITY, today.minusDays(1)).careVisitsIntensified()).as("its past stays").isTrue();
        assertThat(events.stream(EmergencyDeclarationEnded.class).filter(e -> e.declarationId() == amendment))
                .singleElement().satisfies(e -> assertThat(e.flags()).containsExactly(EmergencyFlag.CARE_VISITS_INTENSIFIED));
        mvc.perform(as("policy", post(URL + "/" + amendment + "/end")).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.allowedActions").isEmpty());
    }

    @Test
    void theDemoWuhanDeclarationWasProposedAndApprovedThroughTheUseCases() throws Exception {
        String list = mvc.perform(as("policy", get(URL).param("regionCode", "420100000000").param("to", "2020-04-08")
                .param("from", "2020-01-23"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(list, "$[?(@.declaration.regionCode == '420100000000')].id");
        assertThat(ids).isNotEmpty();
        mvc.perform(as("policy", get(URL + "/" + ids.get(ids.size() - 1)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedBy").value(PolicyStartupData.DEMO_MAKER.username()))
                .andExpect(jsonPath("$.decidedBy").value(PolicyStartupData.DEMO_CHECKER.username()))
                .andExpect(jsonPath("$.state").value("ENDED"))
                .andExpect(jsonPath("$.transitions[*].action").value(org.hamcrest.Matchers.contains("PROPOSE", "APPROVE", "LAPSE")));
    }

    @Test
    void aDeclarationWhoseLastDayHasPassedLapsesOnceAndReleasesWhatItHeld() throws Exception {
        long id = propose("policy", body(ERQI, "2019-09-01", "2019-09-30", "{\"flag\":\"EXITS_SUSPENDED\"}"));
        mvc.perform(as("policy2", post(URL + "/" + id + "/approve")).content("{}")).andExpect(status().isOk());
        assertThat(declarations.lapse("test")).isPositive();
        assertThat(declarations.lapse("test")).as("nothing left to lapse").isZero();
        mvc.perform(as("policy", get(URL + "/" + id))).andExpect(jsonPath("$.state").value("ENDED"))
                .andExpect(jsonPath("$.declaration.endDate").value("2019-09-30"));
        assertThat(events.stream(EmergencyFlagEnded.class).filter(e -> e.declarationId() == id))
                .singleElement().satisfies(e -> assertThat(e.endsOn()).isEqualTo(LocalDate.parse("2019-10-01")));
        assertThat(overlay.flagsFor(ERQI_COMMUNITY, LocalDate.parse("2019-09-15")).exitsSuspended()).as("its past stays").isTrue();
    }
}
