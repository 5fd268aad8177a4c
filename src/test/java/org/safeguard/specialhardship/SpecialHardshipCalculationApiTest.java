package org.safeguard.specialhardship;

import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input to the special-hardship calculator: problem details with field paths and stable codes. */
@SafeguardTest
class SpecialHardshipCalculationApiTest {

    private static final String PATH = "/api/v1/calculations/special-hardship";

    @Autowired
    MockMvc mvc;

    @Test
    void everyProblemIsReportedWithItsFieldPath() throws Exception {
        mvc.perform(as("policy", post(PATH)).content("""
                        {"regionCode":"4201","referenceDate":"2020-13-01","hukouType":"CITY",
                         "person":{"birthDate":"1945-03-01","disabilityCategory":"LIMB","incomes":[{"type":"SALARY","amount":-1}]},
                         "supporters":[{"relationship":"COUSIN","birthDate":"1970-01-01","status":["RICH"]}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].code").value("INVALID_REGION_CODE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'referenceDate')].code").value("INVALID_FORMAT"))
                .andExpect(jsonPath("$.errors[?(@.field == 'hukouType')].code").value("UNKNOWN_VALUE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'person.disabilityGrade')].code").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'person.incomes[0].type')].code").value("UNKNOWN_VALUE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'person.incomes[0].amount')].code").value("TOO_SMALL"))
                .andExpect(jsonPath("$.errors[?(@.field == 'supporters[0].relationship')].code").value("UNKNOWN_VALUE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'supporters[0].status[0]')].code").value("UNKNOWN_VALUE"));
    }

    @Test
    void aDateWithoutAStandardIsRefusedOnTheReferenceDate() throws Exception {
        mvc.perform(as("policy", post(PATH)).content("""
                        {"regionCode":"420106006001","referenceDate":"2018-01-01","hukouType":"URBAN",
                         "person":{"birthDate":"1945-03-01"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referenceDate"))
                .andExpect(jsonPath("$.errors[0].code").value("NO_STANDARD"));
    }

    @Test
    void aRegionOutsideTheCallersAreaIsNotFound() throws Exception {
        mvc.perform(as("worker2", post(PATH)).content("""
                        {"regionCode":"420106006001","referenceDate":"2020-08-01","hukouType":"URBAN",
                         "person":{"birthDate":"1945-03-01"}}"""))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTraceIsInTheCallersLanguage() throws Exception {
        mvc.perform(as("policy", post(PATH)).header("Accept-Language", "en").content("""
                        {"regionCode":"420106006001","referenceDate":"2020-08-01","hukouType":"URBAN",
                         "person":{"birthDate":"1945-03-01"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trace[0].key").value("work.elderly"))
                .andExpect(jsonPath("$.monthlyAmount").value("1115"));
    }
}
