package org.safeguard.beneficiary;

import org.safeguard.policy.EmergencyFlagEnded;
import org.safeguard.shared.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Releases what an emergency flag held in the caseload once it ends (after the ending commits; a repeat delivery
 * changes nothing): suspended exits become decidable, extended reviews fall due.
 */
@Component
class EmergencyEndListener {

    private final ExitSuspensionRelease release;

    EmergencyEndListener(ExitSuspensionRelease release) {
        this.release = release;
    }

    @ApplicationModuleListener
    void on(EmergencyFlagEnded ended) {
        switch (ended.flag()) {
            case EXITS_SUSPENDED -> release.releaseQueuedExits(RegionCode.of(ended.regionCode()), ended.declarationId());
            case REVIEWS_EXTENDED -> release.reviewsFallDue();
            default -> {
                // Other flags hold nothing in the dibao caseload.
            }
        }
    }
}
