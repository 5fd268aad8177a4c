package org.safeguard.policy;

import java.util.List;

/**
 * The emergency flags in force for a region on a date: each flag is on when any declaration for the region
 * or one of its ancestors that covers the date has it on. {@code declarationIds} says which declarations.
 */
public record EmergencyFlags(boolean remoteInvestigationAllowed, boolean exitsSuspended,
                             boolean approvalDevolvedToTownship, boolean periodicReviewsExtended,
                             List<Long> declarationIds) {

    public static final EmergencyFlags NONE = new EmergencyFlags(false, false, false, false, List.of());

    public boolean any() {
        return remoteInvestigationAllowed || exitsSuspended || approvalDevolvedToTownship || periodicReviewsExtended;
    }
}
