package org.safeguard.account;

import java.util.List;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * The administrator's reach: accounts whose home region lies inside the administrator's own subtree.
 * Anything else answers "not found", so ids outside the scope reveal nothing.
 */
@Component
class AdminScope {

    private final CurrentStaff currentStaff;
    private final StaffAccounts accounts;

    AdminScope(CurrentStaff currentStaff, StaffAccounts accounts) {
        this.currentStaff = currentStaff;
        this.accounts = accounts;
    }

    StaffPrincipal admin() {
        StaffPrincipal staff = currentStaff.find().orElseThrow(SafeguardException::forbidden);
        if (!staff.may(Permission.USER_ADMIN)) {
            throw SafeguardException.forbidden();
        }
        return staff;
    }

    /** The account for update: the row as it is now, or 404 when it does not exist or lies outside the scope. */
    StaffAccount account(StaffPrincipal admin, long id) {
        return accounts.findById(id).filter(a -> admin.canSee(a.homeRegion()))
                .orElseThrow(() -> SafeguardException.notFound("staff account"));
    }

    /** Adds a field problem when {@code region} is not a 12-digit code inside the administrator's subtree. */
    static void checkRegion(StaffPrincipal admin, String region, String field, List<FieldProblem> problems) {
        if (RegionCode.isWellFormed(region) && !admin.canSee(RegionCode.of(region))) {
            problems.add(FieldProblem.of(field, "REGION_OUT_OF_SCOPE"));
        }
    }

    static void refuseOnSelf(StaffPrincipal admin, StaffAccount target, String messageKey) {
        if (admin.accountId() == target.id()) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, messageKey);
        }
    }
}
