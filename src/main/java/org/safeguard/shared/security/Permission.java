package org.safeguard.shared.security;

/** Function-level permissions; granted to roles in {@link Role}. Used as Spring Security authorities. */
public enum Permission {
    DASHBOARD,
    REGION_READ,
    REGION_ADMIN,
    HOUSEHOLD_READ,
    HOUSEHOLD_WRITE,
    HOUSEHOLD_IMPORT,
    PERSONAL_DATA_REVEAL,
    AUDIT_READ,
    USER_ADMIN,
    PAYROLL_READ,
    PAYROLL_GENERATE,
    PAYROLL_APPROVE,
    PAYROLL_EXPORT,
    PAYROLL_RECONCILE
}
