package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.account.StaffFixtures.PASSWORD;
import static org.safeguard.account.StaffFixtures.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditEntry;
import org.safeguard.audit.AuditLog;
import org.safeguard.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TimeControlledTest
class LockoutTest {

    private static final String ZHONGHUALU = "420106006000";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CreateStaffAccount createAccount;
    @Autowired
    AuditLog auditLog;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    private long newAccount(String username) {
        return createAccount.create(new CreateStaffAccount.NewAccount(username, "锁定测试", Role.TOWNSHIP_CASEWORKER, null,
                ZHONGHUALU, PASSWORD));
    }

    private void failLogin(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("Wrong-Password-123")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountForThirtyMinutesEvenAgainstTheRightPassword() throws Exception {
        String username = uniqueUsername("lock");
        long id = newAccount(username);
        for (int i = 0; i < 4; i++) {
            failLogin(username);
        }
        assertThat(accounts.findById(id).orElseThrow().lockedAt(clock.instant())).isFalse();
        failLogin(username);

        StaffAccount locked = accounts.findById(id).orElseThrow();
        assertThat(locked.failedAttempts()).isEqualTo(5);
        assertThat(locked.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofSeconds(1));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(accounts.findById(id).orElseThrow().failedAttempts()).isZero();
        assertThat(accounts.findById(id).orElseThrow().lockedUntil()).isNull();

        var actions = auditLog.forEntity("STAFF_ACCOUNT", Long.toString(id)).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsOnlyOnce("ACCOUNT_LOCKED").contains("LOGIN_FAILED", "LOGIN");
        assertThat(actions.stream().filter("LOGIN_FAILED"::equals).count()).isEqualTo(8);
    }

    @Test
    void anAdministratorCanLiftALockBeforeItExpires() throws Exception {
        String username = uniqueUsername("lock");
        long id = newAccount(username);
        for (int i = 0; i < 5; i++) {
            failLogin(username);
        }
        assertThat(accounts.findById(id).orElseThrow().lockedAt(clock.instant())).isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users/{id}/unlock", id)
                .with(StaffFixtures.admin())).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(auditLog.forEntity("STAFF_ACCOUNT", Long.toString(id))).extracting(AuditEntry::action)
                .contains("ACCOUNT_LOCKED", "STAFF_ACCOUNT_UNLOCKED");
    }

    @Test
    void aCredentialCachedAgainstAnOldPasswordHashNoLongerMatches() throws Exception {
        String username = uniqueUsername("ttl");
        long id = newAccount(username);
        var basic = httpBasic(username, PASSWORD);
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isOk());
        // The stored hash is replaced behind Safeguard's back: a cached entry bound to the old hash must not match.
        accounts.setPassword(id, encoder.encode("Some-Other-Passphrase-3"), clock.instant());
        mvc.perform(get("/api/v1/regions/" + ZHONGHUALU).with(basic)).andExpect(status().isUnauthorized());
    }
}
