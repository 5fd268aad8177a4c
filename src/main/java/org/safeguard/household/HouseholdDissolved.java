package org.safeguard.household;

import java.util.List;
import java.util.UUID;

/** A household was dissolved: these persons were its members until then; it has none now. */
public record HouseholdDissolved(UUID householdId, String regionCode, List<UUID> formerMemberPersonIds, String reason) {
    public HouseholdDissolved {
        formerMemberPersonIds = List.copyOf(formerMemberPersonIds);
    }
}
