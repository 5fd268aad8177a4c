package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.application.ApplicationFixtures.on;
import static org.safeguard.application.ApplicationFixtures.signatures;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The materials checklist: default items, ticking, the one-time notice, and acceptance on the applicant's commitment. */
@SafeguardTest
class ApplicationMaterialsTest {

    private static final String COMMUNITY = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    private ApplicationFixtures f() {
        return new ApplicationFixtures(mvc);
    }

    private String json(String id) throws Exception {
        return mvc.perform(as("worker", get("/api/v1/dibao/applications/" + id))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aNewApplicationHasTheDefaultChecklistAndDoesNotAskForWhatTheOfficeObtainsFromGovernmentPlatforms() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now());
        String app = json(c.id());
        assertThat(JsonPath.<List<String>>read(app, "$.materials[*].code")).containsExactly("APPLICATION_FORM", "ID_CARD",
                "HUKOU_BOOKLET", "INCOME_STATEMENT", "ASSET_STATEMENT", "AUTHORISATION", "DISABILITY_CERTIFICATE");
        assertThat(JsonPath.<List<String>>read(app, "$.materials[?(@.officeObtains == true)].code"))
                .containsExactly("HUKOU_BOOKLET", "DISABILITY_CERTIFICATE");
        assertThat(JsonPath.<List<String>>read(app, "$.materials[?(@.missing == true)].code")).containsExactly(
                "APPLICATION_FORM", "ID_CARD", "INCOME_STATEMENT", "ASSET_STATEMENT", "AUTHORISATION");
    }

    @Test
    void acceptanceIsRefusedWhileRequiredItemsAreMissingAndAllowedOnceTheyAreTickedWithWhoAndWhen() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(3));
        LocalDate d = LocalDate.now().minusDays(2);
        f().ok("worker", c.id(), "RECORD_SIGNATURES", signatures(d, c.personIds()));
        MvcResult refused = f().act("worker", c.id(), "ACCEPT", on(d));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(JsonPath.<List<String>>read(refused.getResponse().getContentAsString(), "$.failedPreconditions"))
                .containsExactly("MATERIALS_COMPLETE_OR_COMMITMENT");
        assertThat(JsonPath.<List<String>>read(refused.getResponse().getContentAsString(), "$.allowedActions"))
                .contains("RECORD_MATERIALS", "REQUEST_MATERIALS", "ACCEPT");

        String unknown = f().act("worker", c.id(), "RECORD_MATERIALS", "{\"materials\":[\"PASSPORT\"]}").getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(unknown, "$.errors[*].code")).containsExactly("UNKNOWN_MATERIAL");

        f().ok("worker", c.id(), "RECORD_MATERIALS", ApplicationFixtures.materials(d));
        String app = json(c.id());
        assertThat(JsonPath.<List<String>>read(app, "$.materials[?(@.code == 'INCOME_STATEMENT')].receivedBy")).containsExactly("worker");
        assertThat(JsonPath.<List<String>>read(app, "$.materials[?(@.code == 'INCOME_STATEMENT')].receivedOn")).containsExactly(d.toString());
        f().ok("worker", c.id(), "ACCEPT", on(d));
        assertThat(f().state("worker", c.id())).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'APPLICATION_RECORD_MATERIALS'")
                .param(c.id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void underTheCommitmentBasedSystemTheCaseIsAcceptedAndTheMissingItemsAreRecordedWithTheCommitment() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now().minusDays(1));
        LocalDate d = LocalDate.now();
        f().ok("worker", c.id(), "RECORD_MATERIALS", "{\"on\":\"" + d + "\",\"materials\":[\"APPLICATION_FORM\",\"ID_CARD\",\"AUTHORISATION\"]}");
        f().ok("worker", c.id(), "ACCEPT", "{\"on\":\"" + d + "\",\"commitment\":true,\"reason\":\"申请人书面承诺收入财产情况属实\"}");
        String app = json(c.id());
        assertThat(JsonPath.<String>read(app, "$.state")).isEqualTo("ACCEPTED");
        assertThat(JsonPath.<List<String>>read(app, "$.materials[?(@.committedBy == 'worker')].code"))
                .containsExactly("INCOME_STATEMENT", "ASSET_STATEMENT");
        assertThat(JsonPath.<List<String>>read(app, "$.materials[?(@.missing == true)]")).isEmpty();
        String audit = jdbc.sql("select details from audit_entry where entity_id = ? and action = 'APPLICATION_ACCEPT'")
                .param(c.id()).query(String.class).single();
        assertThat(audit).contains("INCOME_STATEMENT,ASSET_STATEMENT");
        // an item delivered later is still ticked
        f().ok("worker", c.id(), "RECORD_MATERIALS", "{\"on\":\"" + d + "\",\"materials\":[\"INCOME_STATEMENT\"]}");
        assertThat(JsonPath.<List<String>>read(json(c.id()), "$.materials[?(@.code == 'INCOME_STATEMENT')].receivedBy"))
                .containsExactly("worker");
    }

    @Test
    void theOneTimeNoticeDefaultsToTheItemsNotYetReceivedInTheCallersLanguage() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now());
        f().ok("worker", c.id(), "RECORD_MATERIALS", "{\"materials\":[\"APPLICATION_FORM\",\"ID_CARD\",\"AUTHORISATION\"]}");
        String body = mvc.perform(as("worker", post("/api/v1/dibao/applications/" + c.id() + "/actions/REQUEST_MATERIALS"))
                .content("{}").header("Accept-Language", "zh-CN").header("If-Match", f().etag("worker", c.id()))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.materialsMissing")).containsExactly("收入情况说明", "财产情况说明");
        // the items brought in are ticked with the receipt that ends the pause
        f().ok("worker", c.id(), "RECEIVE_MATERIALS", "{\"materials\":[\"INCOME_STATEMENT\",\"ASSET_STATEMENT\"]}");
        assertThat(JsonPath.<List<String>>read(json(c.id()), "$.materials[?(@.missing == true)]")).isEmpty();
        f().ok("worker", c.id(), "ACCEPT", "{}");
    }

    @Test
    void theCasePageShowsTheChecklistAndItsFormsTickItemsWithoutJavaScript() throws Exception {
        var c = f().create(COMMUNITY, LocalDate.now());
        for (String lang : new String[] {"en", "zh-CN"}) {
            MockHttpSession s = (MockHttpSession) mvc.perform(formLogin("/login").user("worker").password(DemoAccounts.PASSWORD))
                    .andReturn().getRequest().getSession(false);
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", lang));
            String html = mvc.perform(get("/applications/" + c.id()).session(s)).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("id=\"materials\"").contains("form-RECORD_MATERIALS").contains("name=\"commitment\"")
                    .doesNotContain("??");
            assertThat(html).contains(lang.equals("en") ? "Statement of income" : "收入情况说明")
                    .contains(lang.equals("en") ? "The office obtains it from a government platform" : "由经办机构通过政务平台获取");
            if (lang.equals("en")) {
                MvcResult none = mvc.perform(post("/applications/" + c.id() + "/actions/RECORD_MATERIALS").session(s).with(csrf())).andReturn();
                assertThat(none.getFlashMap().get("fieldErrors")).asString().contains("materials");
                mvc.perform(post("/applications/" + c.id() + "/actions/RECORD_MATERIALS").session(s).with(csrf())
                        .param("material", "APPLICATION_FORM").param("material", "ID_CARD").param("version", f().version("worker", c.id())));
                html = mvc.perform(get("/applications/" + c.id()).session(s)).andReturn().getResponse().getContentAsString();
                // the page dates the tick with the application's clock (China time), not the JVM's zone
                assertThat(html).contains("Received " + LocalDate.now(clock) + " · worker");
            }
            mvc.perform(post("/preferences/language").session(s).with(csrf()).param("lang", "zh-CN"));
        }
    }
}
