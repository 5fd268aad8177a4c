package org.safeguard.pricesubsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.Api;
import org.safeguard.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Covered-group lists above the async threshold (3 rows here, so that 5 persons are "large") are queued and imported
 * by their db-scheduler job, as the district reviewer "reviewer" (Wuchang 420106000000).
 */
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=60", "safeguard.upload.async-rows=3"})
@AutoConfigureMockMvc
class QueuedGroupListTest {

    private static final String COMMUNITY = "420106006002";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GroupListJobs jobs;
    @Autowired
    GroupListImport lists;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;

    /** Five fresh persons and, if asked, a sixth with a wrong check digit and a month 13 (row 7). */
    private static String list(List<String> ids, boolean withProblem) {
        StringBuilder csv = new StringBuilder("id_number,name,region_code,urban_rural,valid_from,valid_to,bank_name,bank_account\n");
        for (String id : ids) {
            csv.append(id).append(",王芳,").append(COMMUNITY).append(",URBAN,2020-03,2020-06,工商银行,6222020000000000001\n");
        }
        if (withProblem) {
            csv.append(TestIds.withWrongCheckDigit(TestIds.adult())).append(",坏行,").append(COMMUNITY).append(",RURAL,2020-13,2020-06,,\n");
        }
        return csv.toString();
    }

    private static List<String> freshIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TestIds.adult());
        }
        return ids;
    }

    private UUID post(String csv) throws Exception {
        String location = mvc.perform(Api.as("reviewer", multipart("/api/v1/price-subsidies/group-lists")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("regionCode", "420106000000").param("group", "UNEMPLOYMENT_SUBSIDY").param("department", "人社局")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/price-subsidies/group-lists/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jobs.awaitCompletion(id, Duration.ofSeconds(30))).isTrue();
        return id;
    }

    private String statusJson(UUID id) throws Exception {
        return mvc.perform(Api.as("reviewer", get("/api/v1/price-subsidies/group-lists/" + id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The members an import wrote, as what issuance reads of them (the import id aside), ordered by ID number. */
    private List<String> members(UUID importId) {
        return jdbc.sql("""
                select id_number, person_id, name, region_code, group_code, urban_rural, valid_from, valid_to, bank_name,
                  bank_account, department from price_group_member where import_id = ? order by id_number""").param(importId)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getDate(7) + "|" + rs.getDate(8) + "|"
                        + rs.getString(9) + "|" + rs.getString(10) + "|" + rs.getString(11)).list();
    }

    private long imports(UUID importId) {
        return jdbc.sql("select count(*) from price_group_import where id = ?").param(importId).query(Long.class).single();
    }

    @Test
    void aLargeListIsAnswered202AndItsJobImportsExactlyWhatTheRequestWouldHave() throws Exception {
        List<String> ids = freshIds();
        String csv = list(ids, false);
        UUID id = post(csv);

        String body = statusJson(id);
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("IMPORTED");
        assertThat(JsonPath.<Integer>read(body, "$.rows")).isEqualTo(5);
        UUID importId = UUID.fromString(JsonPath.read(body, "$.importId"));
        assertThat(jdbc.sql("select imported_by from price_group_import where id = ?").param(importId).query(String.class).single())
                .isEqualTo("reviewer");
        assertThat(jdbc.sql("select content from price_list_upload where id = ?").param(id).query(byte[].class).optional())
                .isEmpty();

        // the same file through the synchronous path writes the same members
        GroupListImport.Request again = new GroupListImport.Request("420106000000", "UNEMPLOYMENT_SUBSIDY", "人社局", "large.csv",
                new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));
        GroupListImport.Result direct = tx.execute(s -> {
            try {
                return lists.importChecked(again, RegionCode.of("420106000000"), "reviewer");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(direct.accepted()).isTrue();
        assertThat(members(importId)).hasSize(5).isEqualTo(members(direct.importId()));
    }

    @Test
    void aQueuedListRunTwiceIsImportedOnce() throws Exception {
        UUID id = post(list(freshIds(), false));
        UUID importId = UUID.fromString(JsonPath.read(statusJson(id), "$.importId"));

        jobs.runNow(id);
        jobs.submit(id);
        assertThat(jobs.awaitCompletion(id, Duration.ofSeconds(30))).isTrue();

        assertThat(imports(importId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from price_group_import where file_name = 'large.csv' and id in "
                + "(select import_id from price_list_upload where id = ?)").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(members(importId)).hasSize(5);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PRICE_LIST_IMPORTED' and entity_id = ?")
                .param(importId.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLargeListWithOneBadRowIsRejectedByItsJobWithEveryProblemAndNothingImported() throws Exception {
        List<String> ids = freshIds();
        UUID id = post(list(ids, true));

        String body = statusJson(id);
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<java.util.Map<String, Object>>read(body, "$")).doesNotContainKey("importId");
        assertThat(JsonPath.<List<String>>read(body, "$.problems[*].code")).contains("ID_CHECK_DIGIT", "INVALID_MONTH");
        assertThat(JsonPath.<List<Integer>>read(body, "$.problems[*].row")).containsOnly(7);
        assertThat(jdbc.sql("select count(*) from price_group_member where id_number in (?, ?, ?, ?, ?)")
                .params(ids.toArray()).query(Long.class).single()).isZero();
    }

    @Test
    void theImportPageFollowsALargeListToItsStatusPage() throws Exception {
        String location = mvc.perform(multipart("/price-subsidies/lists").file(new MockMultipartFile("file", "l.csv", "text/csv",
                        list(freshIds(), false).getBytes(StandardCharsets.UTF_8))).param("regionCode", "420106000000")
                        .param("group", "ORPHAN").param("department", "民政局")
                        .with(user(users.loadUserByUsername("liaison"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/price-subsidies/lists/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jobs.awaitCompletion(id, Duration.ofSeconds(30))).isTrue();

        String html = mvc.perform(get(location).with(user(users.loadUserByUsername("liaison"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-status=\"IMPORTED\"").contains("id=\"notice\"").doesNotContain("hx-trigger");
    }
}
