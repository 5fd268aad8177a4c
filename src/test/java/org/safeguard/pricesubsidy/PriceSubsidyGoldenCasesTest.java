package org.safeguard.pricesubsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every file of src/test/resources/golden/price-subsidy through the API, on the shipped national series. */
@SafeguardTest
class PriceSubsidyGoldenCasesTest {

    static final Path DIRECTORY = Path.of("src/test/resources/golden/price-subsidy");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    MechanismParameters mechanisms;
    @Autowired
    PriceIndices indices;
    @Autowired
    PriceSubsidies subsidies;

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
        String body = mvc.perform(as("admin", post("/api/v1/calculations/price-subsidy")
                        .header("Accept-Language", "en").content(golden.get("request").toString())))
                .andReturn().getResponse().getContentAsString();
        JsonNode actual = JSON.readTree(body);
        JsonNode expected = golden.get("expected");
        List<String> mismatches = new ArrayList<>();
        for (String field : List.of("triggered", "rate", "multiplier", "covered", "standard", "amount", "dueBy", "paidAs")) {
            if (expected.has(field) && !expected.get(field).asString().equals(actual.path(field).asString())) {
                mismatches.add(field + ": expected " + expected.get(field) + ", got " + actual.path(field));
            }
        }
        if (expected.has("triggeringIndices") && !expected.get("triggeringIndices").equals(actual.get("triggeringIndices"))) {
            mismatches.add("triggeringIndices: expected " + expected.get("triggeringIndices") + ", got " + actual.get("triggeringIndices"));
        }
        List<String> covered = new ArrayList<>();
        actual.path("coveredGroups").forEach(g -> covered.add(g.asString()));
        expected.path("coveredGroupsInclude").forEach(g -> {
            if (!covered.contains(g.asString())) {
                mismatches.add("coveredGroups lacks " + g.asString());
            }
        });
        expected.path("coveredGroupsExclude").forEach(g -> {
            if (covered.contains(g.asString())) {
                mismatches.add("coveredGroups has " + g.asString());
            }
        });
        if (expected.has("traceContains") && !actual.path("trace").toString().contains(expected.get("traceContains").asString())) {
            mismatches.add("trace lacks '" + expected.get("traceContains").asString() + "': " + actual.path("trace"));
        }
        assertThat(mismatches).as(golden.get("description").asString() + "\n" + body).isEmpty();
    }

    @Autowired
    PriceStore store;

    /** Which national months trigger, by which index, at which rate and multiplier (national-2019-2022.txt). */
    @org.junit.jupiter.api.Test
    void nationalSeries() throws IOException {
        List<String> expected = Files.readAllLines(DIRECTORY.resolve("national-2019-2022.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> actual = new ArrayList<>();
        for (String line : expected) {
            YearMonth month = YearMonth.parse(line.substring(0, 7));
            Evaluation e = store.currentEvaluation(MechanismResolver.NATIONAL, month).orElseThrow();
            actual.add(month + " " + (e.triggered() ? String.join("+", e.triggeringIndices()) : "STOPPED") + " "
                    + e.ratePercent().stripTrailingZeros().toPlainString() + " " + e.multiplier().stripTrailingZeros().toPlainString());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private void setUp(JsonNode setup) {
        JsonNode m = setup.path("mechanism");
        if (!m.isMissingNode()) {
            String region = m.get("regionCode").asString();
            if (mechanisms.versions().stream().noneMatch(v -> v.regionCode().equals(region))) {
                mechanisms.record(new NewMechanismVersion(region, YearMonth.parse(m.get("from").asString()), null,
                        new BigDecimal(m.get("cpiTrigger").asString()), new BigDecimal(m.get("foodTrigger").asString()),
                        null, null, null, null, "golden case"));
            }
        }
        JsonNode i = setup.path("index");
        if (!i.isMissingNode()) {
            String region = i.get("regionCode").asString();
            YearMonth month = YearMonth.parse(i.get("month").asString());
            if (subsidies.seriesFor(region, month).filter(s -> s.regionCode().equals(region)).isEmpty()) {
                indices.recordAsSystem(new PriceIndexRequest(region, month, new BigDecimal(i.get("cpiYoy").asString()),
                        new BigDecimal(i.get("foodYoy").asString()), null, LocalDate.parse(i.get("publishedOn").asString()),
                        "golden case"));
            }
        }
    }
}
