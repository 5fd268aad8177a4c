package org.safeguard.shared.security;

import java.util.EnumSet;
import java.util.Set;

import static org.safeguard.shared.security.Permission.*;

/**
 * Staff roles and what each may do. This table is the single source of function-level access;
 * the README's role table is written from it and {@code RolePermissionTableTest} keeps them in step.
 */
public enum Role {
    SYSTEM_ADMIN(EnumSet.of(REGION_READ, REGION_ADMIN, USER_ADMIN, AUDIT_READ, DASHBOARD, POLICY_READ)),
    COUNTY_REVIEWER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, PERSONAL_DATA_REVEAL, PAYROLL_READ, DASHBOARD,
            APPLICATION_READ, APPLICATION_REVIEW, BENEFICIARY_READ, BENEFICIARY_DECIDE,
            POLICY_READ, POLICY_PROPOSE, POLICY_APPROVE, PRICE_INDEX_WRITE, PRICE_LIST_IMPORT, PRICE_SUBSIDY_READ)),
    TOWNSHIP_CASEWORKER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, HOUSEHOLD_WRITE, HOUSEHOLD_IMPORT,
            PERSONAL_DATA_REVEAL, DASHBOARD, APPLICATION_READ, APPLICATION_WRITE, APPLICATION_TOWNSHIP,
            BENEFICIARY_READ, BENEFICIARY_WRITE, POLICY_READ, PRICE_SUBSIDY_READ)),
    COMMUNITY_WORKER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, HOUSEHOLD_WRITE, PERSONAL_DATA_REVEAL, DASHBOARD,
            APPLICATION_READ, APPLICATION_WRITE, BENEFICIARY_READ, BENEFICIARY_WRITE, POLICY_READ)),
    HOTLINE_OPERATOR(EnumSet.of(REGION_READ, HOUSEHOLD_READ, DASHBOARD, APPLICATION_READ, BENEFICIARY_READ, POLICY_READ)),
    DEPARTMENT_LIAISON(EnumSet.of(REGION_READ, DASHBOARD, PRICE_LIST_IMPORT)),
    FINANCE_OFFICER(EnumSet.of(REGION_READ, HOUSEHOLD_READ, PAYROLL_READ, PAYROLL_GENERATE, PAYROLL_APPROVE,
            PAYROLL_EXPORT, PAYROLL_RECONCILE, DASHBOARD, BENEFICIARY_READ, POLICY_READ, PRICE_SUBSIDY_READ)),
    AUDITOR(EnumSet.of(REGION_READ, HOUSEHOLD_READ, AUDIT_READ, PAYROLL_READ, DASHBOARD, APPLICATION_READ,
            BENEFICIARY_READ, POLICY_READ, PRICE_SUBSIDY_READ));

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
