package org.safeguard.policy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One file of src/test/resources/golden/dibao: a request and the expected answer (see the README there). */
record GoldenCase(String file, String description, DibaoCalculationRequest request, Expected expected) {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final Path DIRECTORY = Path.of("src/test/resources/golden/dibao");

    record Expected(String error, String outcome, Integer countedMembers, String perCapitaIncome, String standard,
                    Source standardSource, List<Supplement> supplements, String monthlyAmount, List<String> reasons) {
    }

    record Source(String regionCode, String effectiveFrom) {
    }

    record Supplement(String memberRef, String category, String amount) {
    }

    private record FileContent(String description, DibaoCalculationRequest request, Expected expected) {
    }

    static Stream<GoldenCase> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(GoldenCase::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldenCase read(Path path) {
        FileContent content = JSON.readValue(path.toFile(), FileContent.class);
        return new GoldenCase(path.getFileName().toString(), content.description(), content.request(), content.expected());
    }

    String requestJson() {
        return JSON.writeValueAsString(request);
    }

    @Override
    public String toString() {
        return file + " — " + description;
    }
}
