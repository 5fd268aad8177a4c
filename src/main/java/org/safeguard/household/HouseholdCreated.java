package org.safeguard.household;

import java.util.List;
import java.util.UUID;

/** A household was registered with these persons as its members. */
public record HouseholdCreated(UUID householdId, String regionCode, List<UUID> memberPersonIds) {
    public HouseholdCreated {
        memberPersonIds = List.copyOf(memberPersonIds);
    }
}
