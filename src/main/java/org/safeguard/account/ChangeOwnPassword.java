package org.safeguard.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user replaces their own password: the current one must be given (a left-open session is not
 * enough), the new one must pass the policy and differ from the current one. It ends a temporary-password
 * obligation, and the account's other sessions and cached API credentials end.
 */
@Service
public class ChangeOwnPassword {

    private final CurrentStaff currentStaff;
    private final StaffAccounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    ChangeOwnPassword(CurrentStaff currentStaff, StaffAccounts accounts, PasswordPolicy policy, PasswordEncoder encoder,
                      AccountSessions sessions, AuditTrail audit, Clock clock) {
        this.currentStaff = currentStaff;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void change(String currentPassword, String newPassword, String confirmation, String keepSessionId) {
        StaffAccount account = accounts.findById(currentStaff.get().accountId())
                .orElseThrow(() -> SafeguardException.notFound("account"));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(FieldProblem.of("currentPassword", "CURRENT_PASSWORD_WRONG"));
        }
        policy.check(newPassword, account.username()).ifPresent(code -> problems.add(FieldProblem.of("newPassword", code)));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            problems.add(FieldProblem.of("newPassword", "PASSWORD_UNCHANGED"));
        }
        if (confirmation != null && !confirmation.equals(newPassword)) {
            problems.add(FieldProblem.of("confirmPassword", "PASSWORD_CONFIRMATION_DIFFERS"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        accounts.setPassword(account.id(), encoder.encode(newPassword), clock.instant());
        audit.record(AuditRecord.of("STAFF_PASSWORD_CHANGED", "STAFF_ACCOUNT", account.id())
                .detail("username", account.username()).detail("wasTemporary", account.passwordMustChange()));
        sessions.endAllExcept(account, keepSessionId);
    }
}
