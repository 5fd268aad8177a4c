package org.safeguard.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.safeguard.demo.DemoAccounts;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Unique staff accounts for tests (other tests share the database) and sign-in helpers. */
final class StaffFixtures {

    static final String PASSWORD = "Correct-Horse-Battery-9";
    /** What the administrator gives a new account; {@link #create} replaces it with {@link #PASSWORD} as its holder. */
    static final String TEMPORARY = "Temporary-Passphrase-4";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private StaffFixtures() {
    }

    static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestPostProcessor admin() {
        return httpBasic("admin", DemoAccounts.PASSWORD);
    }

    static String body(String username, String role, String homeRegion, String password) {
        return """
                {"username":"%s","displayName":"测试 %s","role":"%s","homeRegion":"%s","password":"%s"}"""
                .formatted(username, username, role, homeRegion, password);
    }

    /**
     * Creates an account through the API as the province administrator, then lets its holder replace the
     * temporary password with {@link #PASSWORD} (as a real new user must), and returns its id.
     */
    static long create(MockMvc mvc, String username, String role, String homeRegion) throws Exception {
        long id = createWithTemporaryPassword(mvc, username, role, homeRegion);
        changeOwnPassword(mvc, username, TEMPORARY, PASSWORD);
        return id;
    }

    /** Creates an account whose password is still the administrator's temporary one ({@link #TEMPORARY}). */
    static long createWithTemporaryPassword(MockMvc mvc, String username, String role, String homeRegion) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(body(username, role, homeRegion, TEMPORARY))).andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("create failed: " + result.getResponse().getContentAsString());
        }
        return JSON.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }

    static void changeOwnPassword(MockMvc mvc, String username, String current, String next) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/account/password").with(httpBasic(username, current))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, next))).andReturn();
        if (result.getResponse().getStatus() != 204) {
            throw new AssertionError("password change failed: " + result.getResponse().getContentAsString());
        }
    }

    /** Signs in through the login form and returns the authenticated session. */
    static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            throw new AssertionError("login failed for " + username + ": " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
