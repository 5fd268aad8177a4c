package org.safeguard.payment;

/** What can be done to a payroll; {@link PayrollTransitions} says from which state and to which. */
public enum PayrollAction {
    /** Creation: nothing → GENERATING; not in the table because no existing payroll can take it. */
    START,
    FINISH_GENERATION,
    APPROVE,
    EXPORT,
    RECONCILE,
    CANCEL
}
