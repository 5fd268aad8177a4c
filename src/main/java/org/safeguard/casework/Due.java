package org.safeguard.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the current step falls due: {@code on} is its last day, {@code at} the instant it becomes overdue (the end of
 * that day for working-day limits, the exact hour for hour limits).
 */
public record Due(LocalDate on, Instant at) {

    /** A limit that ends with the given day. */
    public static Due endOf(LocalDate day, ZoneId zone) {
        return day == null ? null : new Due(day, day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public static Due at(Instant at, ZoneId zone) {
        return new Due(LocalDate.ofInstant(at, zone), at);
    }

    public boolean overdueAt(Instant now) {
        return !now.isBefore(at);
    }
}
