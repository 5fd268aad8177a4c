package org.safeguard.policy;

import java.time.LocalDate;

/**
 * A declaration stopped holding a flag in the region's subtree from {@code endsOn}: it was ended, or an approved
 * amendment dropped or shortened the flag. Holders release what they held (queued exits become decidable, extended
 * reviews fall due); another declaration may still hold the flag, so listeners ask {@link EmergencyOverlay} again.
 */
public record EmergencyFlagEnded(long declarationId, String regionCode, EmergencyFlag flag, LocalDate endsOn) {
}
