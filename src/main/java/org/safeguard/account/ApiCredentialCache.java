package org.safeguard.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Remembers, for a short while, that a username and password were verified, so HTTP Basic API calls
 * need not run Argon2 on every request. Only a keyed MAC of the credentials is kept (the key is random
 * per process and never leaves memory), bound to the password hash that was checked: a changed password
 * no longer matches even before the entry is forgotten. The account itself is loaded on every request
 * by the caller, so a disabled or locked account is refused at once.
 */
@Component
class ApiCredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, String passwordHash, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    ApiCredentialCache(AccountSettings settings, Clock clock) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.ttl = settings.apiCredentialCache() == null ? Duration.ZERO : settings.apiCredentialCache();
        this.clock = clock;
    }

    /** True when these exact credentials were verified against this exact password hash within the TTL. */
    boolean matches(String username, String password, String passwordHash) {
        Entry entry = entries.get(username);
        // UTF-8 replaces a lone surrogate with '?', so such a password would share the MAC of a real one
        if (entry == null || passwordHash == null || password == null || !PasswordPolicy.wellFormed(password)) {
            return false;
        }
        if (!entry.expiresAt().isAfter(clock.instant())) {
            entries.remove(username, entry);
            return false;
        }
        return entry.passwordHash().equals(passwordHash) && MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    void remember(String username, String password, String passwordHash) {
        if (ttl.isZero() || ttl.isNegative() || passwordHash == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password), passwordHash, clock.instant().plus(ttl)));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
