package org.safeguard.policy;

import java.time.LocalDate;
import java.util.Set;

/**
 * A declaration no longer applies from {@code endsOn} (its last day is the day before). Published with one
 * {@link EmergencyFlagEnded} per flag it held, in the ending transaction.
 */
public record EmergencyDeclarationEnded(long declarationId, String regionCode, LocalDate endsOn, Set<EmergencyFlag> flags) {
}
