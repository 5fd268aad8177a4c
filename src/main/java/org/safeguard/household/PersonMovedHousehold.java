package org.safeguard.household;

import java.util.UUID;

/** A person left one household for another (one move); the regions are the two households' regions at the time. */
public record PersonMovedHousehold(UUID personId, UUID fromHouseholdId, String fromRegionCode, UUID toHouseholdId,
                                   String toRegionCode, boolean counted) {
}
