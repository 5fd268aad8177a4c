package org.safeguard.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.support.Api;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Every registry change another module must hear of is published once, with the payload it needs. */
@SafeguardTest
@RecordApplicationEvents
class RegistryEventsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    UserDetailsService users;

    private String createHousehold(String region) throws Exception {
        String body = mvc.perform(as("worker", post("/api/v1/households"))
                        .content(Api.household(region, TestIds.adult(), TestIds.adult())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return body;
    }

    private static UUID id(String json, String path) {
        return UUID.fromString(JsonPath.read(json, path));
    }

    @Test
    void registeringAHouseholdPublishesItsMembers() throws Exception {
        String json = createHousehold("420106006001");
        List<HouseholdCreated> created = events.stream(HouseholdCreated.class).toList();
        assertThat(created).hasSize(1);
        assertThat(created.get(0).householdId()).isEqualTo(id(json, "$.id"));
        assertThat(created.get(0).regionCode()).isEqualTo("420106006001");
        assertThat(created.get(0).memberPersonIds()).containsExactlyInAnyOrder(id(json, "$.members[0].personId"),
                id(json, "$.members[1].personId"));
    }

    @Test
    void recordedDeathIsStoredOnThePersonAndPublishedOnce() throws Exception {
        String json = createHousehold("420106006001");
        UUID household = id(json, "$.id");
        String member = JsonPath.read(json, "$.members[1].memberId");
        String body = "{\"dateOfDeath\":\"2025-03-04\",\"source\":\"CHANGE_REPORT\",\"reference\":\"village report 12\"}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(as("worker", post("/api/v1/households/" + household + "/members/" + member + "/death")).content(body))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.members[1].dateOfDeath").value("2025-03-04"));
        }
        List<PersonDied> died = events.stream(PersonDied.class).toList();
        assertThat(died).containsExactly(new PersonDied(id(json, "$.members[1].personId"), household, "420106006001",
                LocalDate.of(2025, 3, 4), "CHANGE_REPORT"));
    }

    @Test
    void theHouseholdPageRecordsADeathAndShowsItOnTheMember() throws Exception {
        String json = createHousehold("420106006001");
        UUID household = id(json, "$.id");
        String member = JsonPath.read(json, "$.members[1].memberId");
        var worker = user(users.loadUserByUsername("worker"));
        String before = mvc.perform(get("/households/" + household).with(worker)).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("/households/" + household + "/members/" + member + "/death").doesNotContain("class=\"badge bad death-date\"");
        mvc.perform(post("/households/" + household + "/members/" + member + "/death").with(worker).with(csrf())
                        .param("dateOfDeath", "2024-11-30").param("source", "DEPARTMENT_DATA").param("reference", "civil affairs file 7"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/households/" + household).with(worker))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("class=\"badge bad death-date\"").containsPattern("death-date\"[^>]*>[^<]*2024-11-30");
        assertThat(events.stream(PersonDied.class)).extracting(PersonDied::source).containsExactly("DEPARTMENT_DATA");
    }

    @Test
    void aDifferentSecondDateOfDeathOrOneInTheFutureIsRefused() throws Exception {
        String json = createHousehold("420106006001");
        String path = "/api/v1/households/" + id(json, "$.id") + "/members/" + JsonPath.read(json, "$.members[1].memberId") + "/death";
        mvc.perform(as("worker", post(path)).content("{\"dateOfDeath\":\"2999-01-01\",\"source\":\"DEPARTMENT_DATA\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("DATE_IN_FUTURE"));
        mvc.perform(as("worker", post(path)).content("{\"dateOfDeath\":\"2025-01-01\",\"source\":\"RUMOUR\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
        mvc.perform(as("worker", post(path)).content("{\"dateOfDeath\":\"2025-01-01\",\"source\":\"DEPARTMENT_DATA\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("worker", post(path)).content("{\"dateOfDeath\":\"2025-01-02\",\"source\":\"DEPARTMENT_DATA\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CONFLICT"));
        assertThat(events.stream(PersonDied.class)).hasSize(1);
    }

    @Test
    void regionAndBankAccountChangesArePublishedOnlyWhenTheyChange() throws Exception {
        String json = createHousehold("420106006001");
        UUID household = id(json, "$.id");
        mvc.perform(as("worker", patch("/api/v1/households/" + household)).content("{\"address\":\"新地址 1 号\",\"version\":0}"))
                .andExpect(status().isOk());
        assertThat(events.stream(HouseholdRegionChanged.class)).isEmpty();
        assertThat(events.stream(BankAccountChanged.class)).isEmpty();
        mvc.perform(as("worker", patch("/api/v1/households/" + household))
                        .content("{\"regionCode\":\"420106006002\",\"bankAccount\":\"6222020000000000001\",\"version\":1}"))
                .andExpect(status().isOk());
        assertThat(events.stream(HouseholdRegionChanged.class))
                .containsExactly(new HouseholdRegionChanged(household, "420106006001", "420106006002"));
        assertThat(events.stream(BankAccountChanged.class))
                .containsExactly(new BankAccountChanged(household, "420106006002", true));
    }

    @Test
    void countedStatusChangeNamesThePerson() throws Exception {
        // A full replacement matches members by ID number, so the test registers a household whose numbers it knows.
        String head = TestIds.adult();
        String spouse = TestIds.adult();
        String known = mvc.perform(as("worker", post("/api/v1/households")).content(Api.household("420106006001", head, spouse)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID knownId = id(known, "$.id");
        String replaced = """
                {"regionCode":"420106006001","hukouType":"URBAN","address":"楚材街 12 号 3 单元 401","bankAccount":"6222021234567890123",
                 "version":0,"members":[
                   {"idNumber":"%s","name":"张伟","relationship":"HEAD","coResiding":true,"phone":"13800138000"},
                   {"idNumber":"%s","name":"李娜","relationship":"SPOUSE","coResiding":true,"counted":false,
                    "exclusionReason":"PRISON_OR_REHAB","disabilityCategory":"LIMB","disabilityGrade":2}
                 ]}""".formatted(head, spouse);
        mvc.perform(as("worker", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/households/" + knownId)).content(replaced)).andExpect(status().isOk());
        assertThat(events.stream(CountedStatusChanged.class)).containsExactly(new CountedStatusChanged(knownId,
                id(known, "$.members[1].personId"), false, "PRISON_OR_REHAB"));
    }

    @Test
    void movingAMemberPublishesBothHouseholdsAndRegions() throws Exception {
        String from = createHousehold("420106006001");
        String to = createHousehold("420106006002");
        mvc.perform(as("worker", post("/api/v1/households/" + id(from, "$.id") + "/members/"
                        + JsonPath.read(from, "$.members[1].memberId") + "/move"))
                        .content("{\"targetHouseholdId\":\"" + id(to, "$.id") + "\",\"relationship\":\"OTHER\",\"reason\":\"married\"}"))
                .andExpect(status().isOk());
        assertThat(events.stream(PersonMovedHousehold.class)).containsExactly(new PersonMovedHousehold(
                id(from, "$.members[1].personId"), id(from, "$.id"), "420106006001", id(to, "$.id"), "420106006002", true));
    }

    @Test
    void dissolvingAHouseholdEndsEveryMembershipAndPublishesTheFormerMembers() throws Exception {
        String json = createHousehold("420106006001");
        UUID household = id(json, "$.id");
        mvc.perform(as("worker", post("/api/v1/households/" + household + "/dissolution")).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("worker", post("/api/v1/households/" + household + "/dissolution")).content("{\"reason\":\"emigrated\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as("worker", post("/api/v1/households/" + household + "/dissolution")).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as("worker", get("/api/v1/households/" + household))).andExpect(jsonPath("$.members").isEmpty());
        List<HouseholdDissolved> dissolved = events.stream(HouseholdDissolved.class).toList();
        assertThat(dissolved).hasSize(1);
        assertThat(dissolved.get(0).formerMemberPersonIds()).containsExactlyInAnyOrder(id(json, "$.members[0].personId"),
                id(json, "$.members[1].personId"));
        assertThat(dissolved.get(0).reason()).isEqualTo("emigrated");
    }
}
