package org.safeguard.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The hash functions encode the raw password as UTF-8 and throw on a lone surrogate, which surfaced as a 500 on
 * any API call that checks a password. A password that cannot be encoded never matches a stored hash.
 */
final class WellFormedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    WellFormedPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (rawPassword != null && !PasswordPolicy.wellFormed(rawPassword)) {
            throw new IllegalArgumentException("password is not well-formed text");
        }
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword != null && !PasswordPolicy.wellFormed(rawPassword)) {
            return false;
        }
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
