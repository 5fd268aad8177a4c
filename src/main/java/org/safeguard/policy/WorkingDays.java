package org.safeguard.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.shared.RegionCode;

/**
 * Working-day arithmetic over an in-memory calendar (domain.md §16 item 8): Monday to Friday, except official
 * holidays, plus official make-up working days on weekends. A regional entry (e.g. Hubei's Spring Festival
 * extension) applies to the region's whole subtree and wins over the national calendar; the entry of the
 * nearest region wins over a farther one. Dates outside the loaded years follow the weekday rule.
 */
public final class WorkingDays {

    public enum Kind { HOLIDAY, WORKDAY }

    /** One calendar entry; {@code regionCode} is null for the national calendar. */
    public record Entry(RegionCode regionCode, LocalDate day, Kind kind, String name) {
    }

    private final Map<LocalDate, Kind> national = new HashMap<>();
    private final Map<RegionCode, Map<LocalDate, Kind>> regional = new HashMap<>();

    public WorkingDays(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.regionCode() == null) {
                national.put(e.day(), e.kind());
            } else {
                regional.computeIfAbsent(e.regionCode(), k -> new HashMap<>()).put(e.day(), e.kind());
            }
        }
    }

    public boolean isWorkingDay(RegionCode region, LocalDate date) {
        Kind kind = null;
        int depth = -1;
        for (Map.Entry<RegionCode, Map<LocalDate, Kind>> r : regional.entrySet()) {
            Kind k = r.getValue().get(date);
            if (k != null && r.getKey().contains(region) && r.getKey().subtreePrefix().length() > depth) {
                kind = k;
                depth = r.getKey().subtreePrefix().length();
            }
        }
        if (kind == null) {
            kind = national.get(date);
        }
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The N-th working day after {@code date} (the date itself is not counted): "within N working days of D"
     * ends at the end of the returned day. {@code n = 0} returns {@code date}.
     */
    public LocalDate addWorkingDays(RegionCode region, LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(region, d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after
     * {@code from}. The inverse of {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(RegionCode region, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(region, d)) {
                count++;
            }
        }
        return count;
    }
}
