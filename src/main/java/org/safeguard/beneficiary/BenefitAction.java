package org.safeguard.beneficiary;

/** What can happen to a household's dibao; {@link BenefitTransitions} says in which state. */
public enum BenefitAction {
    ENROL, REVIEW_FALLS_DUE, REPORT_CHANGE, START_REVIEW, KEEP_AMOUNT, CHANGE_AMOUNT, BEGIN_TAPER, QUEUE_EXIT,
    DISMISS_QUEUED, END_TAPER, TERMINATE, RECORD_DEATH, RE_ENROL, FIND_FRAUD
}
