package org.safeguard.beneficiary;

/** Where a household's dibao stands (domain §3.7). Only TERMINATED households are no longer in the caseload. */
public enum BenefitState {
    ACTIVE, REVIEW_DUE, CHANGE_REPORTED, UNDER_REVIEW, TAPER, SUSPENDED_PENDING, TERMINATED
}
