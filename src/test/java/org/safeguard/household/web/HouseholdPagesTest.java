package org.safeguard.household.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.Masking;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SafeguardTest
class HouseholdPagesTest {

    static final String CHUCAI = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Registers a one-person household through the form as {@code worker}; returns its id. */
    UUID register(String idNumber, String name) throws Exception {
        MvcResult result = mvc.perform(householdForm(post("/households/new"), idNumber, name).with(as("worker")).with(csrf()))
                .andExpect(status().isSeeOther()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/households/");
        return UUID.fromString(location.substring("/households/".length()));
    }

    static MockHttpServletRequestBuilder householdForm(MockHttpServletRequestBuilder request, String idNumber, String name) {
        return request.param("regionCode", CHUCAI).param("hukouType", "URBAN").param("address", "中华路 1 号")
                .param("members[0].idNumber", idNumber).param("members[0].name", name)
                .param("members[0].relationship", "HEAD").param("members[0].coResiding", "true")
                .param("_members[0].coResiding", "on").param("members[0].counted", "true")
                .param("_members[0].counted", "on").param("members[0].phone", "13800138000");
    }

    @ParameterizedTest(name = "htmx={0}")
    @CsvSource({"false, household/list", "true, household/list :: results"})
    void nameSearchRendersMaskedResultsAsPageOrAsFragment(boolean htmx, String expectedView) throws Exception {
        String id = TestHouseholds.idNumber("420106");
        String name = TestHouseholds.name();
        register(id, name);

        var request = get("/households").param("name", name).with(as("worker"));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andExpect(view().name(expectedView))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains(Masking.idNumber(id)).contains("138****8000").doesNotContain(id).doesNotContain("13800138000");
        assertThat(html.contains("<html")).isEqualTo(!htmx);
        assertThat(html).contains("id=\"results\"");
    }

    @Test
    void idNumberSearchIsAPostAndFindsExactlyThatPerson() throws Exception {
        String id = TestHouseholds.idNumber("420106");
        String name = TestHouseholds.name();
        register(id, name);

        String html = mvc.perform(post("/households/search").param("idNumber", id).header("HX-Request", "true")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("household/list :: results"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains(name).contains(Masking.idNumber(id));
        assertThat(html.split("class=\"result-row\"", -1)).hasSize(2);
    }

    @Test
    void anotherTownshipsCaseworkerFindsNothingAndGetsNotFoundForTheHousehold() throws Exception {
        String name = TestHouseholds.name();
        UUID household = register(TestHouseholds.idNumber("420106"), name);

        String html = mvc.perform(get("/households").param("name", name).with(as("worker2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"no-results\"");
        assertThat(html.substring(html.indexOf("id=\"results\""))).doesNotContain(name);

        mvc.perform(get("/households/" + household).with(as("worker2"))).andExpect(status().isNotFound())
                .andExpect(view().name("error"));
        mvc.perform(get("/households/" + household + "/edit").with(as("worker2"))).andExpect(status().isNotFound());
        mvc.perform(get("/households/" + UUID.randomUUID()).with(as("worker"))).andExpect(status().isNotFound());
    }

    @Test
    void searchInARegionOutsideTheScopeIsReportedBesideTheRegionField() throws Exception {
        String html = mvc.perform(get("/households").param("regionCode", "420102010006").with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"regionCode-error\"").contains("href=\"#regionCode\"");
    }

    @Test
    void badIdNumberIsShownBesideItsFieldAndInTheSummaryAndTheInputIsKept() throws Exception {
        String bad = TestHouseholds.withWrongCheckDigit(TestHouseholds.idNumber("420106"));
        String name = TestHouseholds.name();

        String html = mvc.perform(householdForm(post("/households/new"), bad, name).with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("household/form"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"error-summary\"").contains("href=\"#members0-idNumber\"")
                .contains("id=\"members0-idNumber-error\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"members0-idNumber-hint members0-idNumber-error\"")
                .contains("value=\"" + bad + "\"").contains("value=\"" + name + "\"");
    }

    @Test
    void savingRedirectsWithSeeOtherToTheDetailPageWithAFlashMessage() throws Exception {
        String id = TestHouseholds.idNumber("420106");
        String name = TestHouseholds.name();

        MvcResult saved = mvc.perform(householdForm(post("/households/new"), id, name).with(as("worker")).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(flash().attribute("flash", "household.flash.created"))
                .andReturn();
        String location = saved.getResponse().getRedirectedUrl();

        String html = mvc.perform(get(location).with(as("worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(name).contains(Masking.idNumber(id)).doesNotContain(id).contains("id=\"history-table\"");
    }

    @ParameterizedTest(name = "htmx={0}")
    @CsvSource({"false, household/form", "true, household/form :: householdForm"})
    void addMemberButtonAddsARowAndKeepsWhatWasTyped(boolean htmx, String expectedView) throws Exception {
        var request = householdForm(post("/households/new"), "420106-typed", "张三").param("addMember", "1")
                .with(as("worker")).with(csrf());
        if (htmx) {
            request.header("HX-Request", "true");
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andExpect(view().name(expectedView))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"member-row-1\"").doesNotContain("id=\"member-row-2\"")
                .contains("value=\"420106-typed\"").doesNotContain("id=\"error-summary\"");
    }

    @Test
    void removeMemberButtonDropsThatRow() throws Exception {
        String html = mvc.perform(householdForm(post("/households/new"), "X1", "张三")
                        .param("members[1].name", "李四").param("removeMember", "0").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"李四\"").doesNotContain("value=\"张三\"").doesNotContain("id=\"member-row-1\"");
    }

    @Test
    void revealShowsTheFullNumberInTheCellAndAppearsInTheHistory() throws Exception {
        String id = TestHouseholds.idNumber("420106");
        UUID household = register(id, TestHouseholds.name());
        String page = mvc.perform(get("/households/" + household).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(id).doesNotContain("PERSONAL_DATA_REVEALED");
        String memberId = page.replaceAll("(?s).*id=\"reveal-([0-9a-f-]{36})\".*", "$1");

        String question = mvc.perform(get("/households/" + household + "/members/" + memberId + "/reveal")
                        .header("HX-Request", "true").with(as("worker")))
                .andExpect(status().isOk()).andExpect(view().name("household/reveal :: purposeForm"))
                .andReturn().getResponse().getContentAsString();
        assertThat(question).contains("name=\"purpose\"").contains("value=\"CASE_WORK\"").doesNotContain(id);
        String refused = mvc.perform(post("/households/" + household + "/members/" + memberId + "/reveal")
                        .header("HX-Request", "true").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("household/reveal :: purposeForm"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary").contains("class=\"field-error\"").doesNotContain(id);

        String cell = mvc.perform(post("/households/" + household + "/members/" + memberId + "/reveal")
                        .param("purpose", "CASE_WORK").param("note", "入户核查")
                        .header("HX-Request", "true").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("household/detail :: revealedMember"))
                .andReturn().getResponse().getContentAsString();
        assertThat(cell).contains(id).contains("13800138000").doesNotContain("<table");

        String after = mvc.perform(get("/households/" + household).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain(id).contains("data-seq=");
        assertThat(after.split("class=\"history-entry\"", -1)).hasSize(3);
    }

    @Test
    void revealWithoutJavaScriptAnswersWithThePage() throws Exception {
        String id = TestHouseholds.idNumber("420106");
        UUID household = register(id, TestHouseholds.name());
        String page = mvc.perform(get("/households/" + household).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        String memberId = page.replaceAll("(?s).*id=\"reveal-([0-9a-f-]{36})\".*", "$1");

        mvc.perform(get("/households/" + household + "/members/" + memberId + "/reveal").with(as("worker")))
                .andExpect(status().isOk()).andExpect(view().name("household/reveal"));
        String html = mvc.perform(post("/households/" + household + "/members/" + memberId + "/reveal")
                        .param("purpose", "VERIFICATION").with(as("worker")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("household/detail"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html").contains(id);
    }

    @Test
    void editingKeepsTheMaskedNumberAndRecordsTheChange() throws Exception {
        String id = TestHouseholds.idNumber("420106");
        String name = TestHouseholds.name();
        UUID household = register(id, name);

        String form = mvc.perform(get("/households/" + household + "/edit").with(as("worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain(id).contains(Masking.idNumber(id)).doesNotContain("13800138000");
        String memberId = form.replaceAll("(?s).*name=\"members\\[0\\]\\.memberId\" value=\"([0-9a-f-]{36})\".*", "$1");
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        mvc.perform(post("/households/" + household + "/edit").with(as("worker")).with(csrf())
                        .param("version", version).param("regionCode", CHUCAI).param("hukouType", "URBAN")
                        .param("address", "中华路 2 号").param("members[0].memberId", memberId)
                        .param("members[0].name", name).param("members[0].relationship", "HEAD")
                        .param("members[0].coResiding", "true").param("_members[0].coResiding", "on")
                        .param("members[0].counted", "true").param("_members[0].counted", "on"))
                .andExpect(status().isSeeOther());

        String after = mvc.perform(get("/households/" + household).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("中华路 2 号").contains("<del>中华路 1 号</del>").contains("138****8000");
    }

    @Test
    void tickingRemoveErasesTheStoredPhoneAndBankAccountWhileAnEmptyFieldKeepsThem() throws Exception {
        String name = TestHouseholds.name();
        MvcResult saved = mvc.perform(householdForm(post("/households/new"), TestHouseholds.idNumber("420106"), name)
                        .param("bankAccount", "6222020200112233446").param("bankName", "工商银行")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isSeeOther()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        String form = mvc.perform(get(location + "/edit").with(as("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"removeBankAccount\"").contains("name=\"members[0].removePhone\"");
        String memberId = form.replaceAll("(?s).*name=\"members\\[0\\]\\.memberId\" value=\"([0-9a-f-]{36})\".*", "$1");
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        mvc.perform(post(location + "/edit").with(as("worker")).with(csrf())
                        .param("version", version).param("regionCode", CHUCAI).param("hukouType", "URBAN")
                        .param("address", "中华路 3 号").param("members[0].memberId", memberId)
                        .param("members[0].name", name).param("members[0].relationship", "HEAD")
                        .param("members[0].coResiding", "true").param("_members[0].coResiding", "on")
                        .param("members[0].counted", "true").param("_members[0].counted", "on")
                        .param("removeBankAccount", "true").param("members[0].removePhone", "true"))
                .andExpect(status().isSeeOther());

        String after = mvc.perform(get(location).with(as("worker"))).andReturn().getResponse().getContentAsString();
        // the history still shows the old values (masked) as struck through; only the current values are gone
        assertThat(after).doesNotContain("id=\"reveal-bank\"");
        String edit = mvc.perform(get(location + "/edit").with(as("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(edit).doesNotContain("name=\"removeBankAccount\"").doesNotContain("name=\"members[0].removePhone\"");
    }

    @Test
    void movingAMemberTakesThemToTheChosenHousehold() throws Exception {
        String headName = TestHouseholds.name();
        UUID from = register(TestHouseholds.idNumber("420106"), headName);
        String targetName = TestHouseholds.name();
        UUID to = register(TestHouseholds.idNumber("420106"), targetName);
        String childId = TestHouseholds.idNumber("420106");
        String childName = TestHouseholds.name();
        // Add a child to the first household through the edit form.
        String form = mvc.perform(get("/households/" + from + "/edit").with(as("worker"))).andReturn().getResponse().getContentAsString();
        String headMember = form.replaceAll("(?s).*name=\"members\\[0\\]\\.memberId\" value=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/households/" + from + "/edit").with(as("worker")).with(csrf())
                        .param("regionCode", CHUCAI).param("hukouType", "URBAN").param("address", "中华路 1 号")
                        .param("members[0].memberId", headMember).param("members[0].name", headName)
                        .param("members[0].relationship", "HEAD")
                        .param("members[1].idNumber", childId).param("members[1].name", childName)
                        .param("members[1].relationship", "CHILD"))
                .andExpect(status().isSeeOther());
        String detail = mvc.perform(get("/households/" + from).with(as("worker"))).andReturn().getResponse().getContentAsString();
        String childMember = detail.replaceAll("(?s).*/members/([0-9a-f-]{36})/move.*", "$1");

        String page = mvc.perform(get("/households/" + from + "/members/" + childMember + "/move").param("q", targetName)
                        .header("HX-Request", "true").with(as("worker")))
                .andExpect(view().name("household/move :: targets")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + to + "\"");

        mvc.perform(post("/households/" + from + "/members/" + childMember + "/move").with(as("worker")).with(csrf())
                        .param("reason", "婚后迁入").param("relationship", "OTHER"))
                .andExpect(status().isOk()).andExpect(view().name("household/move"));
        mvc.perform(post("/households/" + from + "/members/" + childMember + "/move").with(as("worker")).with(csrf())
                        .param("targetHouseholdId", to.toString()).param("reason", "婚后迁入").param("relationship", "OTHER")
                        .param("coResiding", "true").param("counted", "true"))
                .andExpect(status().isSeeOther()).andExpect(flash().attribute("flash", "household.flash.moved"));

        String target = mvc.perform(get("/households/" + to).with(as("worker"))).andReturn().getResponse().getContentAsString();
        assertThat(target).contains(childName);
    }

    @Test
    void rolesWithoutThePermissionAreRefused() throws Exception {
        UUID household = register(TestHouseholds.idNumber("420106"), TestHouseholds.name());
        mvc.perform(get("/households/new").with(as("hotline"))).andExpect(status().isForbidden());
        mvc.perform(get("/households/" + household + "/edit").with(as("reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/households").with(as("liaison"))).andExpect(status().isForbidden());
        mvc.perform(get("/households/" + household).with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/households/" + household + "/members/" + UUID.randomUUID() + "/reveal")
                .with(as("hotline")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/households/" + household).with(as("hotline"))).andExpect(status().isOk());
    }

    @Test
    void readOnlyRolesSeeNoRevealOrEditControls() throws Exception {
        UUID household = register(TestHouseholds.idNumber("420106"), TestHouseholds.name());
        String html = mvc.perform(get("/households/" + household).with(as("hotline")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("id=\"reveal-").doesNotContain("id=\"edit-household\"");
    }

    @Test
    void postsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(householdForm(post("/households/new"), TestHouseholds.idNumber("420106"), TestHouseholds.name())
                .with(as("worker"))).andExpect(status().isForbidden());
    }

    @Test
    void resultsArePagedWithPreviousAndNextButtons() throws Exception {
        String prefix = TestHouseholds.name();
        for (int i = 0; i < SearchForm.PAGE_SIZE + 1; i++) {
            register(TestHouseholds.idNumber("420106"), prefix + (char) ('甲' + i));
        }
        String first = mvc.perform(get("/households").param("name", prefix).with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("class=\"result-row\"", -1)).hasSize(SearchForm.PAGE_SIZE + 1);
        assertThat(first).contains("id=\"page-next\"").doesNotContain("id=\"page-previous\"");

        String second = mvc.perform(post("/households/search").param("name", prefix).param("page", "1")
                        .header("HX-Request", "true").with(as("worker")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("class=\"result-row\"", -1)).hasSize(2);
        assertThat(second).contains("id=\"page-previous\"").doesNotContain("id=\"page-next\"");
    }

    @Test
    void bankAccountIsMaskedAndItsRevealIsAudited() throws Exception {
        String name = TestHouseholds.name();
        MvcResult saved = mvc.perform(householdForm(post("/households/new"), TestHouseholds.idNumber("420106"), name)
                        .param("bankAccount", "6222020200112233445").param("bankName", "工商银行")
                        .with(as("worker")).with(csrf()))
                .andExpect(status().isSeeOther()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(as("reviewer"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("***************3445").doesNotContain("6222020200112233445").contains("id=\"reveal-bank\"");

        String cell = mvc.perform(post(location + "/bank-account/reveal").header("HX-Request", "true")
                        .param("purpose", "PAYMENT_PROBLEM").with(as("reviewer")).with(csrf()))
                .andExpect(view().name("household/detail :: revealedBank")).andReturn().getResponse().getContentAsString();
        assertThat(cell).contains("6222020200112233445");

        String after = mvc.perform(get(location).with(as("reviewer"))).andReturn().getResponse().getContentAsString();
        assertThat(after.split("class=\"history-entry\"", -1)).hasSize(3);
        assertThat(after).doesNotContain("6222020200112233445");
    }

    @Test
    void editingWithAStaleVersionIsRefusedWithAMessageAndNothingIsLost() throws Exception {
        String name = TestHouseholds.name();
        UUID household = register(TestHouseholds.idNumber("420106"), name);
        String form = mvc.perform(get("/households/" + household + "/edit").with(as("worker")))
                .andReturn().getResponse().getContentAsString();
        String memberId = form.replaceAll("(?s).*name=\"members\\[0\\]\\.memberId\" value=\"([0-9a-f-]{36})\".*", "$1");

        String html = mvc.perform(post("/households/" + household + "/edit").with(as("worker")).with(csrf())
                        .param("version", "999").param("regionCode", CHUCAI).param("hukouType", "URBAN")
                        .param("address", "新地址 9 号").param("members[0].memberId", memberId)
                        .param("members[0].name", name).param("members[0].relationship", "HEAD"))
                .andExpect(status().isOk()).andExpect(view().name("household/form"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"error-summary\"").contains("value=\"新地址 9 号\"");
    }
}
