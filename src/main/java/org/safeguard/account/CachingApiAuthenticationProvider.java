package org.safeguard.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for the API chain. Loads the account on every request (so enabled, locked, role and
 * region are always current) and runs the usual pre-checks; only the password hash comparison is
 * skipped when {@link ApiCredentialCache} saw the same credentials verified recently.
 */
class CachingApiAuthenticationProvider extends DaoAuthenticationProvider {

    private final ApiCredentialCache cache;

    CachingApiAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, ApiCredentialCache cache) {
        super(users);
        setPasswordEncoder(encoder);
        this.cache = cache;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials != null && cache.matches(user.getUsername(), credentials.toString(), user.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(user, authentication);
        cache.remember(user.getUsername(), credentials.toString(), user.getPassword());
    }
}
