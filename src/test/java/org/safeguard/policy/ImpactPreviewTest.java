package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.policy.dibao.ActiveDibaoCaseload;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact preview of a Wuhan proposal (standards are set by a prefecture) on a small known caseload in Hongshan
 * District and one household in Wuchang (Wuhan's illustrative standard 820 urban from 2021-07-01, supplements: age
 * 70+ 10 %). The proposals are never approved, so Wuhan's parameters stay as they are.
 * <pre>
 * H1 Heping  (Xudong)     1 member, 500/month  : 320 now
 * H2 Heping  (Xudong)     2 members, 850/month : not eligible now
 * H3 Luonan  (Zhongjian)  1 member aged 70+, 0 : 820 + 82 = 902 now
 * H4 Guanshan             1 member, 900/month  : not eligible now
 * H5 Guanshan             1 member, 750/month  : 70 now
 * H6 Wuchang              1 member, 0          : 820 now
 * </pre>
 * Rows are per district of Wuhan; Hongshan's row sums H1–H5.
 */
@SafeguardTest
@Import(ImpactPreviewTest.CaseloadConfiguration.class)
class ImpactPreviewTest {

    private static final String WUHAN = "420100000000";
    private static final String HONGSHAN = "420111000000";
    private static final String WUCHANG = "420106000000";

    @TestConfiguration
    static class CaseloadConfiguration {
        @Bean
        @Primary
        ListedCaseload listedCaseload() {
            return new ListedCaseload();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ListedCaseload caseload;

    @BeforeEach
    void knownCaseload() {
        List<ActiveDibaoCaseload.CaseloadHousehold> list = new ArrayList<>();
        list.add(household("420111008005", 1, "3000", LocalDate.of(1980, 5, 1), "320"));
        list.add(household("420111008005", 2, "10200", LocalDate.of(1980, 5, 1), "0"));
        list.add(household("420111001030", 1, "0", LocalDate.of(1950, 1, 1), "902"));
        list.add(household("420111002902", 1, "5400", LocalDate.of(1980, 5, 1), "0"));
        list.add(household("420111002902", 1, "4500", LocalDate.of(1980, 5, 1), "70"));
        // in Wuchang: inside Wuhan, counted in its own row
        list.add(household("420106006001", 1, "0", LocalDate.of(1980, 5, 1), "820"));
        // outside Wuhan (Daye): never counted
        list.add(household("420281102200", 1, "0", LocalDate.of(1980, 5, 1), "640"));
        caseload.replace(list);
    }

    private static ActiveDibaoCaseload.CaseloadHousehold household(String region, int members, String income, LocalDate born,
                                                                  String amount) {
        List<HouseholdFacts.Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            list.add(new HouseholdFacts.Member("M" + i, born, true, null, null, false,
                    i == 0 ? List.of(new HouseholdFacts.Income(IncomeType.WAGE, new BigDecimal(income))) : List.of()));
        }
        return new ActiveDibaoCaseload.CaseloadHousehold(UUID.randomUUID(), RegionCode.of(region),
                new HouseholdFacts(HukouType.URBAN, list, List.of(), List.of()), new BigDecimal(amount));
    }

    private long propose(String urban) throws Exception {
        String body = """
                {"regionCode":"%s","effectiveFrom":"2026-01-01","reason":"preview test",
                 "changes":[{"parameter":"DIBAO_STANDARD_URBAN","value":"%s"}]}""".formatted(WUHAN, urban);
        String response = mvc.perform(as("policy", post("/api/v1/policy/proposals")).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    @Test
    void aRiseCountsChangedAndGainedHouseholdsAndTheCostPerChildRegion() throws Exception {
        long id = propose("900");
        mvc.perform(as("policy2", post("/api/v1/policy/proposals/" + id + "/preview")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preview.ranBy").value("policy2"))
                .andExpect(jsonPath("$.preview.rows.length()").value(2))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].households").value(5))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].changed").value(3))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].gained").value(1))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].currentMonthlyCost").value(1292.00))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].proposedMonthlyCost").value(1640.00))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].monthlyCostDelta").value(348.00))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + WUCHANG + "')].changed").value(1))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + WUCHANG + "')].monthlyCostDelta").value(80.00))
                .andExpect(jsonPath("$.preview.total.households").value(6))
                .andExpect(jsonPath("$.preview.total.changed").value(4))
                .andExpect(jsonPath("$.preview.total.gained").value(1))
                .andExpect(jsonPath("$.preview.total.lost").value(0))
                .andExpect(jsonPath("$.preview.total.currentMonthlyCost").value(2112.00))
                .andExpect(jsonPath("$.preview.total.proposedMonthlyCost").value(2540.00))
                .andExpect(jsonPath("$.preview.total.monthlyCostDelta").value(428.00));
        // stored with the proposal: the approver reads it later
        mvc.perform(as("policy", get("/api/v1/policy/proposals/" + id)))
                .andExpect(jsonPath("$.preview.total.monthlyCostDelta").value(428.00))
                .andExpect(jsonPath("$.preview.referenceDate").exists());
    }

    @Test
    void aCutCountsLostHouseholdsAndANegativeDelta() throws Exception {
        long id = propose("700");
        mvc.perform(as("policy2", post("/api/v1/policy/proposals/" + id + "/preview")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].lost").value(1))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].changed").value(2))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].proposedMonthlyCost").value(970.00))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + HONGSHAN + "')].monthlyCostDelta").value(-322.00))
                .andExpect(jsonPath("$.preview.rows[?(@.regionCode == '" + WUCHANG + "')].changed").value(1))
                .andExpect(jsonPath("$.preview.total.changed").value(3))
                .andExpect(jsonPath("$.preview.total.gained").value(0))
                .andExpect(jsonPath("$.preview.total.lost").value(1))
                .andExpect(jsonPath("$.preview.total.proposedMonthlyCost").value(1670.00))
                .andExpect(jsonPath("$.preview.total.monthlyCostDelta").value(-442.00));
    }

    @Test
    void theProposalPageRunsThePreviewWithHtmxOrAPlainPostAndShowsTheTableToTheApprover() throws Exception {
        long id = propose("900");
        var session = (MockHttpSession) mvc.perform(
                formLogin("/login")
                        .user("policy2").password(DemoAccounts.PASSWORD)).andReturn().getRequest().getSession(false);
        mvc.perform(post("/preferences/language").session(session)
                .with(csrf()).param("lang", "en"));
        String fragment = mvc.perform(post("/policy/proposals/" + id + "/preview").session(session).header("HX-Request", "true")
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"preview-table\"")
                .contains("Hongshan District 420111000000").contains("id=\"preview-total\"").contains("428.00");
        mvc.perform(post("/policy/proposals/" + id + "/preview").session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/policy/proposals/" + id).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"preview-table\"").contains("id=\"approve\"")
                .contains("The impact preview was run.");
    }

    @Test
    void aDecidedProposalCannotBePreviewed() throws Exception {
        long id = propose("900");
        mvc.perform(as("policy", post("/api/v1/policy/proposals/" + id + "/withdraw")).content("{}")).andExpect(status().isOk());
        mvc.perform(as("policy2", post("/api/v1/policy/proposals/" + id + "/preview")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions.length()").value(0));
    }
}
