package org.safeguard.policy;

/** What staff can do to a declaration; SUPERSEDE is an approved amendment's doing, LAPSE the daily job's. */
public enum DeclarationAction {
    PROPOSE, APPROVE, REJECT, AMEND, SUPERSEDE, END, LAPSE
}
