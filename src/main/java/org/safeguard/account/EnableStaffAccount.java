package org.safeguard.account;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enables a disabled account in the administrator's scope. */
@Service
public class EnableStaffAccount {

    private final AdminScope scope;
    private final StaffAccounts accounts;
    private final AuditTrail audit;

    EnableStaffAccount(AdminScope scope, StaffAccounts accounts, AuditTrail audit) {
        this.scope = scope;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public void enable(long id) {
        var admin = scope.admin();
        StaffAccount target = scope.account(admin, id);
        if (!target.enabled()) {
            accounts.setEnabled(id, true);
            audit.record(AuditRecord.of("STAFF_ACCOUNT_ENABLED", "STAFF_ACCOUNT", id).detail("username", target.username()));
        }
    }
}
