package org.safeguard.temporaryassistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.policy.NewParameterVersion;
import org.safeguard.policy.ParameterCatalog;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every file of src/test/resources/golden/temporary-assistance through {@code POST /api/v1/calculations/temporary-assistance}
 * (as {@code admin}), on the demo dibao standards; {@code setup} records region parameters first (once).
 */
@SafeguardTest
class TemporaryAssistanceGoldenCasesTest {

    static final Path DIRECTORY = Path.of("src/test/resources/golden/temporary-assistance");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("allowed", "urbanRural", "standard", "persons", "suggestedAmount",
            "townshipLimit", "countyLimit", "approvalLevel", "approvalFor", "helpFirstAllowed", "expenditureLine", "tier");

    @Autowired
    MockMvc mvc;
    @Autowired
    PolicyParameters parameters;
    @Autowired
    ParameterCatalog catalog;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenCase(Path file) throws Exception {
        JsonNode golden = JSON.readTree(Files.readString(file));
        setUp(golden.path("setup"));
        MvcResult result = mvc.perform(as("admin", post("/api/v1/calculations/temporary-assistance"))
                .header("Accept-Language", "en").content(golden.get("request").toString())).andReturn();
        String body = result.getResponse().getContentAsString();
        JsonNode actual = JSON.readTree(body);
        JsonNode expected = golden.get("expected");
        List<String> mismatches = new ArrayList<>();
        if (expected.has("error")) {
            if (result.getResponse().getStatus() != 400) {
                mismatches.add("status: expected 400, got " + result.getResponse().getStatus());
            }
            List<String> errors = new ArrayList<>();
            actual.path("errors").forEach(e -> errors.add(e.path("field").asString() + "/" + e.path("code").asString()));
            String wanted = expected.get("errorField").asString() + "/" + expected.get("error").asString();
            if (!errors.equals(List.of(wanted))) {
                mismatches.add("errors: expected [" + wanted + "], got " + errors);
            }
        } else {
            if (result.getResponse().getStatus() != 200) {
                mismatches.add("status: expected 200, got " + result.getResponse().getStatus());
            }
            for (String field : FIELDS) {
                if (expected.has(field) && !text(expected.get(field)).equals(text(actual.get(field)))) {
                    mismatches.add(field + ": expected " + expected.get(field) + ", got " + actual.get(field));
                }
            }
            Set<String> wantedReasons = new TreeSet<>();
            expected.path("reasons").forEach(r -> wantedReasons.add(r.asString()));
            Set<String> gotReasons = new TreeSet<>();
            actual.path("reasons").forEach(r -> gotReasons.add(r.asString()));
            if (!wantedReasons.equals(gotReasons)) {
                mismatches.add("reasons: expected " + wantedReasons + ", got " + gotReasons);
            }
            if (actual.path("trace").isEmpty()) {
                mismatches.add("no trace");
            }
        }
        assertThat(mismatches).as(golden.get("description").asString() + "\n" + body).isEmpty();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }

    private void setUp(JsonNode setup) {
        for (JsonNode p : setup.path("parameters")) {
            RegionCode region = RegionCode.of(p.get("regionCode").asString());
            var definition = catalog.require(p.get("parameter").asString());
            LocalDate from = LocalDate.parse(p.get("from").asString());
            boolean recorded = parameters.history(region).stream()
                    .anyMatch(v -> v.parameter().equals(definition) && v.effectiveFrom().equals(from));
            if (!recorded) {
                parameters.record(NewParameterVersion.scalar(region, definition, from, p.get("value").asString(), "golden case"));
            }
        }
    }
}
