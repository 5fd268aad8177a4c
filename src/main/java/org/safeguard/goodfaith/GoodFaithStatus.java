package org.safeguard.goodfaith;

import java.time.LocalDate;

/**
 * Where a good-faith record stands: its declaration still runs (FLAGGED); re-check due (DUE) or past its deadline
 * (OVERDUE); re-checked by the deadline (CORRECTED_PROMPTLY) or after it (CORRECTED_LATE).
 */
public enum GoodFaithStatus {
    FLAGGED, DUE, OVERDUE, CORRECTED_PROMPTLY, CORRECTED_LATE;

    static GoodFaithStatus of(LocalDate dueOn, LocalDate outcomeOn, LocalDate today) {
        if (outcomeOn != null) {
            return dueOn == null || !outcomeOn.isAfter(dueOn) ? CORRECTED_PROMPTLY : CORRECTED_LATE;
        }
        if (dueOn == null) {
            return FLAGGED;
        }
        return today.isAfter(dueOn) ? OVERDUE : DUE;
    }
}
