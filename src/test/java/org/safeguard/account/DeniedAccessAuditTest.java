package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeguard.audit.AuditLog;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class DeniedAccessAuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;

    @Test
    void aRefusedActionOfASignedInMemberIsAudited() throws Exception {
        mvc.perform(as("liaison", get("/api/v1/households"))).andExpect(status().isForbidden());
        var page = auditLog.browse(new AuditLog.Filter("liaison", null, null, "ACCESS_DENIED", null, null, 0, 10), "%", true);
        assertThat(page.items()).isNotEmpty();
        assertThat(page.items().get(0).entityId()).isEqualTo("HouseholdApiController#search");
        assertThat(page.items().get(0).outcome()).isEqualTo("DENIED");
    }
}
