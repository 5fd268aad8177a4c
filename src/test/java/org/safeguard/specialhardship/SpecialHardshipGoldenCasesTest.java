package org.safeguard.specialhardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Every golden case of src/test/resources/golden/special-hardship through the API (domain.md §16 item 10). */
@SafeguardTest
class SpecialHardshipGoldenCasesTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden/special-hardship");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFortyReadableCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void goldenCase(Path file) throws Exception {
        Map<String, Object> golden = JSON.readValue(file.toFile(), Map.class);
        String request = JSON.writeValueAsString(golden.get("request"));
        Map<String, Object> expected = (Map<String, Object>) golden.get("expected");

        String body = mvc.perform(as("policy", post("/api/v1/calculations/special-hardship")).content(request))
                .andReturn().getResponse().getContentAsString();

        String as = file.getFileName() + ": " + body;
        assertThat(JsonPath.<Boolean>read(body, "$.eligible")).as(as).isEqualTo(expected.get("eligible"));
        assertThat(JsonPath.<List<String>>read(body, "$.reasons")).as(as).isEqualTo(expected.get("reasons"));
        for (String field : List.of("basicLivingStandard", "careTier", "careStandard", "monthlyAmount")) {
            assertThat(JsonPath.<String>read(body, "$." + field)).as(as + " " + field).isEqualTo(expected.get(field));
        }
        assertThat(JsonPath.<List<Object>>read(body, "$.trace")).as(as).isNotEmpty();
        assertThat(body).as("every trace step is translated").doesNotContain("\"text\":\"work.").doesNotContain("\"text\":\"care.");
    }
}
