package org.safeguard.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiFunction;

import org.safeguard.policy.WorkingDayCalendar;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

/** Step due dates from a {@link Deadline}: working days from the region's calendar (policy module), or hours. */
@Component
public class CaseDeadlines {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseDeadlines(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The due of a step entered at {@code enteredAt} with effect from {@code on}: "within N working days" ends with the
     * N-th working day after {@code on}; "within N hours" runs from the moment the step was entered, nights included.
     */
    public Due due(Deadline deadline, RegionCode region, LocalDate on, Instant enteredAt) {
        return due(deadline, on, enteredAt, clock.getZone(), (day, n) -> calendar.addWorkingDays(region, day, n));
    }

    /** The arithmetic alone, over any working-day function (the region's calendar in production). */
    static Due due(Deadline deadline, LocalDate on, Instant enteredAt, ZoneId zone,
                   BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        return switch (deadline.unit()) {
            case WORKING_DAYS -> Due.endOf(addWorkingDays.apply(on, deadline.amount()), zone);
            case HOURS -> Due.at(enteredAt.plus(Duration.ofHours(deadline.amount())), zone);
        };
    }

    public boolean overdue(Due due) {
        return due != null && due.overdueAt(clock.instant());
    }
}
