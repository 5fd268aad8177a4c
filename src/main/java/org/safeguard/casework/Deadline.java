package org.safeguard.casework;

/**
 * A step limit: N working days of the region's calendar (the step ends at the end of the N-th working day after it
 * began) or N hours from the moment the step began (help-first: within 24 hours, day or night).
 */
public record Deadline(int amount, Unit unit) {

    public enum Unit { WORKING_DAYS, HOURS }

    public Deadline {
        if (amount < 0 || unit == null) {
            throw new IllegalArgumentException("deadline " + amount + " " + unit);
        }
    }

    public static Deadline workingDays(int n) {
        return new Deadline(n, Unit.WORKING_DAYS);
    }

    public static Deadline hours(int n) {
        return new Deadline(n, Unit.HOURS);
    }
}
