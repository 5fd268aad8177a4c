package org.safeguard.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The registry recorded a person's date of death. {@code householdId} and {@code regionCode} are the household the
 * person was an active member of (null when none). {@code source} is CHANGE_REPORT or DEPARTMENT_DATA.
 */
public record PersonDied(UUID personId, UUID householdId, String regionCode, LocalDate dateOfDeath, String source) {
}
