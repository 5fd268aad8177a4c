package org.safeguard.account;

import java.time.Instant;
import java.util.Locale;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.Role;
import org.safeguard.shared.security.StaffPrincipal;

public record StaffAccount(long id, String username, String passwordHash, String displayName, Role role,
                           String department, RegionCode homeRegion, boolean enabled, int failedAttempts,
                           Instant lockedUntil, Locale locale, Instant passwordChangedAt, Instant createdAt,
                           int version, boolean passwordMustChange, Instant passwordExpiresAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A temporary password set by an administrator that was not replaced in time no longer signs in. */
    public boolean temporaryPasswordExpiredAt(Instant now) {
        return passwordMustChange && passwordExpiresAt != null && !passwordExpiresAt.isAfter(now);
    }

    public StaffPrincipal principal() {
        return new StaffPrincipal(id, username, role, department, homeRegion, locale);
    }

    @Override
    public String toString() {
        return "StaffAccount[" + id + ", " + username + ", " + role + "]";
    }
}
