package org.safeguard.household;

/**
 * Why a full ID number, phone or bank account is shown (security.md: purpose limitation). The audit entry records
 * it, and auditors list reveals by purpose and user. A court or police request must carry its reference.
 */
public enum RevealPurpose {
    CASE_WORK,
    PAYMENT_PROBLEM,
    VERIFICATION,
    COURT_OR_POLICE_REQUEST;

    public boolean needsReference() {
        return this == COURT_OR_POLICE_REQUEST;
    }
}
