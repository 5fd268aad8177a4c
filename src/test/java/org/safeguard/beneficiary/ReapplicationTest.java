package org.safeguard.beneficiary;

import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A household in the caseload may not apply again while its benefit runs; once terminated it may. */
@SafeguardTest
class ReapplicationTest {

    private static final String HUBUXIANG = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    DibaoFixtures fixtures;
    @Autowired
    BenefitLifecycle lifecycle;

    private String application(UUID household) {
        return "{\"householdId\":\"%s\",\"channel\":\"WINDOW\"}".formatted(household);
    }

    @Test
    void aHouseholdStillReceivingDibaoIsRefusedAtRegistrationWithAStableCode() throws Exception {
        UUID household = fixtures.enrolledNow(HUBUXIANG);

        mvc.perform(as("worker", post("/api/v1/dibao/applications")).content(application(household)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DIBAO_ALREADY_ACTIVE"));
    }

    @Test
    void aHouseholdUnderReviewIsStillInTheCaseloadAndIsRefusedToo() throws Exception {
        UUID household = fixtures.underReview(HUBUXIANG);

        mvc.perform(as("worker", post("/api/v1/dibao/applications")).content(application(household)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DIBAO_ALREADY_ACTIVE"));
    }

    @Test
    void aHouseholdWhoseBenefitWasTerminatedMayApplyAgain() throws Exception {
        UUID household = fixtures.underReview(HUBUXIANG);
        lifecycle.apply(household, BenefitState.UNDER_REVIEW, BenefitAction.TERMINATE, "income above the standard");

        mvc.perform(as("worker", post("/api/v1/dibao/applications")).content(application(household)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
    }
}
