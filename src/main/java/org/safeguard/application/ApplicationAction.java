package org.safeguard.application;

/**
 * What can be done to an application. {@link ProcedureDefinitions} says in which state of which procedure, with
 * which permission and preconditions, and to which state. Actions whose target is the same state record a step
 * (a signature, the investigation, a verification result, a visit) without moving the case on.
 */
public enum ApplicationAction {
    /** Creation: nothing → SUBMITTED; not in the table because no existing application can take it. */
    REGISTER,
    /** A draft is submitted: the submission date is set and the clock starts. */
    SUBMIT,
    /** A draft is dropped without being submitted. */
    DISCARD_DRAFT,
    /** Ticks checklist items as received (who, when). */
    RECORD_MATERIALS,
    REQUEST_MATERIALS,
    RECEIVE_MATERIALS,
    RECORD_SIGNATURES,
    ACCEPT,
    START_INVESTIGATION,
    RECORD_INVESTIGATION,
    RECORD_FACTS,
    RECORD_VERIFICATION,
    EXTEND_LIMIT,
    FIND_INELIGIBLE,
    APPLICANT_OBJECTS,
    RESUME_INVESTIGATION,
    COMPLETE_INVESTIGATION,
    RECORD_APPRAISAL,
    POST_NOTICE,
    RAISE_OBJECTION,
    REINVESTIGATE,
    HOLD_APPRAISAL,
    SEND_TO_COUNTY,
    SEND_FOR_TOWNSHIP_CONFIRMATION,
    RECORD_REVIEW_VISIT,
    POST_COUNTY_NOTICE,
    PROPOSE_OVERRIDE,
    CONFIRM_OVERRIDE,
    APPROVE,
    REJECT,
    /** The written approval or rejection notice was served to the applicant (date, who). */
    RECORD_NOTICE_SERVED,
    TERMINATE,
    /** Hands the case to another staff member whose home region covers it and who can take the step ("my queue" follows). */
    REASSIGN
}
