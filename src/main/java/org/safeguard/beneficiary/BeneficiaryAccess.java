package org.safeguard.beneficiary;

import java.util.UUID;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Region scope: a beneficiary outside the caller's subtree does not exist for them (404). */
@Component
class BeneficiaryAccess {

    private final BeneficiaryStore store;
    private final CurrentStaff currentStaff;

    BeneficiaryAccess(BeneficiaryStore store, CurrentStaff currentStaff) {
        this.store = store;
        this.currentStaff = currentStaff;
    }

    StaffPrincipal staff() {
        return currentStaff.get();
    }

    /**
     * The household, if the caller's subtree holds it. Without a staff member (an event listener, the schedule, demo
     * data) the caller is the system itself and is not scoped.
     */
    BeneficiaryStore.BeneficiaryRow visible(UUID householdId) {
        return store.find(householdId).filter(b -> currentStaff.find().map(s -> s.canSee(RegionCode.of(b.regionCode())))
                        .orElse(true))
                .orElseThrow(() -> SafeguardException.notFound("beneficiary"));
    }

    /** Locks the row for a change, after the scope check. */
    BeneficiaryStore.BeneficiaryRow lockVisible(UUID householdId) {
        visible(householdId);
        return store.lock(householdId).orElseThrow(() -> SafeguardException.notFound("beneficiary"));
    }
}
