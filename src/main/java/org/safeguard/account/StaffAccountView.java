package org.safeguard.account;

import java.time.Instant;
import java.util.Locale;

import org.safeguard.shared.security.Role;

/** A staff account as administrators see it: never the password hash. */
public record StaffAccountView(long id, String username, String displayName, Role role, String department,
                               String homeRegion, boolean enabled, boolean locked, int failedAttempts,
                               Instant lockedUntil, Locale locale, Instant passwordChangedAt, Instant createdAt,
                               int version) {

    static StaffAccountView of(StaffAccount a, Instant now) {
        return new StaffAccountView(a.id(), a.username(), a.displayName(), a.role(), a.department(),
                a.homeRegion().value(), a.enabled(), a.lockedAt(now), a.failedAttempts(),
                a.lockedAt(now) ? a.lockedUntil() : null, a.locale(), a.passwordChangedAt(), a.createdAt(), a.version());
    }
}
