package org.safeguard.household.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class ImportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private String page(String username, MockMultipartFile file, String mode) throws Exception {
        var request = multipart("/households/import").with(user(users.loadUserByUsername(username))).with(csrf());
        if (file != null) {
            request.file(file);
        }
        request.param("mode", mode);
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFormHasALabelForEveryFieldAndListsTheColumns() throws Exception {
        String html = mvc.perform(get("/households/import").with(user(users.loadUserByUsername("worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<label for=\"file\"", "<label for=\"mode-all\"", "<label for=\"mode-valid\"",
                "enctype=\"multipart/form-data\"", "<code>hukou_region_code</code>", "批量导入家庭");
    }

    @Test
    void showsTheSummaryTheProblemsAndALinkToTheFullReport() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.CHUCAI, "HEAD", Roster.withWrongCheckDigit(Roster.freshId("420106")));

        String html = page("worker", new MockMultipartFile("file", "花名册.csv", "text/csv", roster.csv()), "VALID_ONLY");

        assertThat(html).contains("id=\"count-inserted\">1<", "id=\"count-invalid\">1<", "<code>ID_CHECK_DIGIT</code>", "校验码");
        Matcher link = Pattern.compile("href=\"(/households/import/[0-9a-f-]+/errors\\.csv)\"").matcher(html);
        assertThat(link.find()).isTrue();
        byte[] csv = mvc.perform(get(link.group(1)).with(user(users.loadUserByUsername("worker"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("row,column,code,message", "4,id_number,ID_CHECK_DIGIT");
    }

    @Test
    void aRefusedFileIsExplainedBesideTheFileField() throws Exception {
        byte[] gbk = new Roster().couple("1", Roster.CHUCAI).csv(Charset.forName("GBK"));

        String html = page("worker", new MockMultipartFile("file", "gbk.csv", "text/csv", gbk), "ALL_OR_NOTHING");

        assertThat(html).contains("id=\"file-error\"", "UTF-8", "aria-invalid=\"true\"", "id=\"error-summary\"");
    }

    @Test
    void submittingWithoutAFileAsksForOne() throws Exception {
        String html = page("worker", null, "ALL_OR_NOTHING");

        assertThat(html).contains("id=\"file-error\"", "请选择要导入的文件");
    }

    @Test
    void thePageIsOnlyForRolesThatMayImport() throws Exception {
        mvc.perform(get("/households/import").with(user(users.loadUserByUsername("reviewer"))))
                .andExpect(status().isForbidden());
    }
}
