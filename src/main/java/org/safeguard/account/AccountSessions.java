package org.safeguard.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends what an account has open: its browser sessions (expired in the registry, so the next request
 * lands on the login page) and any cached API credential. The {@link AccountRefreshFilter} is the
 * second line: it also logs out a disabled account at its next request.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;
    private final ApiCredentialCache credentials;

    AccountSessions(SessionRegistry registry, ApiCredentialCache credentials) {
        this.registry = registry;
        this.credentials = credentials;
    }

    void endAll(StaffAccount account) {
        credentials.forget(account.username());
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StaffUserDetails user && user.principal().accountId() == account.id()) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    /** Every session of the account but the one the change was made in (null: all of them). */
    void endAllExcept(StaffAccount account, String keepSessionId) {
        credentials.forget(account.username());
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StaffUserDetails user && user.principal().accountId() == account.id()) {
                registry.getAllSessions(principal, false).stream()
                        .filter(s -> !s.getSessionId().equals(keepSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    void forgetCredentials(StaffAccount account) {
        credentials.forget(account.username());
    }
}
