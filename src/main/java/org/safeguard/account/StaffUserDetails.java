package org.safeguard.account;

import java.util.Collection;
import java.util.List;

import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: authorities are the role's permissions plus {@code ROLE_<role>}. */
public final class StaffUserDetails implements UserDetails, CredentialsContainer {

    private final StaffPrincipal principal;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean credentialsExpired;

    StaffUserDetails(StaffPrincipal principal, String passwordHash, boolean enabled, boolean locked) {
        this(principal, passwordHash, enabled, locked, false);
    }

    StaffUserDetails(StaffPrincipal principal, String passwordHash, boolean enabled, boolean locked, boolean credentialsExpired) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.credentialsExpired = credentialsExpired;
    }

    public StaffPrincipal principal() {
        return principal;
    }

    static List<GrantedAuthority> authoritiesOf(StaffPrincipal principal) {
        var list = new java.util.ArrayList<GrantedAuthority>();
        list.add(new SimpleGrantedAuthority("ROLE_" + principal.role().name()));
        principal.role().permissions().forEach(p -> list.add(new SimpleGrantedAuthority(p.name())));
        return list;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(principal);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return !credentialsExpired;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by account, so the session registry groups all sessions of one account however often it is refreshed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUserDetails that && that.principal.accountId() == principal.accountId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(principal.accountId());
    }

    @Override
    public String toString() {
        return "StaffUserDetails[" + principal.username() + "]";
    }
}
