package org.safeguard.application;

/** A named condition an action needs besides the state; checked by {@link ApplicationLifecycle}, listed in the 409. */
public enum Precondition {
    /** Only the author of a draft submits or discards it. */
    DRAFT_AUTHOR,
    /** The one-time notice lists at least one missing item. */
    MISSING_MATERIALS_LISTED,
    /** Every required item of the checklist is received, or the acceptance is on the applicant's commitment (告知承诺制). */
    MATERIALS_COMPLETE_OR_COMMITMENT,
    /** Every adult member has signed the commitment and the verification authorisation. */
    ALL_ADULTS_SIGNED,
    /** At least two named investigators; PHONE/VIDEO only when the emergency declaration allows remote investigation. */
    INVESTIGATION_VALID,
    /** The investigation, the income and asset facts and at least one verification result are recorded. */
    INVESTIGATION_RECORDED,
    /** At least one verification result is recorded. */
    VERIFICATION_RECORDED,
    /** A reason is given. */
    REASON_GIVEN,
    /** The township's opinion is given. */
    OPINION_GIVEN,
    /** The 7-day notice has run (today is after its last day). */
    NOTICE_PERIOD_OVER,
    /** Approval is devolved to the township on the notice date (emergency declaration). */
    APPROVAL_DEVOLVED,
    /** Approval is not devolved: the county reviews. */
    APPROVAL_NOT_DEVOLVED,
    /** The mandatory visit (near relative of staff, complaint or objection, 2012 spot check) is recorded. */
    REQUIRED_VISIT_DONE,
    /** An override proposal carries an amount and a reason. */
    OVERRIDE_VALID,
    /** An override is pending and the caller is not its proposer and holds APPLICATION_REVIEW. */
    SECOND_APPROVER,
    /** Either the calculator finds the household eligible, or a confirmed override amount exists. */
    ELIGIBLE_OR_CONFIRMED_OVERRIDE,
    /** A pending override has been confirmed by a second approver. */
    NO_UNCONFIRMED_OVERRIDE,
    /** The decision notice has not been recorded as served yet. */
    NOTICE_NOT_YET_SERVED
}
