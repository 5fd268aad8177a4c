package org.safeguard.payment;

import java.time.Instant;

/** One recorded state change of a payroll. */
public record PayrollTransitionView(PayrollState from, PayrollState to, PayrollAction action, String actor,
                                    Instant at, String reason) {
}
