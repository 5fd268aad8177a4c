package org.safeguard.goodfaith;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The good-faith records of the caller's region: the correction work list and what auditors look for. */
@Service
@Transactional(readOnly = true)
public class GoodFaithQueries {

    /** Which records a list shows. */
    public enum Filter {
        ALL("1 = 1"),
        FLAGGED("correction_from is null"),
        OPEN("correction_from is not null and outcome is null"),
        OVERDUE("correction_from is not null and outcome is null and correction_due_on < :today"),
        DONE("outcome is not null"),
        LATE("outcome is not null and outcome_on > correction_due_on");

        private final String where;

        Filter(String where) {
            this.where = where;
        }
    }

    /** A page of records and the count of each status among them. */
    public record Listing(List<GoodFaithView> records, Map<GoodFaithStatus, Integer> counts) {
    }

    private static final int LIMIT = 500;

    private final GoodFaithStore store;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    GoodFaithQueries(GoodFaithStore store, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public Listing list(Filter filter, String regionCode) {
        StaffPrincipal staff = allowed();
        String scope = staff.scopeLikePattern();
        if (regionCode != null) {
            if (!RegionCode.isWellFormed(regionCode) || !staff.canSee(RegionCode.of(regionCode))) {
                throw SafeguardException.notFound("region");
            }
            scope = RegionCode.of(regionCode).subtreePrefix() + "%";
        }
        LocalDate today = LocalDate.now(clock);
        String where = filter.where.replace(":today", "date '" + today + "'");
        List<GoodFaithView> records = store.list(scope, where, LIMIT).stream().map(r -> r.view(today)).toList();
        Map<GoodFaithStatus, Integer> counts = new EnumMap<>(GoodFaithStatus.class);
        for (GoodFaithStatus s : GoodFaithStatus.values()) {
            counts.put(s, 0);
        }
        records.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new Listing(records, counts);
    }

    public GoodFaithView find(long id) {
        StaffPrincipal staff = allowed();
        return store.find(id).filter(r -> staff.canSee(RegionCode.of(r.regionCode())))
                .map(r -> r.view(LocalDate.now(clock)))
                .orElseThrow(() -> SafeguardException.notFound("good-faith record"));
    }

    private StaffPrincipal allowed() {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.may(Permission.GOOD_FAITH_READ)) {
            throw SafeguardException.forbidden();
        }
        return staff;
    }
}
