package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The cache skips only the hash comparison; everything else is checked on every call. */
class CachingApiAuthenticationProviderTest {

    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder delegate = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    final CountingEncoder encoder = new CountingEncoder();
    final AtomicReference<UserDetails> stored = new AtomicReference<>();
    final ApiCredentialCache cache = new ApiCredentialCache(
            new AccountSettings(5, Duration.ofMinutes(30), 12, 128, 0, Duration.ofSeconds(60), Duration.ofHours(72), 20, Duration.ofMinutes(15)), clock);
    final CachingApiAuthenticationProvider provider = new CachingApiAuthenticationProvider(u -> stored.get(), encoder, cache);

    private void store(String password, boolean enabled, boolean locked) {
        stored.set(User.withUsername("alice").password(encoder.encode(password)).authorities("DASHBOARD")
                .disabled(!enabled).accountLocked(locked).build());
    }

    private void authenticate(String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", password));
    }

    @Test
    void aRepeatedCorrectPasswordSkipsTheEncoderUntilTheEntryExpires() {
        store("Right-Password-1", true, false);
        authenticate("Right-Password-1");
        authenticate("Right-Password-1");
        authenticate("Right-Password-1");
        assertThat(encoder.matches.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        authenticate("Right-Password-1");
        assertThat(encoder.matches.get()).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndRefused() {
        store("Right-Password-1", true, false);
        authenticate("Right-Password-1");
        assertThatThrownBy(() -> authenticate("Right-Password-2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("right-password-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches.get()).isEqualTo(3);
        authenticate("Right-Password-1");
        assertThat(encoder.matches.get()).isEqualTo(3);
    }

    @Test
    void aDisabledOrLockedAccountIsRefusedDespiteACachedCredential() {
        store("Right-Password-1", true, false);
        authenticate("Right-Password-1");
        String hash = stored.get().getPassword();
        stored.set(User.withUsername("alice").password(hash).authorities("DASHBOARD").disabled(true).build());
        assertThatThrownBy(() -> authenticate("Right-Password-1")).isInstanceOf(DisabledException.class);
        stored.set(User.withUsername("alice").password(hash).authorities("DASHBOARD").accountLocked(true).build());
        assertThatThrownBy(() -> authenticate("Right-Password-1")).isInstanceOf(LockedException.class);
    }

    @Test
    void aChangedPasswordInvalidatesTheCachedCredentialEvenIfNobodyForgetsIt() {
        store("Right-Password-1", true, false);
        authenticate("Right-Password-1");
        store("Other-Password-2", true, false);
        assertThatThrownBy(() -> authenticate("Right-Password-1")).isInstanceOf(BadCredentialsException.class);
        authenticate("Other-Password-2");
    }

    @Test
    void forgettingAnEntryForcesAFullCheck() {
        store("Right-Password-1", true, false);
        authenticate("Right-Password-1");
        cache.forget("alice");
        authenticate("Right-Password-1");
        assertThat(encoder.matches.get()).isEqualTo(2);
    }

    @Test
    void aZeroLifetimeTurnsTheCacheOff() {
        var off = new ApiCredentialCache(new AccountSettings(5, Duration.ofMinutes(30), 12, 128, 0, Duration.ZERO, Duration.ofHours(72), 20, Duration.ofMinutes(15)), clock);
        var uncached = new CachingApiAuthenticationProvider(u -> stored.get(), encoder, off);
        store("Right-Password-1", true, false);
        uncached.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "Right-Password-1"));
        uncached.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "Right-Password-1"));
        assertThat(encoder.matches.get()).isEqualTo(2);
    }
}
