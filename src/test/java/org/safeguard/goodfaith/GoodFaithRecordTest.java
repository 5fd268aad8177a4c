package org.safeguard.goodfaith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.safeguard.policy.EmergencyDeclarations;
import org.safeguard.policy.EmergencyFixtures;
import org.safeguard.policy.EmergencyFlag;
import org.safeguard.policy.WorkingDayCalendar;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SimplifiedDecisionTaken;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The good-faith record (domain.md §12, issue 9 item 8): a simplified decision is kept while its declaration runs,
 * its re-check opens when the declaration ends, due within 60 working days, and its outcome is recorded once.
 */
@SafeguardTest
class GoodFaithRecordTest {

    /** A Wuchang community the other tests leave alone, so a declaration there changes nothing for them. */
    private static final String GUOMIAN = "420106002006";
    private static final String CHUCAI = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmergencyDeclarations declarations;
    @Autowired
    GoodFaithStore store;
    @Autowired
    WorkingDayCalendar calendar;

    private UUID decided(String region, List<Long> declarationIds) {
        UUID caseId = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new SimplifiedDecisionTaken(
                "DIBAO", caseId, UUID.randomUUID(), region, LocalDate.now(), "worker", Set.of("REMOTE_INVESTIGATION"),
                declarationIds, "phone investigation while the community was locked down")));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> store.findByCase("DIBAO", caseId).isPresent());
        return caseId;
    }

    private GoodFaithStore.Row row(UUID caseId) {
        return store.findByCase("DIBAO", caseId).orElseThrow();
    }

    @Test
    void aDecisionIsKeptWhileItsDeclarationRunsAndIsDueSixtyWorkingDaysAfterItEnds() {
        LocalDate today = LocalDate.now();
        long declaration = EmergencyFixtures.approvedInStore(context, GUOMIAN, today.minusDays(10), today.plusDays(30),
                EmergencyFlag.CARE_VISITS_INTENSIFIED);
        UUID caseId = decided(GUOMIAN, List.of(declaration));
        assertThat(row(caseId).correctionDueOn()).as("not due while the declaration runs").isNull();
        assertThat(row(caseId).view(today).status()).isEqualTo(GoodFaithStatus.FLAGGED);

        declarations.end(declaration, today, "the outbreak is over", EmergencyFixtures.MAKER);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> row(caseId).correctionDueOn() != null);
        LocalDate due = row(caseId).correctionDueOn();
        assertThat(row(caseId).correctionFrom()).isEqualTo(today);
        assertThat(due).isEqualTo(calendar.addWorkingDays(RegionCode.of(GUOMIAN), today, 60));
        // sixty working days are at least twelve weeks of calendar time
        assertThat(due).isAfterOrEqualTo(today.plusWeeks(12));
    }

    @Test
    void aDecisionWhoseDeclarationsHaveEndedIsDueAtOnce() {
        UUID caseId = decided(CHUCAI, List.of(987_654_321L));

        assertThat(row(caseId).correctionFrom()).isEqualTo(LocalDate.now());
        assertThat(row(caseId).view(LocalDate.now()).status()).isEqualTo(GoodFaithStatus.DUE);
    }

    @Test
    void theCountyRecordsTheOutcomeOnceAtTheVersionItSawWithANoteWhenItCorrects() throws Exception {
        long id = row(decided(CHUCAI, List.of())).id();
        String path = "/api/v1/good-faith-records/" + id;
        String etag = mvc.perform(as("reviewer", get(path))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DUE")).andReturn().getResponse().getHeader("ETag");

        mvc.perform(as("reviewer", post(path + "/outcome")).content("{\"outcome\":\"CORRECTED\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as("reviewer", post(path + "/outcome")).header("If-Match", etag).content("{\"outcome\":\"CORRECTED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(as("reviewer", post(path + "/outcome")).content("{\"outcome\":\"CONFIRMED\",\"version\":99}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("STALE_VERSION"));
        mvc.perform(as("worker", post(path + "/outcome")).header("If-Match", etag).content("{\"outcome\":\"CONFIRMED\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(as("reviewer", post(path + "/outcome")).header("If-Match", etag)
                        .content("{\"outcome\":\"CORRECTED\",\"note\":\"income re-verified on site; amount lowered from April\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CORRECTED"))
                .andExpect(jsonPath("$.status").value("CORRECTED_PROMPTLY"))
                .andExpect(jsonPath("$.outcomeBy").value("reviewer"));
        mvc.perform(as("reviewer", post(path + "/outcome")).content("{\"outcome\":\"CONFIRMED\",\"version\":" + row(
                        store.find(id).orElseThrow().caseId()).version() + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aRecordOutsideTheCallersRegionIsNotFound() throws Exception {
        long id = row(decided("420102010006", List.of())).id();

        mvc.perform(as("reviewer", get("/api/v1/good-faith-records/" + id))).andExpect(status().isNotFound());
        mvc.perform(as("worker2", get("/api/v1/good-faith-records/" + id))).andExpect(status().isOk());
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("reviewer")
    void theWorkListShowsTheRecordsDueWithTranslatedProceduresAndStatus() throws Exception {
        decided(CHUCAI, List.of());

        // the reviewer's saved language is Chinese
        String html = mvc.perform(get("/good-faith")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("远程调查").contains("待复查").doesNotContain("REMOTE_INVESTIGATION").doesNotContain("??");
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("reviewer")
    void aCorrectionWithoutANoteIsShownBesideTheFieldAndNothingIsRecorded() throws Exception {
        GoodFaithStore.Row row = row(decided(CHUCAI, List.of()));

        String html = mvc.perform(post("/good-faith/" + row.id() + "/outcome")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("outcome", "CORRECTED").param("version", String.valueOf(row.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"error-summary\"").contains("id=\"note-error\"");
        assertThat(store.find(row.id()).orElseThrow().outcome()).isNull();
    }
}
