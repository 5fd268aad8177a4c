package org.safeguard.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password rules. The defaults follow MLPS level 3 (5 failures, 30 minutes) and ASVS 5
 * (length over composition); {@code composition-classes} exists for assessors who ask for it.
 */
@ConfigurationProperties("safeguard.account")
public record AccountSettings(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("30m") Duration lockout,
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("128") int passwordMaxLength,
        @DefaultValue("0") int passwordCompositionClasses) {
}
