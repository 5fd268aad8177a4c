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
    PAYROLL_RECONCILE,
    /** Read dibao applications and their case files. */
    APPLICATION_READ,
    /** Register applications and do the township's and community's casework (materials, investigation, verification results). */
    APPLICATION_WRITE,
    /** Township steps: opinion, public notice, objections, and confirmation where approval is devolved. */
    APPLICATION_TOWNSHIP,
    /** County review and decision (approve, reject, second approval of an amount override). */
    APPLICATION_REVIEW,
    BENEFICIARY_READ,
    /** Change reports and periodic reviews of beneficiary households. */
    BENEFICIARY_WRITE,
    /** Decide increases, decreases, stops and tapered exits; release the suspended-exit queue. */
    BENEFICIARY_DECIDE,
    POLICY_READ,
    /** Propose a parameter change (maker). */
    POLICY_PROPOSE,
    /** Approve someone else's parameter proposal (checker). */
    POLICY_APPROVE,
    /** Record and correct price indices and evaluate the price-subsidy mechanism. */
    PRICE_INDEX_WRITE,
    /** Import covered-group lists supplied by other departments. */
    PRICE_LIST_IMPORT,
    PRICE_SUBSIDY_READ,
    /** Read the good-faith records of decisions taken under simplified emergency procedures and their re-checks. */
    GOOD_FAITH_READ,
    /** Record the outcome of a good-faith record's re-check (county level). */
    GOOD_FAITH_CORRECT
}
