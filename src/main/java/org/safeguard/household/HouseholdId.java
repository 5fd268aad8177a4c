package org.safeguard.household;

import java.util.UUID;

public record HouseholdId(UUID value) {

    public static HouseholdId random() {
        return new HouseholdId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
