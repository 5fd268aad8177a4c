package org.safeguard.account;

import java.time.Clock;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts consecutive failures, locks the account after the configured number, and audits logins. */
@Component
class LoginAttempts {

    private final StaffAccounts accounts;
    private final AuditTrail audit;
    private final AccountSettings settings;
    private final Clock clock;
    private final ClientThrottle throttle;

    LoginAttempts(StaffAccounts accounts, AuditTrail audit, AccountSettings settings, Clock clock, ClientThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        var account = accounts.findByUsername(username);
        String reason = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(details.getRemoteAddress());
        }
        if (account.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailedAttempt(account.get().id(), settings.maxFailedAttempts(),
                    clock.instant().plus(settings.lockout()));
            if (account.get().failedAttempts() + 1 == settings.maxFailedAttempts()) {
                audit.record(AuditRecord.of("ACCOUNT_LOCKED", "STAFF_ACCOUNT", account.get().id()).actingAs(username)
                        .detail("minutes", settings.lockout().toMinutes()));
            }
        }
        // The username is recorded only when it names a real account, so typos of passwords are not logged.
        audit.record(AuditRecord.of("LOGIN_FAILED", "STAFF_ACCOUNT", account.map(StaffAccount::id).orElse(null))
                .actingAs(account.isPresent() ? username : "anonymous").outcome(AuditRecord.Outcome.FAILURE)
                .detail("reason", reason));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffUserDetails user) {
            accounts.resetFailedAttempts(user.principal().accountId());
        }
    }

    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffUserDetails user) {
            audit.record(AuditRecord.of("LOGIN", "STAFF_ACCOUNT", user.principal().accountId()).actingAs(user.getUsername()));
        }
    }
}
