package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.safeguard.support.EdgeTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@EdgeTest
class ClientThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedBeforeAnyPasswordIsTriedSoItCannotLockAccounts() throws Exception {
        String attacker = "203.0.113.7";
        for (String victim : new String[]{"worker", "worker2", "community"}) {
            mvc.perform(get("/api/v1/households").with(httpBasic(victim, "Wrong-Password-123")).with(from(attacker)))
                    .andExpect(status().isUnauthorized());
        }
        int financeFailures = accounts.findByUsername("finance").orElseThrow().failedAttempts();

        mvc.perform(get("/api/v1/households").with(httpBasic("finance", "Wrong-Password-123")).with(from(attacker)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("TOO_MANY_ATTEMPTS"));
        mvc.perform(post("/login").param("username", "finance").param("password", "Wrong-Password-123")
                        .with(csrf()).with(from(attacker)))
                .andExpect(redirectedUrl("/login?throttled"));
        assertThat(accounts.findByUsername("finance").orElseThrow().failedAttempts()).isEqualTo(financeFailures);

        mvc.perform(get("/api/v1/households").with(httpBasic("finance", DemoAccounts.PASSWORD)).with(from("198.51.100.20")))
                .andExpect(status().isOk());
    }

    @Test
    void successfulSignInsDoNotUseUpTheAllowance() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/v1/households").with(httpBasic("reviewer", DemoAccounts.PASSWORD)).with(from("192.0.2.44")))
                    .andExpect(status().isOk());
        }
    }
}
