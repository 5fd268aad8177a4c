package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.account.StaffFixtures.PASSWORD;
import static org.safeguard.account.StaffFixtures.admin;
import static org.safeguard.account.StaffFixtures.body;
import static org.safeguard.account.StaffFixtures.create;
import static org.safeguard.account.StaffFixtures.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditEntry;
import org.safeguard.audit.AuditLog;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class UserAdministrationApiTest {

    private static final String WUCHANG = "420106000000";
    private static final String ZHONGHUALU = "420106006000";
    private static final String CHUCAI = "420106006001";
    private static final String ERQI = "420102010000";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    private int version(long id) {
        return accounts.findById(id).orElseThrow().version();
    }
    @Autowired
    AuditLog auditLog;

    String wuchangAdmin;

    @BeforeEach
    void wuchangAdministrator() throws Exception {
        wuchangAdmin = uniqueUsername("wcadmin");
        create(mvc, wuchangAdmin, "SYSTEM_ADMIN", WUCHANG);
    }

    @Test
    void createAnswers201WithLocationAndNeverAPasswordHash() throws Exception {
        String username = uniqueUsername("new");
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(username, "COMMUNITY_WORKER", CHUCAI, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/v1/users/\\d+")))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("COMMUNITY_WORKER"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(content().string(Matchers.not(Matchers.containsString("argon2"))));
        mvc.perform(get("/api/v1/users").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("$argon2"))))
                .andExpect(jsonPath("$[?(@.username == '" + username + "')]").exists());
    }

    @Test
    void badInputIsAProblemNamingEveryField() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("X", "JANITOR", "999999999999", "short")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'role')].code").value("UNKNOWN_VALUE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].code").value("USERNAME_FORMAT"))
                .andExpect(jsonPath("$.errors[?(@.field == 'homeRegion')].code").value("UNKNOWN_REGION"))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value("PASSWORD_TOO_SHORT"));
    }

    @Test
    void passwordPolicyRefusesShortCommonAndUsernamePasswords() throws Exception {
        String username = uniqueUsername("pol");
        for (var c : List.of(List.of("Abc-123", "PASSWORD_TOO_SHORT"), List.of("qwertyuiop12", "PASSWORD_TOO_COMMON"),
                List.of("My-" + username + "-pass", "PASSWORD_TOO_COMMON"), List.of("x".repeat(129), "PASSWORD_TOO_LONG"))) {
            mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(body(username, "AUDITOR", WUCHANG, c.get(0))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value(c.get(1)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(c.get(0)))));
        }
        assertThat(accounts.findByUsername(username)).isEmpty();
        long id = create(mvc, username, "AUDITOR", WUCHANG);
        mvc.perform(post("/api/v1/users/{id}/password", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"safeguard123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void aPasswordWithALoneSurrogateOrAControlCharacterIsRefusedNotACrash() throws Exception {
        String username = uniqueUsername("sur");
        for (String password : List.of("Long-enough-\\ud800-pass", "Long-enough-\\u0000-pass", "Long-enough-\\u0007-pass")) {
            mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                            .content(body(username, "AUDITOR", WUCHANG, password)))
                    .andExpect(status().isBadRequest())
                    // the edge refuses it first (CONTROL_CHARACTER); the policy (PASSWORD_INVALID_CHARACTERS) guards other callers
                    .andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value(
                            Matchers.anyOf(Matchers.hasItem("CONTROL_CHARACTER"), Matchers.hasItem("PASSWORD_INVALID_CHARACTERS"))));
        }
        long id = create(mvc, username, "AUDITOR", WUCHANG);
        mvc.perform(post("/api/v1/account/password").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"Long-enough-\\udc00-pass\",\"newPassword\":\"Long-enough-\\ud800-pass\"}"))
                .andExpect(status().is4xxClientError());
        assertThat(accounts.findByUsername(username)).isPresent().get().extracting(a -> a.id()).isEqualTo(id);
    }

    @Test
    void anAdministratorOfOneRegionCannotSeeOrChangeAccountsOutsideIt() throws Exception {
        long erqiWorker = accounts.findByUsername("worker2").orElseThrow().id();
        var wuchang = httpBasic(wuchangAdmin, PASSWORD);
        mvc.perform(get("/api/v1/users").with(wuchang))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'worker')]").exists())
                .andExpect(jsonPath("$[?(@.username == 'worker2')]").doesNotExist())
                .andExpect(jsonPath("$[?(@.username == 'admin')]").doesNotExist());
        mvc.perform(get("/api/v1/users/{id}", erqiWorker).with(wuchang)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users/{id}/disable", erqiWorker).with(wuchang)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users/{id}/unlock", erqiWorker).with(wuchang)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users/{id}/password", erqiWorker).with(wuchang).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"Another-Long-Phrase-7\"}")).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/users/{id}/assignment", erqiWorker).with(wuchang).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version(erqiWorker) + ",\"role\":\"AUDITOR\",\"homeRegion\":\"" + WUCHANG + "\",\"displayName\":\"x\"}"))
                .andExpect(status().isNotFound());
        assertThat(accounts.findByUsername("worker2").orElseThrow().enabled()).isTrue();

        mvc.perform(post("/api/v1/users").with(wuchang).contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueUsername("out"), "TOWNSHIP_CASEWORKER", ERQI, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'homeRegion')].code").value("REGION_OUT_OF_SCOPE"));
        long own = create(mvc, uniqueUsername("own"), "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        mvc.perform(put("/api/v1/users/{id}/assignment", own).with(wuchang).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(own) + ",\"role\":\"TOWNSHIP_CASEWORKER\",\"homeRegion\":\"" + ERQI + "\",\"displayName\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'homeRegion')].code").value("REGION_OUT_OF_SCOPE"));
        assertThat(accounts.findById(own).orElseThrow().homeRegion().value()).isEqualTo(ZHONGHUALU);
    }

    @Test
    void rolesWithoutUserAdminAreRefused() throws Exception {
        mvc.perform(get("/api/v1/users").with(httpBasic("worker", org.safeguard.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/v1/users").with(httpBasic("auditor", org.safeguard.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorCannotDisableOrDemoteThemselves() throws Exception {
        long self = accounts.findByUsername(wuchangAdmin).orElseThrow().id();
        var wuchang = httpBasic(wuchangAdmin, PASSWORD);
        mvc.perform(post("/api/v1/users/{id}/disable", self).with(wuchang))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFLICT"));
        mvc.perform(put("/api/v1/users/{id}/assignment", self).with(wuchang).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(self) + ",\"role\":\"AUDITOR\",\"homeRegion\":\"" + WUCHANG + "\",\"displayName\":\"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/users/{id}/assignment", self).with(wuchang).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(self) + ",\"role\":\"SYSTEM_ADMIN\",\"homeRegion\":\"" + ZHONGHUALU + "\",\"displayName\":\"x\"}"))
                .andExpect(status().isConflict());
        var account = accounts.findById(self).orElseThrow();
        assertThat(account.enabled()).isTrue();
        assertThat(account.role().name()).isEqualTo("SYSTEM_ADMIN");
        assertThat(account.homeRegion().value()).isEqualTo(WUCHANG);
        // Renaming oneself is harmless and allowed.
        mvc.perform(put("/api/v1/users/{id}/assignment", self).with(wuchang).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(self) + ",\"role\":\"SYSTEM_ADMIN\",\"homeRegion\":\"" + WUCHANG + "\",\"displayName\":\"新名字\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("新名字"));
    }

    @Test
    void everyUserAdministrationWriteIsAuditedWithoutThePassword() throws Exception {
        String username = uniqueUsername("aud");
        long id = create(mvc, username, "HOTLINE_OPERATOR", WUCHANG);
        mvc.perform(put("/api/v1/users/{id}/assignment", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(id) + ",\"role\":\"DEPARTMENT_LIAISON\",\"department\":\"CIVIL_AFFAIRS\",\"homeRegion\":\"" + ZHONGHUALU
                                + "\",\"displayName\":\"联络员\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("DEPARTMENT_LIAISON"))
                .andExpect(jsonPath("$.department").value("CIVIL_AFFAIRS"))
                .andExpect(jsonPath("$.homeRegion").value(ZHONGHUALU));
        mvc.perform(post("/api/v1/users/{id}/disable", id).with(admin())).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post("/api/v1/users/{id}/enable", id).with(admin())).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(post("/api/v1/users/{id}/unlock", id).with(admin())).andExpect(jsonPath("$.locked").value(false));
        String temporary = "Temporary-Passphrase-42";
        mvc.perform(post("/api/v1/users/{id}/password", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"" + temporary + "\"}")).andExpect(status().isNoContent());

        List<AuditEntry> history = auditLog.forEntity("STAFF_ACCOUNT", Long.toString(id));
        assertThat(history).extracting(AuditEntry::action).contains("STAFF_ACCOUNT_CREATED", "STAFF_ACCOUNT_ASSIGNED",
                "STAFF_ACCOUNT_DISABLED", "STAFF_ACCOUNT_ENABLED", "STAFF_ACCOUNT_UNLOCKED", "STAFF_PASSWORD_RESET");
        // the holder's own change of the temporary password is the one entry not made by the administrator
        assertThat(history).filteredOn(e -> !e.action().equals("STAFF_ACCOUNT_CREATED") && !e.action().equals("STAFF_PASSWORD_CHANGED"))
                .allSatisfy(e -> assertThat(e.username()).isEqualTo("admin"));
        assertThat(history).allSatisfy(e -> {
            assertThat(String.valueOf(e.details())).doesNotContain(temporary).doesNotContain(PASSWORD);
        });
        assertThat(history).filteredOn(e -> e.action().equals("STAFF_ACCOUNT_ASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("HOTLINE_OPERATOR@" + WUCHANG)
                        .contains("DEPARTMENT_LIAISON/CIVIL_AFFAIRS@" + ZHONGHUALU));

        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, temporary)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
    }

    @Test
    void unknownIdsAnswer404AndMalformedIdsAProblem() throws Exception {
        mvc.perform(get("/api/v1/users/{id}", 987654321L).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/v1/users/abc").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void anAssignmentWithoutTheAccountsVersionIsRefusedWith428AndChangesNothing() throws Exception {
        long id = accounts.findByUsername("worker2").orElseThrow().id();
        String before = accounts.findById(id).orElseThrow().displayName();
        mvc.perform(put("/api/v1/users/{id}/assignment", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"AUDITOR\",\"homeRegion\":\"420102000000\",\"displayName\":\"改名\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.code").value("VERSION_REQUIRED"));
        assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo(before);
        assertThat(accounts.findById(id).orElseThrow().role()).isEqualTo(org.safeguard.shared.security.Role.TOWNSHIP_CASEWORKER);
    }
}
