package org.safeguard.payment;

import java.util.UUID;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Region scope: a payroll outside the caller's subtree does not exist for them (404). */
@Component
class PayrollAccess {

    private final PayrollStore store;
    private final CurrentStaff currentStaff;

    PayrollAccess(PayrollStore store, CurrentStaff currentStaff) {
        this.store = store;
        this.currentStaff = currentStaff;
    }

    StaffPrincipal staff() {
        return currentStaff.get();
    }

    PayrollStore.PayrollRow visible(UUID id) {
        return store.find(id).filter(p -> staff().canSee(RegionCode.of(p.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("payroll"));
    }

    /** Locks the payroll for a state change, after the scope check. */
    PayrollStore.PayrollRow lockVisible(UUID id) {
        visible(id);
        return store.lock(id).orElseThrow(() -> SafeguardException.notFound("payroll"));
    }
}
