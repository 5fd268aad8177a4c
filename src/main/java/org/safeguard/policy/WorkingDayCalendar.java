package org.safeguard.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.cache.CacheVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar for deadlines, from the {@code calendar_day} and {@code regional_calendar_day}
 * tables (national holidays and make-up days shipped with the product, plus regional extra holidays).
 * See {@link WorkingDays} for the semantics. The in-memory copy is dropped on every node when a write bumps the
 * {@value #CACHE} version (checked at most every few seconds).
 */
@Service
public class WorkingDayCalendar {

    static final String CACHE = "working-days";

    private final JdbcClient jdbc;
    private final CacheVersions versions;
    private final CacheVersions.Watch version;
    private volatile WorkingDays days;

    WorkingDayCalendar(JdbcClient jdbc, CacheVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.version = versions.watch(CACHE);
    }

    public boolean isWorkingDay(RegionCode region, LocalDate date) {
        return days().isWorkingDay(region, date);
    }

    /** The end of "within N working days of D": the N-th working day after D. */
    public LocalDate addWorkingDays(RegionCode region, LocalDate date, int n) {
        return days().addWorkingDays(region, date, n);
    }

    public int workingDaysBetween(RegionCode region, LocalDate from, LocalDate to) {
        return days().workingDaysBetween(region, from, to);
    }

    /** Every entry, national ones first; for display. */
    public List<WorkingDays.Entry> entries() {
        List<WorkingDays.Entry> all = new ArrayList<>(jdbc.sql("select calendar_date, kind, name from calendar_day order by calendar_date")
                .query((rs, i) -> new WorkingDays.Entry(null, rs.getObject("calendar_date", LocalDate.class),
                        WorkingDays.Kind.valueOf(rs.getString("kind")), rs.getString("name"))).list());
        all.addAll(jdbc.sql("select region_code, calendar_date, kind, name from regional_calendar_day order by region_code, calendar_date")
                .query((rs, i) -> new WorkingDays.Entry(RegionCode.of(rs.getString("region_code")),
                        rs.getObject("calendar_date", LocalDate.class), WorkingDays.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"))).list());
        return all;
    }

    void invalidate() {
        days = null;
    }

    /** Call inside the transaction that writes calendar rows: every node then drops its copy. */
    void changed() {
        versions.bump(CACHE);
    }

    private WorkingDays days() {
        if (version.moved()) {
            days = null;
        }
        WorkingDays d = days;
        if (d == null) {
            d = new WorkingDays(entries());
            days = d;
        }
        return d;
    }
}
