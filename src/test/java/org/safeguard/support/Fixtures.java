package org.safeguard.support;

import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Fresh data made through the API by the demo caseworker responsible for a community. */
public final class Fixtures {

    /** A household's id and its second member's id. */
    public record Household(String id, String spouseMemberId) {
    }

    private final MockMvc mvc;

    public Fixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The demo township caseworker whose township contains the community. */
    public static String caseworkerFor(String community) {
        return community.startsWith("420102") ? "worker2" : community.startsWith("420281") ? "ruralworker" : "worker";
    }

    public Household household(String community) {
        // Other tests' generators draw from the same ID-number space without sharing TestIds' memory, so a fresh
        // number can (rarely) already be registered: draw again rather than fail a test that is about something else.
        for (int attempt = 1; ; attempt++) {
            String body = call(as(caseworkerFor(community), post("/api/v1/households"))
                    .content(Api.household(community, TestIds.adult(), TestIds.adult())));
            if (!body.contains("PERSON_ALREADY_IN_HOUSEHOLD") || attempt == 5) {
                return new Household(JsonPath.read(body, "$.id"), JsonPath.read(body, "$.members[1].memberId"));
            }
        }
    }

    /** The id of an import of a one-household roster in the community. */
    public String importBatch(String community) {
        String body = call(as(caseworkerFor(community), multipart("/api/v1/households/imports").file(rosterFile(community))));
        return JsonPath.read(body, "$.id");
    }

    /** A one-household roster (head and spouse, fresh ID numbers) in the given community. */
    public static MockMultipartFile rosterFile(String community) {
        String key = "fixture-" + UUID.randomUUID();
        String header = "household_key,region_code,hukou_type,address,bank_account,bank_name,id_number,name,relationship,"
                + "co_residing,counted,exclusion_reason,phone,disability_category,disability_grade,serious_illness,"
                + "labour_ability,employment_status,schooling,hukou_region_code\n";
        String row = key + "," + community + ",URBAN,矩阵街 1 号,,,%s,%s,%s,true,true,,,,,false,,,,\n";
        String csv = header + row.formatted(TestIds.adult(), "张伟", "HEAD") + row.formatted(TestIds.adult(), "李娜", "SPOUSE");
        return new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String call(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
