package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new AccountSettings(5, Duration.ofMinutes(30), 12, 128, 0,
            Duration.ofSeconds(60), Duration.ofHours(72), 20, Duration.ofMinutes(15)));

    @Test
    void aLoneSurrogateOrAControlCharacterIsNotAPasswordAnyoneCanType() {
        assertThat(policy.check("Long-enough-\ud800-pass", "someone")).contains("PASSWORD_INVALID_CHARACTERS");
        assertThat(policy.check("Long-enough-\u0000-pass", "someone")).contains("PASSWORD_INVALID_CHARACTERS");
        assertThat(policy.check("Long-enough-\ud83d\ude00-pass", "someone")).isEmpty();
    }

    @Test
    void theEncoderNeverThrowsOnAPasswordItCannotEncodeItJustDoesNotMatch() {
        var encoder = new WellFormedPasswordEncoder(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4));
        String hash = encoder.encode("Long-enough-?-pass");
        assertThat(encoder.matches("Long-enough-\ud800-pass", hash)).isFalse();
        assertThat(encoder.matches("Long-enough-?-pass", hash)).isTrue();
    }
}
