package org.safeguard.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Length-based policy (ASVS 5): minimum and maximum length, no common or context passwords. An
 * optional character-class rule serves MLPS assessors who require composition.
 */
@Component
public class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password", "password123", "123456789012", "qwertyuiop12",
            "iloveyou1234", "admin1234567", "welcome12345", "safeguard123", "dibao1234567", "minzheng1234",
            "abcdefghijkl", "111111111111", "000000000000", "passw0rd1234", "changeme1234", "letmein12345");
    private static final Set<String> CONTEXT_WORDS = Set.of("safeguard", "dibao", "minzheng", "hubei", "wuhan", "12349");

    private final AccountSettings settings;

    PasswordPolicy(AccountSettings settings) {
        this.settings = settings;
    }

    /** The problem code, when the password is refused. */
    public Optional<String> check(String password, String username) {
        if (password == null || password.length() < settings.passwordMinLength()) {
            return Optional.of("PASSWORD_TOO_SHORT");
        }
        if (password.length() > settings.passwordMaxLength()) {
            return Optional.of("PASSWORD_TOO_LONG");
        }
        if (!wellFormed(password)) {
            return Optional.of("PASSWORD_INVALID_CHARACTERS");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of("PASSWORD_TOO_COMMON");
        }
        if (CONTEXT_WORDS.stream().anyMatch(w -> lower.equals(w) || lower.replaceAll("[^a-z]", "").equals(w))) {
            return Optional.of("PASSWORD_TOO_COMMON");
        }
        if (classes(password) < settings.passwordCompositionClasses()) {
            return Optional.of("PASSWORD_COMPOSITION");
        }
        return Optional.empty();
    }

    /**
     * A lone surrogate cannot be encoded as UTF-8, so the hash function would throw; a control character cannot be
     * typed at the sign-in form. Neither can be a password someone is able to use.
     */
    static boolean wellFormed(CharSequence password) {
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < password.length() && Character.isLowSurrogate(password.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static int classes(String p) {
        int lower = p.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        int upper = p.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        int digit = p.chars().anyMatch(Character::isDigit) ? 1 : 0;
        int other = p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return lower + upper + digit + other;
    }
}
