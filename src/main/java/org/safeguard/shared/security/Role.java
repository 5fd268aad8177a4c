package org.safeguard.shared.security;

import java.util.EnumSet;
import java.util.Set;

import static org.safeguard.shared.security.Permission.*;

/**
 * Staff roles and what each may do. This table is the single source of function-level access;
 * the README's role table is written from it and {@code RolePermissionTableTest} keeps them in step.
 */
public enum Role {
    SYSTEM_ADMIN(EnumSet.of(REGION_READ, REGION_ADMIN, USER_ADMIN, AUDIT_READ, DASHBOARD)),
    COUNTY_REVIEWER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, PERSONAL_DATA_REVEAL, PAYROLL_READ, DASHBOARD)),
    TOWNSHIP_CASEWORKER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, HOUSEHOLD_WRITE, HOUSEHOLD_IMPORT,
            PERSONAL_DATA_REVEAL, DASHBOARD)),
    COMMUNITY_WORKER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, HOUSEHOLD_WRITE, PERSONAL_DATA_REVEAL, DASHBOARD)),
    HOTLINE_OPERATOR(EnumSet.of(REGION_READ, HOUSEHOLD_READ, DASHBOARD)),
    DEPARTMENT_LIAISON(EnumSet.of(REGION_READ, DASHBOARD)),
    FINANCE_OFFICER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, PAYROLL_READ, PAYROLL_GENERATE, PAYROLL_APPROVE,
            PAYROLL_EXPORT, PAYROLL_RECONCILE, DASHBOARD)),
    AUDITOR(EnumSet.of(REGION_READ, HOUSEHOLD_READ, AUDIT_READ, PAYROLL_READ, DASHBOARD));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
