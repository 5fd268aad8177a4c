package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.account.StaffFixtures.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Every text on the admin and audit pages exists in both languages (Thymeleaf marks a missing key with ??). */
@SafeguardTest
class AdminPagesInBothLanguagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "audit", "account"})
    void bundlesHaveTheSameKeysInEnglishAndChinese(String bundle) throws IOException {
        assertThat(load(bundle + "_zh_CN").stringPropertyNames()).isEqualTo(load(bundle).stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void pagesRenderWithoutMissingTexts(String lang) throws Exception {
        MockHttpSession admin = login(mvc, "admin", DemoAccounts.PASSWORD);
        mvc.perform(post("/preferences/language").session(admin).with(csrf()).param("lang", lang));
        try {
            long worker = accounts.findByUsername("worker").orElseThrow().id();
            for (String page : new String[] {"/admin/users", "/admin/users/new", "/admin/users/" + worker, "/audit",
                    "/audit?from=bad", "/audit/verification", "/audit/entries/1"}) {
                String html = mvc.perform(get(page).session(admin)).andReturn().getResponse().getContentAsString();
                assertThat(html).as(page).doesNotContain("??").contains("lang=\"" + lang + "\"");
            }
        } finally {
            mvc.perform(post("/preferences/language").session(admin).with(csrf()).param("lang", "zh-CN"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/" + name + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
