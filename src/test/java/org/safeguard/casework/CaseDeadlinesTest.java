package org.safeguard.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.policy.WorkingDays;
import org.safeguard.shared.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;

/** Step deadlines in working days of the region's calendar or in hours, and when a step becomes overdue. */
class CaseDeadlinesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final RegionCode WUCHANG = RegionCode.of("420106000000");
    // Hubei's extra Spring Festival holiday of 2020 stands in for a regional entry: Monday 3 Feb 2020 is not a working day
    private static final WorkingDays DAYS = new WorkingDays(List.of(
            new WorkingDays.Entry(RegionCode.of("420000000000"), LocalDate.of(2020, 2, 3), WorkingDays.Kind.HOLIDAY, "延长假期")));

    private static Due due(Deadline d, LocalDate on, Instant at) {
        return CaseDeadlines.due(d, on, at, CHINA, (day, n) -> DAYS.addWorkingDays(WUCHANG, day, n));
    }

    @Test
    void aWorkingDayLimitSkipsTheWeekendAndTheRegionalHolidayAndEndsWithItsLastDay() {
        // Friday 31 Jan 2020 + 2 working days: Mon 3 Feb is a Hubei holiday, so Tue 4 and Wed 5 Feb
        Due d = due(Deadline.workingDays(2), LocalDate.of(2020, 1, 31), Instant.parse("2020-01-31T02:00:00Z"));
        assertThat(d.on()).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(d.at()).isEqualTo(Instant.parse("2020-02-05T16:00:00Z")); // midnight in Wuhan
        assertThat(d.overdueAt(Instant.parse("2020-02-05T15:59:59Z"))).isFalse();
        assertThat(d.overdueAt(Instant.parse("2020-02-05T16:00:00Z"))).isTrue();
    }

    @Test
    void anHourLimitRunsThroughTheNightAndTheWeekend() {
        // help-first within 24 hours: a call on Saturday evening is due on Sunday evening, whatever the calendar says
        Instant entered = Instant.parse("2020-02-01T12:30:00Z"); // Sat 20:30 in Wuhan
        Due d = due(Deadline.hours(24), LocalDate.of(2020, 2, 1), entered);
        assertThat(d.at()).isEqualTo(Instant.parse("2020-02-02T12:30:00Z"));
        assertThat(d.on()).isEqualTo(LocalDate.of(2020, 2, 2));
        assertThat(d.overdueAt(Instant.parse("2020-02-02T12:29:59Z"))).isFalse();
        assertThat(d.overdueAt(Instant.parse("2020-02-02T12:30:00Z"))).isTrue();
    }

    @Test
    void anHourLimitEndingAfterMidnightFallsOnTheNextLocalDay() {
        Due d = due(Deadline.hours(6), LocalDate.of(2020, 2, 3), Instant.parse("2020-02-03T14:00:00Z")); // 22:00 local
        assertThat(d.on()).isEqualTo(LocalDate.of(2020, 2, 4));
    }

    @Test
    void aLimitOfZeroWorkingDaysEndsTheSameDay() {
        Due d = due(Deadline.workingDays(0), LocalDate.of(2020, 2, 4), Instant.parse("2020-02-04T01:00:00Z"));
        assertThat(d.on()).isEqualTo(LocalDate.of(2020, 2, 4));
    }
}
