package org.safeguard.application;

/**
 * Where a dibao application is (domain.md §3.6.3). DRAFT is saved but not submitted (no clock runs). APPROVED, REJECTED,
 * TERMINATED_NONCOOPERATION and DISCARDED (a draft never submitted) are final.
 */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    MATERIALS_INCOMPLETE,
    ACCEPTED,
    INVESTIGATING,
    PRELIM_INELIGIBLE,
    RECHECK,
    DEMOCRATIC_APPRAISAL,
    TOWNSHIP_OPINION,
    TOWNSHIP_PUBLICITY,
    OBJECTION,
    COUNTY_REVIEW,
    TOWNSHIP_CONFIRMATION,
    COUNTY_PUBLICITY,
    APPROVED,
    REJECTED,
    TERMINATED_NONCOOPERATION,
    DISCARDED;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == TERMINATED_NONCOOPERATION || this == DISCARDED;
    }
}
