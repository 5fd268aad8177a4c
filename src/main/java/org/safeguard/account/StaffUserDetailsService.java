package org.safeguard.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> new StaffUserDetails(a.principal(), a.passwordHash(), a.enabled(), a.lockedAt(clock.instant()),
                        a.temporaryPasswordExpiredAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
