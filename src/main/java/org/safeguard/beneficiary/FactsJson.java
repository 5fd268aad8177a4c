package org.safeguard.beneficiary;

import org.safeguard.policy.dibao.HouseholdFacts;

import tools.jackson.databind.json.JsonMapper;

/** Assessed facts as JSON text, so an amount can be recalculated later from exactly what it was decided on. */
final class FactsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactsJson() {
    }

    static String write(HouseholdFacts facts) {
        return JSON.writeValueAsString(facts);
    }

    static HouseholdFacts read(String json) {
        return JSON.readValue(json, HouseholdFacts.class);
    }
}
