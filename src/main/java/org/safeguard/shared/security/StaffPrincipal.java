package org.safeguard.shared.security;

import java.io.Serializable;
import java.util.Locale;

import org.safeguard.shared.RegionCode;

/** The acting staff member, as every module sees it. */
public record StaffPrincipal(long accountId, String username, Role role, String department,
                             RegionCode homeRegion, Locale locale) implements Serializable {

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    public boolean canSee(RegionCode region) {
        return homeRegion.contains(region);
    }

    /** The SQL LIKE pattern that limits a query to this member's subtree. */
    public String scopeLikePattern() {
        return homeRegion.subtreePrefix() + "%";
    }
}
