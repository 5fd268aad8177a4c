package org.safeguard.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a staff account after checking the username, role, region and password policy. When an
 * administrator is acting (not first-start data), the home region must lie inside their own subtree.
 */
@Service
public class CreateStaffAccount {

    public record NewAccount(String username, String displayName, Role role, String department, String homeRegion,
                             String password) {
        @Override
        public String toString() {
            return "NewAccount[" + username + ", " + role + "]";
        }
    }

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final AccountSettings settings;

    CreateStaffAccount(StaffAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy, RegionCatalog regions,
                       AuditTrail audit, Clock clock, CurrentStaff currentStaff, AccountSettings settings) {
        this.settings = settings;
        this.currentStaff = currentStaff;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The first administrator of a production installation. Its password comes from deployment configuration, so
     * it must be replaced at the first sign-in; it does not expire, since nobody knows when that will be.
     */
    @Transactional
    public long createFirstAdministrator(NewAccount a) {
        long id = create(a);
        accounts.setTemporaryPassword(id, encoder.encode(a.password()), clock.instant(), null);
        return id;
    }

    @Transactional
    public long create(NewAccount a) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.username() == null || !a.username().matches("[a-z][a-z0-9._-]{2,63}")) {
            problems.add(FieldProblem.of("username", "USERNAME_FORMAT"));
        }
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
            currentStaff.find().ifPresent(admin -> AdminScope.checkRegion(admin, a.homeRegion(), "homeRegion", problems));
        }
        policy.check(a.password(), a.username()).ifPresent(code -> problems.add(FieldProblem.of("password", code)));
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        if (accounts.findByUsername(a.username()).isPresent()) {
            throw new SafeguardException(ProblemCode.CONFLICT, "problem.usernameTaken", List.of(),
                    List.of(FieldProblem.of("username", "USERNAME_TAKEN")));
        }
        long id = accounts.insert(a.username(), encoder.encode(a.password()), a.displayName().strip(), a.role(),
                a.role() == Role.DEPARTMENT_LIAISON ? a.department().strip() : null, RegionCode.of(a.homeRegion()),
                Locale.SIMPLIFIED_CHINESE, clock.instant());
        boolean byAdministrator = currentStaff.find().isPresent();
        if (byAdministrator) {
            // the administrator knows this password, so it is only a temporary one (security.md A10)
            accounts.setTemporaryPassword(id, encoder.encode(a.password()), clock.instant(),
                    clock.instant().plus(settings.temporaryPasswordValidity()));
        }
        audit.record(AuditRecord.of("STAFF_ACCOUNT_CREATED", "STAFF_ACCOUNT", id)
                .detail("username", a.username()).detail("role", a.role().name()).detail("homeRegion", a.homeRegion()));
        return id;
    }
}
