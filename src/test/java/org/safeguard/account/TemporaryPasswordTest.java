package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.account.StaffFixtures.PASSWORD;
import static org.safeguard.account.StaffFixtures.TEMPORARY;
import static org.safeguard.account.StaffFixtures.admin;
import static org.safeguard.account.StaffFixtures.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** security.md A10: a password an administrator set is temporary, must be replaced, and expires. */
@TimeControlledTest
class TemporaryPasswordTest {

    private static final String ZHONGHUALU = "420106006000";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog auditLog;

    @Test
    void aNewAccountIsHeldAtTheChangePasswordPageUntilItsHolderChoosesAPassword() throws Exception {
        String username = uniqueUsername("temp");
        long id = StaffFixtures.createWithTemporaryPassword(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        MockHttpSession session = StaffFixtures.login(mvc, username, TEMPORARY);

        mvc.perform(get("/households").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        String page = mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "Not-The-Password-1").param("newPassword", "short")
                        .param("confirmPassword", "Something-Else-22"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"currentPassword-error\"").contains("id=\"newPassword-error\"")
                .contains("id=\"confirmPassword-error\"");
        mvc.perform(get("/households").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TEMPORARY).param("newPassword", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/households").session(session)).andExpect(status().isOk());
        assertThat(auditLog.forEntity("STAFF_ACCOUNT", String.valueOf(id)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("STAFF_PASSWORD_CHANGED"));
        mvc.perform(formLogin("/login").user(username).password(TEMPORARY)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theApiAnswersPasswordChangeRequiredUntilTheHolderReplacesIt() throws Exception {
        String username = uniqueUsername("temp");
        StaffFixtures.createWithTemporaryPassword(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);

        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, TEMPORARY)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));
        mvc.perform(post("/api/v1/account/password").with(httpBasic(username, TEMPORARY)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TEMPORARY + "\",\"newPassword\":\"" + TEMPORARY + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("PASSWORD_UNCHANGED"));

        StaffFixtures.changeOwnPassword(mvc, username, TEMPORARY, PASSWORD);
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aTemporaryPasswordStopsWorkingAfterSeventyTwoHoursAndAResetGivesANewOne() throws Exception {
        String username = uniqueUsername("temp");
        long id = StaffFixtures.createWithTemporaryPassword(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        clock.advance(Duration.ofHours(72).plusMinutes(1));

        mvc.perform(formLogin("/login").user(username).password(TEMPORARY)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, TEMPORARY))).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/users/" + id + "/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"Another-Temporary-77\"}")).andExpect(status().isNoContent());
        MockHttpSession session = StaffFixtures.login(mvc, username, "Another-Temporary-77");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void aUserWhoChoseTheirOwnPasswordIsNotHeldBack() throws Exception {
        String username = uniqueUsername("own");
        StaffFixtures.create(mvc, username, "TOWNSHIP_CASEWORKER", ZHONGHUALU);
        clock.advance(Duration.ofDays(10));
        MockHttpSession session = StaffFixtures.login(mvc, username, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }
}
