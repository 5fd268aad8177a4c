package org.safeguard.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(DemoAccounts.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void anAuditorFiltersTheLogByUserAndAction() throws Exception {
        MockHttpSession auditor = login("auditor");
        login("reviewer");
        mvc.perform(get("/audit").session(auditor).param("user", "reviewer").param("action", "LOGIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"audit-entries\"")))
                .andExpect(content().string(Matchers.containsString("<td>reviewer</td>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<td>auditor</td>"))));
        mvc.perform(get("/audit").session(auditor).param("user", "nobody-by-this-name"))
                .andExpect(content().string(Matchers.containsString("id=\"no-entries\"")));
    }

    @Test
    void aBadDateIsShownBesideItsFieldAndInTheSummary() throws Exception {
        MockHttpSession auditor = login("auditor");
        mvc.perform(get("/audit").session(auditor).param("from", "2026-13-45").param("to", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")))
                .andExpect(content().string(Matchers.containsString("id=\"from-error\"")))
                .andExpect(content().string(Matchers.containsString("YYYY-MM-DD")));
    }

    @Test
    void aDateRangeLimitsTheEntries() throws Exception {
        MockHttpSession auditor = login("auditor");
        mvc.perform(get("/audit").session(auditor).param("from", "2000-01-01").param("to", "2000-01-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"no-entries\"")));
    }

    @Test
    void aCountyReviewerWithoutAuditReadIsRefused() throws Exception {
        MockHttpSession reviewer = login("reviewer");
        mvc.perform(get("/audit").session(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verification").session(reviewer)).andExpect(status().isForbidden());
    }

    @Test
    void theVerificationPageShowsAnIntactChain() throws Exception {
        MockHttpSession admin = login("admin");
        mvc.perform(get("/audit/verification").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-valid=\"true\"")))
                .andExpect(content().string(Matchers.containsString("审计链完整")));
    }

    @Test
    void anEntryPageShowsOneEntryAndUnknownEntriesAre404() throws Exception {
        MockHttpSession auditor = login("auditor");
        trail.record(AuditRecord.of("TEST_PAGE_ENTRY", "TEST", "p1"));
        mvc.perform(get("/audit").session(auditor).param("action", "TEST_PAGE_ENTRY"))
                .andExpect(content().string(Matchers.containsString("TEST_PAGE_ENTRY")));
        mvc.perform(get("/audit/entries/{seq}", Long.MAX_VALUE).session(auditor)).andExpect(status().isNotFound());
    }
}
