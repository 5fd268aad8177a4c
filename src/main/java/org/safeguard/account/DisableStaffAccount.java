package org.safeguard.account;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Disables an account in the administrator's scope and ends its sessions. An administrator cannot disable themselves. */
@Service
public class DisableStaffAccount {

    private final AdminScope scope;
    private final StaffAccounts accounts;
    private final AccountSessions sessions;
    private final AuditTrail audit;

    DisableStaffAccount(AdminScope scope, StaffAccounts accounts, AccountSessions sessions, AuditTrail audit) {
        this.scope = scope;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    public void disable(long id) {
        var admin = scope.admin();
        StaffAccount target = scope.account(admin, id);
        AdminScope.refuseOnSelf(admin, target, "problem.selfDisable");
        if (target.enabled()) {
            accounts.setEnabled(id, false);
            audit.record(AuditRecord.of("STAFF_ACCOUNT_DISABLED", "STAFF_ACCOUNT", id).detail("username", target.username()));
        }
        sessions.endAll(target);
    }
}
