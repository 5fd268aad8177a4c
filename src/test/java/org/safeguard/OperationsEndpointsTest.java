package org.safeguard;

import static org.hamcrest.Matchers.containsString;
import static org.safeguard.support.Api.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void prometheusMetricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(as("worker", get("/actuator/prometheus"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void openApiDocumentDescribesTheHouseholdApi() throws Exception {
        mvc.perform(as("worker", get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/households'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/households/{id}/members/{memberId}/reveal'].post").exists());
    }

    @Test
    void pagesNeedALoginAndTheLoginPageIsTranslated() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("登录")));
    }
}
