package org.safeguard.account;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lifts a lockout before it expires and clears the failed-attempt count. */
@Service
public class UnlockStaffAccount {

    private final AdminScope scope;
    private final StaffAccounts accounts;
    private final AuditTrail audit;

    UnlockStaffAccount(AdminScope scope, StaffAccounts accounts, AuditTrail audit) {
        this.scope = scope;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public void unlock(long id) {
        var admin = scope.admin();
        StaffAccount target = scope.account(admin, id);
        accounts.resetFailedAttempts(id);
        audit.record(AuditRecord.of("STAFF_ACCOUNT_UNLOCKED", "STAFF_ACCOUNT", id).detail("username", target.username())
                .detail("failedAttempts", target.failedAttempts()));
    }
}
