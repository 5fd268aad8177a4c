package org.safeguard.beneficiary;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The beneficiary API: scope by subtree, and a refused action names the allowed ones. */
@SafeguardTest
class BeneficiaryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    BeneficiaryStore store;

    private int version(UUID h) {
        return store.find(h).orElseThrow().version();
    }

    @Test
    @WithUserDetails("worker2")
    void aCaseworkerCannotSeeAnotherTownshipsBeneficiaries() throws Exception {
        UUID h = fixtures.enrolled("420106006002", DibaoFixtures.freshMonth());
        mvc.perform(get("/api/v1/dibao/beneficiaries/" + h)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dibao/beneficiaries").param("regionCode", "420106006002")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("worker")
    void aCaseworkerSeesTheirBeneficiaryWithItsEntitlementAndAllowedActions() throws Exception {
        UUID h = fixtures.enrolled("420106006002", DibaoFixtures.freshMonth());
        mvc.perform(get("/api/v1/dibao/beneficiaries/" + h)).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.state").value("ACTIVE"))
                .andExpect(jsonPath("$.entitlements[0].monthly").value(620.0))
                .andExpect(jsonPath("$.allowedActions[0]").exists());
        mvc.perform(post("/api/v1/dibao/beneficiaries/" + h + "/queued-decision").contentType(MediaType.APPLICATION_JSON)
                .content("{\"execute\":true,\"version\":" + version(h) + "}")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("reviewer")
    void aDecisionOnAHouseholdNotUnderReviewIsAConflictListingAllowedActions() throws Exception {
        UUID h = fixtures.enrolled("420106006002", DibaoFixtures.freshMonth());
        mvc.perform(post("/api/v1/dibao/beneficiaries/" + h + "/review-outcome").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\",\"version\":" + version(h) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.allowedActions").isArray());
    }

    @Test
    @WithUserDetails("worker")
    void aChangeReportWithoutTheBenefitsVersionIs428AndWithAStaleOneIs409() throws Exception {
        UUID h = fixtures.enrolled("420106006002", DibaoFixtures.freshMonth());
        int read = version(h);
        mvc.perform(post("/api/v1/dibao/beneficiaries/" + h + "/change-reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INCOME\",\"note\":\"工资上涨\"}"))
                .andExpect(status().isPreconditionRequired()).andExpect(jsonPath("$.code").value("VERSION_REQUIRED"));
        mvc.perform(post("/api/v1/dibao/beneficiaries/" + h + "/reviews").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + read + "\"").content("{\"reason\":\"临时复核\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
        mvc.perform(post("/api/v1/dibao/beneficiaries/" + h + "/change-reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INCOME\",\"note\":\"工资上涨\",\"version\":" + read + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_VERSION"));
    }
}
