package org.safeguard.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work queues over the cases of every kind, always within the caller's subtree (a region filter outside it is 404):
 * MINE (assigned to me), TEAM (every open case of my subtree), DUE (mine falling due within 24 hours or already
 * due), OVERDUE (every open case of my subtree past its step deadline). Most urgent first; paged without counting
 * the whole queue (a page says whether there is more).
 */
@Service
@Transactional(readOnly = true)
public class CaseQueues {

    public enum Queue { MINE, TEAM, DUE, OVERDUE }

    public enum Sort {
        DUE("due_at"), OPENED("opened_at"), UPDATED("updated_at desc");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public static final int MAX_SIZE = 100;

    /** Every field but {@code queue} optional. */
    public record Filter(Queue queue, String kind, String state, String region, Sort sort, int page, int size) {
    }

    public record Page(List<CaseView> items, int page, int size, boolean more) {
    }

    private final CaseStore store;
    private final CaseKinds kinds;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    CaseQueues(CaseStore store, CaseKinds kinds, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.kinds = kinds;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public Page queue(Filter f) {
        StaffPrincipal staff = currentStaff.get();
        List<FieldProblem> problems = new ArrayList<>();
        if (f.page() < 0 || f.page() > 10_000) {
            problems.add(FieldProblem.of("page", "RANGE", 0, 10_000));
        }
        if (f.size() < 1 || f.size() > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "RANGE", 1, MAX_SIZE));
        }
        if (f.region() != null && !RegionCode.isWellFormed(f.region())) {
            problems.add(FieldProblem.of("region", "INVALID"));
        }
        if (f.kind() != null && !f.kind().matches("[A-Z][A-Z0-9_]{1,31}")) {
            problems.add(FieldProblem.of("kind", "INVALID"));
        }
        if (f.state() != null && !f.state().matches("[A-Z][A-Z0-9_]{0,39}")) {
            problems.add(FieldProblem.of("state", "INVALID"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        RegionCode scope = staff.homeRegion();
        if (f.region() != null) {
            RegionCode asked = RegionCode.of(f.region());
            if (!staff.canSee(asked)) {
                throw SafeguardException.notFound("region");
            }
            scope = asked;
        }
        Queue q = f.queue() == null ? Queue.MINE : f.queue();
        Instant now = clock.instant();
        String assignee = q == Queue.MINE || q == Queue.DUE ? staff.username() : null;
        Instant dueBefore = switch (q) {
            case DUE -> now.plus(Duration.ofHours(24));
            case OVERDUE -> now;
            default -> null;
        };
        Sort sort = f.sort() == null ? Sort.DUE : f.sort();
        // only the kinds whose read authority the caller holds (permissions are per kind)
        List<String> readable = kinds.readableBy(staff.role()).stream()
                .filter(k -> f.kind() == null || f.kind().equals(k)).toList();
        if (readable.isEmpty()) {
            return new Page(List.of(), f.page(), f.size(), false);
        }
        List<CaseStore.Row> rows = store.queue(f, readable, scope.subtreePrefix() + "%", assignee, dueBefore, sort.column,
                f.page() * f.size(), f.size() + 1);
        boolean more = rows.size() > f.size();
        List<CaseView> items = rows.stream().limit(f.size()).map(r -> r.view(now)).toList();
        return new Page(items, f.page(), f.size(), more);
    }

    static Queue queue(String value) {
        return value == null || value.isBlank() ? Queue.MINE : Queue.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
