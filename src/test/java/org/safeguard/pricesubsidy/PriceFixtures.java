package org.safeguard.pricesubsidy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.safeguard.demo.DemoAccounts;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Price-subsidy data for the access matrices: indices of fresh months (from 2040) recorded by a province-level
 * reviewer, so every call gets its own month and nothing touches the 2019–2022 data the golden cases use.
 */
public final class PriceFixtures {

    public static final String PASSWORD = "Price-Fixture-Passphrase-1";
    private static final AtomicInteger MONTHS = new AtomicInteger();
    private static final java.util.Map<MockMvc, String> REVIEWERS = new java.util.concurrent.ConcurrentHashMap<>();

    private PriceFixtures() {
    }

    /** A month no other call has used. */
    public static String freshMonth() {
        return YearMonth.of(2040, 1).plusMonths(MONTHS.getAndIncrement()).toString();
    }

    /** The county of a community: where the fixtures record indices. */
    public static String county(String community) {
        return community.substring(0, 6) + "000000";
    }

    /** Records a triggering county index for a fresh month; returns {id, month}. */
    public static String[] index(MockMvc mvc, String community) {
        String month = freshMonth();
        try {
            String body = mvc.perform(post("/api/v1/price-indices").with(httpBasic(reviewer(mvc), PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .content("{\"regionCode\":\"%s\",\"month\":\"%s\",\"cpiYoy\":\"9.0\",\"foodYoy\":\"9.0\",\"publishedOn\":\"%s\"}"
                            .formatted(county(community), month, YearMonth.parse(month).plusMonths(1).atDay(10))))
                    .andReturn().getResponse().getContentAsString();
            return new String[]{String.valueOf(((Number) JsonPath.read(body, "$.index.id")).longValue()), month};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a new (not yet recorded) county index of a fresh month. */
    public static String indexJson(String community) {
        String month = freshMonth();
        return "{\"regionCode\":\"%s\",\"month\":\"%s\",\"cpiYoy\":\"2.0\",\"foodYoy\":\"2.0\",\"publishedOn\":\"%s\"}"
                .formatted(county(community), month, YearMonth.parse(month).plusMonths(1).atDay(10));
    }

    public static MockMultipartFile listFile(String community) {
        String csv = "id_number,name,region_code,urban_rural,valid_from,valid_to\n"
                + org.safeguard.support.TestIds.adult() + ",赵敏," + community + ",URBAN,2040-01,2040-12\n";
        return new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The id of a finished (rejected) queued list of the community, as its job leaves it: no bytes, one problem. */
    public static java.util.UUID rejectedQueuedList(org.springframework.jdbc.core.simple.JdbcClient jdbc, String community) {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into price_list_upload (id, region_code, group_code, department, file_name, uploaded_by, status,
                  row_count, problem_count, problems, queued_at, finished_at, file_size)
                values (?, ?, 'ORPHAN', '民政局', 'list.csv', 'reviewer', 'REJECTED', 6000, 1, ?, ?, ?, 100)""")
                .params(id, community, "2\tid_number\tID_CHECK_DIGIT\n", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC),
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).update();
        return id;
    }

    private static String reviewer(MockMvc mvc) {
        return REVIEWERS.computeIfAbsent(mvc, m -> {
            String username = "price-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            try {
                String temporary = "Temporary-Passphrase-4";
                m.perform(post("/api/v1/users").with(httpBasic("admin", DemoAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"物价测试","role":"COUNTY_REVIEWER","homeRegion":"420000000000","password":"%s"}"""
                                .formatted(username, temporary)));
                // A temporary password must be replaced at first sign-in.
                m.perform(post("/api/v1/account/password").with(httpBasic(username, temporary)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(temporary, PASSWORD)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return username;
        });
    }
}
