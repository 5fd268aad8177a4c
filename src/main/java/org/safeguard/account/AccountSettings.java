package org.safeguard.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and password rules. The defaults follow MLPS level 3 (5 failures, 30 minutes) and ASVS 5
 * (length over composition); {@code composition-classes} exists for assessors who ask for it.
 * {@code api-credential-cache} is how long a verified HTTP Basic credential skips the Argon2 check
 * (0 turns the cache off; keep it at 60 s or less). {@code temporary-password-validity} is how long a password
 * set by an administrator works before its holder must have replaced it (security.md A10: 72 h).
 * {@code failures-per-client} failed sign-ins (form or HTTP Basic) per client address within {@code failure-window}
 * are allowed; beyond that the address gets 429 without its passwords being tried, so it cannot lock every account.
 */
@ConfigurationProperties("safeguard.account")
public record AccountSettings(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("30m") Duration lockout,
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("128") int passwordMaxLength,
        @DefaultValue("0") int passwordCompositionClasses,
        @DefaultValue("60s") Duration apiCredentialCache,
        @DefaultValue("72h") Duration temporaryPasswordValidity,
        @DefaultValue("20") int failuresPerClient,
        @DefaultValue("15m") Duration failureWindow) {
}
