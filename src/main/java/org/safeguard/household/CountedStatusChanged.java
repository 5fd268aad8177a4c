package org.safeguard.household;

import java.util.UUID;

/** A member is now counted (or no longer counted) in the household; {@code exclusionReason} is null when counted. */
public record CountedStatusChanged(UUID householdId, UUID personId, boolean counted, String exclusionReason) {
}
