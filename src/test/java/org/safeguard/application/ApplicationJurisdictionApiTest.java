package org.safeguard.application;

import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Registration checks where the household may apply (issue 9 item 5, domain.md §3.3). */
@SafeguardTest
class ApplicationJurisdictionApiTest {

    private static final String HUBUXIANG = "420106006001";
    private static final String JIANGAN = "420102010006";

    @Autowired
    MockMvc mvc;

    /** A Hubuxiang household whose two members have their hukou at {@code hukou}. */
    private String householdWithHukouIn(String hukou) throws Exception {
        String body = """
                {"regionCode":"%s","hukouType":"URBAN","address":"楚材街 12 号","bankAccount":"6222021234567890123",
                 "members":[
                   {"idNumber":"%s","name":"王强","relationship":"HEAD","coResiding":true,"hukouRegionCode":"%s"},
                   {"idNumber":"%s","name":"刘芳","relationship":"SPOUSE","coResiding":true,"hukouRegionCode":"%s"}
                 ]}""".formatted(HUBUXIANG, TestIds.adult(), hukou, TestIds.adult(), hukou);
        String created = mvc.perform(as("worker", post("/api/v1/households")).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    @Test
    void aHouseholdWhoseHukouIsInAnotherCountyIsRefusedWithTheRule() throws Exception {
        String household = householdWithHukouIn(JIANGAN);

        mvc.perform(as("worker", post("/api/v1/dibao/applications"))
                        .content("{\"householdId\":\"%s\",\"channel\":\"WINDOW\"}".formatted(household)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("householdId"))
                .andExpect(jsonPath("$.errors[0].code").value("JURISDICTION_HUKOU_ELSEWHERE"));
    }

    @Test
    void underThe2021RulesAMemberWithAResidencePermitMayApplyWhereTheyLive() throws Exception {
        String household = householdWithHukouIn(JIANGAN);

        mvc.perform(as("worker", post("/api/v1/dibao/applications"))
                        .content("{\"householdId\":\"%s\",\"channel\":\"WINDOW\",\"residencePermit\":true}".formatted(household)))
                .andExpect(status().isCreated());
    }

    @Test
    void aHouseholdWithItsHukouInTheTownshipIsAccepted() throws Exception {
        String household = householdWithHukouIn(HUBUXIANG);

        mvc.perform(as("worker", post("/api/v1/dibao/applications"))
                        .content("{\"householdId\":\"%s\",\"channel\":\"WINDOW\"}".formatted(household)))
                .andExpect(status().isCreated());
    }
}
