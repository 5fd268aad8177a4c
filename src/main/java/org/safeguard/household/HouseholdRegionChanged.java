package org.safeguard.household;

import java.util.UUID;

/** The household's registered region changed; every copy of its region elsewhere is stale from now on. */
public record HouseholdRegionChanged(UUID householdId, String fromRegionCode, String toRegionCode) {
}
