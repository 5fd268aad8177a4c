package org.safeguard.application;

/** Where a dibao application is (domain.md §3.6.3). APPROVED, REJECTED and TERMINATED_NONCOOPERATION are final. */
public enum ApplicationState {
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
    TERMINATED_NONCOOPERATION;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == TERMINATED_NONCOOPERATION;
    }
}
