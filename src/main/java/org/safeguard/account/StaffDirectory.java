package org.safeguard.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading staff accounts for administration, limited to the administrator's subtree. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final AdminScope scope;
    private final StaffAccounts accounts;
    private final Clock clock;

    StaffDirectory(AdminScope scope, StaffAccounts accounts, Clock clock) {
        this.scope = scope;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<StaffAccountView> list() {
        var admin = scope.admin();
        Instant now = clock.instant();
        return accounts.findInScope(admin.scopeLikePattern()).stream().map(a -> StaffAccountView.of(a, now)).toList();
    }

    public StaffAccountView find(long id) {
        var admin = scope.admin();
        return StaffAccountView.of(scope.account(admin, id), clock.instant());
    }
}
