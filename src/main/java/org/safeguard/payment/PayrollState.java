package org.safeguard.payment;

/** Where a payroll is in its life. RECONCILED and CANCELLED are final. */
public enum PayrollState {
    GENERATING,
    GENERATED,
    APPROVED,
    EXPORTED,
    RECONCILED,
    CANCELLED;

    /** Open payrolls block a second one of the same benefit, region, month and purpose. */
    public boolean open() {
        return this == GENERATING || this == GENERATED || this == APPROVED;
    }
}
