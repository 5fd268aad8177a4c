package org.safeguard.account;

import java.time.Clock;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets a temporary password (it must pass the policy): its holder must replace it at the next
 * sign-in, and it stops working after {@code safeguard.account.temporary-password-validity}. The lockout is
 * cleared and the account's other sessions and cached API credentials end. The audit entry never contains the password.
 */
@Service
public class ResetStaffPassword {

    private final AdminScope scope;
    private final StaffAccounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountSettings settings;

    ResetStaffPassword(AdminScope scope, StaffAccounts accounts, PasswordPolicy policy, PasswordEncoder encoder,
                       AccountSessions sessions, AuditTrail audit, Clock clock, AccountSettings settings) {
        this.settings = settings;
        this.scope = scope;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void reset(long id, String password) {
        var admin = scope.admin();
        StaffAccount target = scope.account(admin, id);
        policy.check(password, target.username()).ifPresent(code -> {
            throw SafeguardException.invalid(FieldProblem.of("password", code));
        });
        if (admin.accountId() == target.id()) {
            accounts.setPassword(id, encoder.encode(password), clock.instant());
        } else {
            accounts.setTemporaryPassword(id, encoder.encode(password), clock.instant(),
                    clock.instant().plus(settings.temporaryPasswordValidity()));
        }
        accounts.resetFailedAttempts(id);
        audit.record(AuditRecord.of("STAFF_PASSWORD_RESET", "STAFF_ACCOUNT", id).detail("username", target.username()));
        if (admin.accountId() == target.id()) {
            sessions.forgetCredentials(target);
        } else {
            sessions.endAll(target);
        }
    }
}
