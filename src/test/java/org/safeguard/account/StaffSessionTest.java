package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.account.StaffFixtures.PASSWORD;
import static org.safeguard.account.StaffFixtures.admin;
import static org.safeguard.account.StaffFixtures.create;
import static org.safeguard.account.StaffFixtures.login;
import static org.safeguard.account.StaffFixtures.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditEntry;
import org.safeguard.audit.AuditLog;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class StaffSessionTest {

    private static final String ZHONGHUALU = "420106006000";
    private static final String WUCHANG = "420106000000";
    private static final String CHUCAI = "420106006001";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    private int accountVersion(long id) {
        return accounts.findById(id).orElseThrow().version();
    }
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    AuditLog auditLog;

    @Test
    void disablingAUserEndsTheirActiveSession() throws Exception {
        String username = uniqueUsername("sess");
        long id = create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        MockHttpSession session = login(mvc, username, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/{id}/disable", id).with(admin())).andExpect(status().isOk());

        assertThat(sessionRegistry.getSessionInformation(session.getId())).isNotNull()
                .satisfies(info -> assertThat(info.isExpired()).isTrue());
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?ended"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aDisabledAccountIsLoggedOutEvenWithoutTheRegistry() throws Exception {
        String username = uniqueUsername("sess");
        long id = create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        MockHttpSession session = login(mvc, username, PASSWORD);
        accounts.setEnabled(id, false);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    @Test
    void roleAndRegionChangesApplyOnTheNextRequest() throws Exception {
        String username = uniqueUsername("move");
        long id = create(mvc, username, "AUDITOR", WUCHANG);
        MockHttpSession session = login(mvc, username, PASSWORD);
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(content().string(Matchers.containsString("武昌区")));

        mvc.perform(put("/api/v1/users/{id}/assignment", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + accountVersion(id) + ",\"role\":\"COMMUNITY_WORKER\",\"homeRegion\":\"" + CHUCAI + "\",\"displayName\":\"社区\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("楚材社区")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("武昌区"))));
    }

    @Test
    void theLanguageChosenWhileSignedInIsStoredOnTheAccountForTheNextLogin() throws Exception {
        String username = uniqueUsername("lang");
        long id = create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        MockHttpSession first = login(mvc, username, PASSWORD);
        mvc.perform(get("/").session(first)).andExpect(content().string(Matchers.containsString("lang=\"zh-CN\"")));

        mvc.perform(post("/preferences/language").session(first).with(csrf()).param("lang", "en").param("back", "/"))
                .andExpect(redirectedUrl("/"));
        assertThat(accounts.findById(id).orElseThrow().locale()).isEqualTo(Locale.ENGLISH);
        mvc.perform(post("/logout").session(first).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        MockHttpSession second = login(mvc, username, PASSWORD);
        mvc.perform(get("/").session(second)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"en\"")))
                .andExpect(content().string(Matchers.containsString("Overview for Zhonghualu Subdistrict")));
    }

    @Test
    void everyLoginAndFailedLoginIsAudited() throws Exception {
        String username = uniqueUsername("audl");
        long id = create(mvc, username, "HOTLINE_OPERATOR", WUCHANG);
        login(mvc, username, PASSWORD);
        mvc.perform(formLogin("/login").user(username).password("Not-The-Password-1")).andExpect(redirectedUrl("/login?error"));

        var history = auditLog.forEntity("STAFF_ACCOUNT", Long.toString(id));
        assertThat(history).filteredOn(e -> e.action().equals("LOGIN")).singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo(username));
        assertThat(history).filteredOn(e -> e.action().equals("LOGIN_FAILED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo(username);
                    assertThat(e.outcome()).isEqualTo("FAILURE");
                    assertThat(e.details()).doesNotContain("Not-The-Password-1");
                });
        assertThat(accounts.findById(id).orElseThrow().failedAttempts()).isEqualTo(1);
    }

    @Test
    void aCachedApiCredentialStopsWorkingWhenTheAccountIsDisabled() throws Exception {
        String username = uniqueUsername("api");
        long id = create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        var basic = httpBasic(username, PASSWORD);
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/{id}/disable", id).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isUnauthorized());

        // Even if the cache were not told, the account is loaded on every request.
        mvc.perform(post("/api/v1/users/{id}/enable", id).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isOk());
        accounts.setEnabled(id, false);
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCachedApiCredentialStopsWorkingWhenThePasswordChanges() throws Exception {
        String username = uniqueUsername("api");
        long id = create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        var old = httpBasic(username, PASSWORD);
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(old)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/users/{id}/password", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"Brand-New-Passphrase-5\"}")).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(old)).andExpect(status().isUnauthorized());
        // the new password authenticates, but it is the administrator's temporary one, so it must be replaced first
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, "Brand-New-Passphrase-5")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
    }

    @Test
    void aWrongPasswordIsNeverAcceptedFromTheCache() throws Exception {
        String username = uniqueUsername("api");
        create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        for (String wrong : new String[] {PASSWORD + "x", PASSWORD.substring(1), PASSWORD.toLowerCase(Locale.ROOT), ""}) {
            mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, wrong)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
        assertThat(auditLog.forEntity("STAFF_ACCOUNT", Long.toString(accounts.findByUsername(username).orElseThrow().id())))
                .extracting(AuditEntry::action).contains("LOGIN_FAILED");
    }
}
