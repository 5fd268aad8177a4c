package org.safeguard.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs demo work as a demo staff member: their account is loaded like at sign-in and put in the security context for
 * the duration of the work, so the use cases check their permissions and region, and the audit trail records them.
 */
@Component
class DemoRunAs {

    private final UserDetailsService users;

    DemoRunAs(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
