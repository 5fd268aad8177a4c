package org.safeguard.household.importing;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.StaffPrincipal;

/**
 * Who imports and into which subtree. Staff imports take it from the signed-in user; the demo loader acts as
 * {@link #system(RegionCode)}.
 */
public record ImportScope(String actor, RegionCode region, boolean system) {

    public static ImportScope of(StaffPrincipal staff) {
        return new ImportScope(staff.username(), staff.homeRegion(), false);
    }

    public static ImportScope system(RegionCode region) {
        return new ImportScope("system", region, true);
    }

    public boolean contains(RegionCode code) {
        return region.contains(code);
    }
}
