package org.safeguard.household.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import through its API, as the township caseworker "worker" (home: Zhonghualu Subdistrict 420106006000). */
@SafeguardTest
class RosterImportApiTest {

    private static final String PASSWORD = "Safeguard-Demo-2020";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private ResultActions upload(String user, String name, byte[] bytes, String mode) throws Exception {
        var request = multipart("/api/v1/households/imports").file(new MockMultipartFile("file", name, "text/csv", bytes))
                .with(httpBasic(user, PASSWORD));
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request);
    }

    private ResultActions upload(String name, byte[] bytes) throws Exception {
        return upload("worker", name, bytes, null);
    }

    private JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long activeMemberships(String idNumber) {
        return jdbc.sql("""
                select count(*) from household_member m join person p on p.id = m.person_id
                where p.id_number = ? and m.active""").param(idNumber).query(Long.class).single();
    }

    private long persons(String idNumber) {
        return jdbc.sql("select count(*) from person where id_number = ?").param(idNumber).query(Long.class).single();
    }

    @Test
    void importsACsvFileAndAuditsItOnce() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI).couple("2", Roster.HUBUXIANG)
                .member("3", Roster.CHUCAI, "HEAD", Roster.freshId("420106"), RosterColumns.PHONE, "13800138000",
                        RosterColumns.DISABILITY_CATEGORY, "LIMB", RosterColumns.DISABILITY_GRADE, "3",
                        RosterColumns.LABOUR_ABILITY, "partial", RosterColumns.SCHOOLING, "PRIMARY",
                        RosterColumns.HUKOU_REGION_CODE, Roster.CHUCAI)
                .member("3", Roster.CHUCAI, "CHILD", Roster.freshId("420106"), RosterColumns.COUNTED, "否",
                        RosterColumns.CO_RESIDING, "N", RosterColumns.EXCLUSION_REASON, "PRISON_OR_REHAB");

        JsonNode report = body(upload("roster.csv", roster.csv())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.rows").value(6))
                .andExpect(jsonPath("$.householdsInserted").value(3))
                .andExpect(jsonPath("$.personsInserted").value(6))
                .andExpect(jsonPath("$.problemCount").value(0)));

        for (int i = 0; i < roster.size(); i++) {
            assertThat(activeMemberships(roster.id(i))).isEqualTo(1);
        }
        Map<String, Object> child = jdbc.sql("""
                select m.counted, m.co_residing, m.exclusion_reason from household_member m join person p on p.id = m.person_id
                where p.id_number = ?""").param(roster.id(5)).query().singleRow();
        assertThat(child).containsEntry("counted", false).containsEntry("exclusion_reason", "PRISON_OR_REHAB");
        String id = report.get("id").asString();
        List<Map<String, Object>> audit = jdbc.sql("select action, username, details from audit_entry where entity_id = ?")
                .param(id).query().listOfRows();
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("action", "IMPORT_COMPLETED").containsEntry("username", "worker");
            assertThat((String) a.get("details")).contains("\"householdsInserted\":3").contains("roster.csv")
                    .doesNotContain(roster.id(0));
        });
    }

    @Test
    void importsTheFirstSheetOfAnXlsxWorkbook() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.HUBUXIANG, "HEAD", Roster.freshId("420106"),
                        RosterColumns.DISABILITY_CATEGORY, "VISUAL", RosterColumns.DISABILITY_GRADE, "2");

        upload("roster.xlsx", roster.xlsx())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.householdsInserted").value(2))
                .andExpect(jsonPath("$.personsInserted").value(3));

        assertThat(jdbc.sql("select disability_grade from person where id_number = ?").param(roster.id(2))
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void importingTheSameFileTwiceDuplicatesNobody() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI).couple("2", Roster.CHUCAI);

        upload("roster.csv", roster.csv()).andExpect(status().isOk()).andExpect(jsonPath("$.householdsInserted").value(2));
        upload("roster.csv", roster.csv())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.householdsInserted").value(0))
                .andExpect(jsonPath("$.householdsSkipped").value(2))
                .andExpect(jsonPath("$.personsInserted").value(0));

        for (int i = 0; i < roster.size(); i++) {
            assertThat(persons(roster.id(i))).isEqualTo(1);
            assertThat(activeMemberships(roster.id(i))).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from household where import_key in (?, ?)")
                .params(Roster.CHUCAI + ":" + roster.key("1"), Roster.CHUCAI + ":" + roster.key("2"))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFileWithAnyProblemImportsNothingByDefault() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.CHUCAI, "HEAD", Roster.withWrongCheckDigit(Roster.freshId("420106")));

        upload("roster.csv", roster.csv())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("id_number"))
                .andExpect(jsonPath("$.errors[0].code").value("ID_CHECK_DIGIT"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("校验码")));

        assertThat(persons(roster.id(0))).isZero();
    }

    @Test
    void validOnlyImportsTheHouseholdsWithoutProblemsAndReportsTheOthers() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI).couple("2", Roster.HUBUXIANG)
                .member("3", Roster.CHUCAI, "HEAD", Roster.freshId("420106"))
                .member("3", Roster.CHUCAI, "SPOUSE", Roster.freshId("420106"), RosterColumns.PHONE, "12345");

        upload("worker", "roster.csv", roster.csv(), "VALID_ONLY")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.householdsInserted").value(2))
                .andExpect(jsonPath("$.householdsInvalid").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(7))
                .andExpect(jsonPath("$.problems[0].column").value("phone"))
                .andExpect(jsonPath("$.problems[0].code").value("PHONE_FORMAT"));

        assertThat(activeMemberships(roster.id(0))).isEqualTo(1);
        assertThat(activeMemberships(roster.id(3))).isEqualTo(1);
        assertThat(persons(roster.id(4))).isZero();
        assertThat(persons(roster.id(5))).isZero();
    }

    @Test
    void refusesAnIdNumberThatAppearsTwiceInTheFile() throws Exception {
        String shared = Roster.freshId("420106");
        Roster roster = new Roster().member("1", Roster.CHUCAI, "HEAD", shared)
                .member("2", Roster.CHUCAI, "HEAD", Roster.freshId("420106"))
                .member("2", Roster.CHUCAI, "CHILD", shared);

        upload("roster.csv", roster.csv())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("id_number"))
                .andExpect(jsonPath("$.errors[0].code").value("DUPLICATE_ID_IN_FILE"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("第 2 行")));
    }

    @Test
    void refusesAPersonAlreadyActiveInAnotherHousehold() throws Exception {
        Roster first = new Roster().couple("1", Roster.CHUCAI);
        upload("first.csv", first.csv()).andExpect(status().isOk());
        Roster second = new Roster().member("9", Roster.HUBUXIANG, "HEAD", Roster.freshId("420106"))
                .member("9", Roster.HUBUXIANG, "SPOUSE", first.id(1));

        upload("second.csv", second.csv())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("PERSON_IN_OTHER_HOUSEHOLD"));

        assertThat(activeMemberships(first.id(1))).isEqualTo(1);
        assertThat(persons(second.id(0))).isZero();
    }

    @Test
    void aRowOutsideTheImportersRegionIsAnError() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI).couple("2", Roster.GUOMIAN);

        upload("roster.csv", roster.csv())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("region_code"))
                .andExpect(jsonPath("$.errors[0].code").value("REGION_OUT_OF_SCOPE"));
        upload("worker", "roster.csv", roster.csv(), "VALID_ONLY")
                .andExpect(status().isOk()).andExpect(jsonPath("$.householdsInserted").value(1));

        assertThat(persons(roster.id(2))).isZero();
    }

    @Test
    void rowsOfOneHouseholdMustAgreeOnTheHouseholdColumns() throws Exception {
        Roster roster = new Roster().member("1", Roster.CHUCAI, "HEAD", Roster.freshId("420106"))
                .member("1", Roster.CHUCAI, "SPOUSE", Roster.freshId("420106"), RosterColumns.ADDRESS, "别处");

        upload("roster.csv", roster.csv())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("address"))
                .andExpect(jsonPath("$.errors[0].code").value("HOUSEHOLD_COLUMNS_DIFFER"));
    }

    @Test
    void householdRulesOfTheApiApplyToEachHouseholdKey() throws Exception {
        Roster roster = new Roster().member("1", Roster.CHUCAI, "SPOUSE", Roster.freshId("420106"))
                .member("2", Roster.CHUCAI, "HEAD", Roster.freshId("420106"), RosterColumns.COUNTED, "maybe")
                .member("3", "420106006000", "HEAD", Roster.freshId("420106"));

        JsonNode problem = body(upload("roster.csv", roster.csv()).andExpect(status().isUnprocessableContent()));

        assertThat(problem.get("errors").valueStream().map(e -> e.get("row").asInt() + ":" + e.get("field").asString()
                + ":" + e.get("code").asString()).toList())
                .contains("2:relationship:HEAD_REQUIRED", "3:counted:BOOLEAN_FORMAT", "4:region_code:REGION_NOT_COMMUNITY");
    }

    @Test
    void refusesFilesThatAreNotWhatTheyClaimWithAStableCode() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI);
        record Case(String name, byte[] bytes, String code) {
        }
        List<Case> cases = List.of(
                new Case("gbk.csv", roster.csv(Charset.forName("GBK")), "FILE_NOT_UTF8"),
                new Case("empty.csv", new byte[0], "FILE_EMPTY"),
                new Case("header.csv", (String.join(",", RosterColumns.ALL) + "\n").getBytes(StandardCharsets.UTF_8), "NO_DATA_ROWS"),
                new Case("headers.csv", roster.csvText().replace("household_key", "户号").getBytes(StandardCharsets.UTF_8), "HEADER_UNKNOWN"),
                new Case("binary.csv", new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "FILE_BINARY"),
                new Case("renamed.xlsx", roster.csv(), "FILE_NOT_XLSX"));
        for (Case c : cases) {
            upload(c.name(), c.bytes())
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                    .andExpect(jsonPath("$.errors[*].code").value(hasItem(c.code())));
        }
        upload("gbk.csv", roster.csv(Charset.forName("GBK")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("UTF-8")));
    }

    @Test
    void theErrorReportListsEveryProblemAsCsvWithAByteOrderMarkForItsUploadersRegionOnly() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.CHUCAI, "HEAD", Roster.withWrongCheckDigit(Roster.freshId("420106")), RosterColumns.NAME, "=cmd|' /C calc'!A0");
        String id = body(upload("roster.csv", roster.csv())).get("importId").asString();

        byte[] csv = mvc.perform(get("/api/v1/households/imports/{id}/errors.csv", id)
                        .with(httpBasic("worker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).contains("row,column,code,message")
                .anySatisfy(line -> assertThat(line).startsWith("4,id_number,ID_CHECK_DIGIT,"))
                .anySatisfy(line -> assertThat(line).startsWith("4,name,NAME_FORMAT,"));
        assertThat(text).doesNotContain(roster.id(2).substring(0, 17));
        mvc.perform(get("/api/v1/households/imports/{id}/errors.csv", id).with(httpBasic("worker2", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/imports/{id}", id).with(httpBasic("worker", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
    }

    @Test
    void rolesWithoutTheImportPermissionAreRefused() throws Exception {
        upload("reviewer", "roster.csv", new Roster().couple("1", Roster.CHUCAI).csv(), null)
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/households/imports").file(new MockMultipartFile("file", "r.csv", "text/csv", new byte[]{'a'})))
                .andExpect(status().isUnauthorized());
    }
}
