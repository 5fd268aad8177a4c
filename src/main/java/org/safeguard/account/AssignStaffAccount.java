package org.safeguard.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an account's role, department, home region and display name. The change applies to the
 * member's next request (the session is refreshed from the account). An administrator cannot change
 * their own role or home region, so nobody demotes or locks out the last administrator by accident.
 */
@Service
public class AssignStaffAccount {

    public record Assignment(Role role, String department, String homeRegion, String displayName, Integer version) {
    }

    private final AdminScope scope;
    private final StaffAccounts accounts;
    private final RegionCatalog regions;
    private final AuditTrail audit;

    AssignStaffAccount(AdminScope scope, StaffAccounts accounts, RegionCatalog regions, AuditTrail audit) {
        this.scope = scope;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public void assign(long id, Assignment a) {
        var admin = scope.admin();
        StaffAccount target = scope.account(admin, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (a.displayName() == null || a.displayName().isBlank() || a.displayName().length() > 100) {
            problems.add(FieldProblem.of("displayName", "REQUIRED"));
        }
        if (a.role() == null) {
            problems.add(FieldProblem.of("role", "REQUIRED"));
        } else if (a.role() == Role.DEPARTMENT_LIAISON && (a.department() == null || a.department().isBlank())) {
            problems.add(FieldProblem.of("department", "DEPARTMENT_REQUIRED"));
        }
        if (!regions.exists(a.homeRegion())) {
            problems.add(FieldProblem.of("homeRegion", "UNKNOWN_REGION"));
        } else {
            AdminScope.checkRegion(admin, a.homeRegion(), "homeRegion", problems);
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        if (a.version() == null) {
            throw org.safeguard.shared.web.Versions.missing();
        }
        if (a.version() != target.version()) {
            throw SafeguardException.conflict(ProblemCode.STALE_VERSION, "problem.staleVersion");
        }
        String department = a.role() == Role.DEPARTMENT_LIAISON ? a.department().strip() : null;
        if (admin.accountId() == target.id()
                && (a.role() != target.role() || !a.homeRegion().equals(target.homeRegion().value()))) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "problem.selfDemote");
        }
        accounts.assign(id, a.role(), department, RegionCode.of(a.homeRegion()), a.displayName().strip());
        audit.record(AuditRecord.of("STAFF_ACCOUNT_ASSIGNED", "STAFF_ACCOUNT", id)
                .detail("username", target.username())
                .detail("before", summary(target.role(), target.department(), target.homeRegion().value()))
                .detail("after", summary(a.role(), department, a.homeRegion()))
                .detail("displayNameChanged", !Objects.equals(target.displayName(), a.displayName().strip())));
    }

    private static String summary(Role role, String department, String region) {
        return role.name() + (department == null ? "" : "/" + department) + "@" + region;
    }
}
