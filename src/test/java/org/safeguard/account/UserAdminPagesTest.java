package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.account.StaffFixtures.PASSWORD;
import static org.safeguard.account.StaffFixtures.create;
import static org.safeguard.account.StaffFixtures.login;
import static org.safeguard.account.StaffFixtures.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class UserAdminPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    @Test
    void theListShowsRoleRegionAndState() throws Exception {
        MockHttpSession admin = login(mvc, "admin", DemoAccounts.PASSWORD);
        mvc.perform(get("/admin/users").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"user-worker2\"")))
                .andExpect(content().string(Matchers.containsString("二七街道")))
                .andExpect(content().string(Matchers.containsString("乡镇（街道）经办人")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("$argon2"))));
    }

    @Test
    void theNewUserFormShowsErrorsBesideFieldsAndASummaryThenCreates() throws Exception {
        MockHttpSession admin = login(mvc, "admin", DemoAccounts.PASSWORD);
        mvc.perform(get("/admin/users/new").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<label for=\"homeRegion\"")));
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", "Bad Name").param("displayName", "").param("role", "")
                        .param("homeRegion", "420106000000").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#username\"")))
                .andExpect(content().string(Matchers.containsString("id=\"username-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"role-error\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"short\""))));

        String username = uniqueUsername("page");
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", username).param("displayName", "页面测试").param("role", "COMMUNITY_WORKER")
                        .param("homeRegion", "420106006001").param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void theDetailPageDisablesUnlocksAndResetsThePassword() throws Exception {
        String username = uniqueUsername("pg");
        long id = create(mvc, username, "TOWNSHIP_CASEWORKER", "420106006000");
        MockHttpSession admin = login(mvc, "admin", DemoAccounts.PASSWORD);
        mvc.perform(get("/admin/users/{id}", id).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"disable-user\"")));
        mvc.perform(post("/admin/users/{id}/disable", id).session(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(accounts.findById(id).orElseThrow().enabled()).isFalse();
        mvc.perform(post("/admin/users/{id}/enable", id).session(admin).with(csrf()));
        assertThat(accounts.findById(id).orElseThrow().enabled()).isTrue();
        mvc.perform(post("/admin/users/{id}/password", id).session(admin).with(csrf()).param("password", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")));
        mvc.perform(post("/admin/users/{id}/password", id).session(admin).with(csrf()).param("password", "Page-Reset-Passphrase-8"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        login(mvc, username, "Page-Reset-Passphrase-8");
    }

    @Test
    void anAdministratorCannotDisableThemselvesFromThePage() throws Exception {
        MockHttpSession admin = login(mvc, "admin", DemoAccounts.PASSWORD);
        long self = accounts.findByUsername("admin").orElseThrow().id();
        mvc.perform(get("/admin/users/{id}", self).session(admin))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"disable-user\""))));
        mvc.perform(post("/admin/users/{id}/disable", self).session(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(accounts.findById(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void outOfScopeAccountsAre404AndOtherRolesAreRefused() throws Exception {
        String wuchangAdmin = uniqueUsername("wcp");
        create(mvc, wuchangAdmin, "SYSTEM_ADMIN", "420106000000");
        MockHttpSession session = login(mvc, wuchangAdmin, PASSWORD);
        long erqi = accounts.findByUsername("worker2").orElseThrow().id();
        mvc.perform(get("/admin/users/{id}", erqi).session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/disable", erqi).session(session).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users").session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"user-worker2\""))));
        assertThat(accounts.findById(erqi).orElseThrow().enabled()).isTrue();

        MockHttpSession worker = login(mvc, "worker", DemoAccounts.PASSWORD);
        mvc.perform(get("/admin/users").session(worker)).andExpect(status().isForbidden());
    }
}
