package org.safeguard.household;

import java.util.UUID;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * Object-level access: a household outside the caller's subtree does not exist for them (404, not 403,
 * so ids cannot be probed).
 */
@Component
class HouseholdScope {

    private final HouseholdStore store;
    private final CurrentStaff currentStaff;

    HouseholdScope(HouseholdStore store, CurrentStaff currentStaff) {
        this.store = store;
        this.currentStaff = currentStaff;
    }

    StaffPrincipal staff() {
        return currentStaff.get();
    }

    void requireVisible(UUID householdId) {
        String region = store.regionOf(householdId).orElseThrow(() -> SafeguardException.notFound("household"));
        if (!staff().canSee(RegionCode.of(region))) {
            throw SafeguardException.notFound("household");
        }
    }

    /** A region the caller tries to write into must be inside their subtree. */
    void requireWritable(RegionCode region, String field) {
        if (!staff().canSee(region)) {
            throw SafeguardException.invalid(org.safeguard.shared.FieldProblem.of(field, "REGION_OUT_OF_SCOPE"));
        }
    }
}
