package org.safeguard.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Region-scoped reads of cases: one case (404 outside the caller's subtree) and its timeline. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private final CaseStore store;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    CaseQueries(CaseStore store, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public CaseView find(UUID id) {
        StaffPrincipal staff = currentStaff.get();
        return store.find(id).filter(r -> staff.canSee(RegionCode.of(r.regionCode())))
                .map(r -> r.view(clock.instant())).orElseThrow(() -> SafeguardException.notFound("case"));
    }

    /** Every transition of the case, oldest first. */
    public List<CaseTransitionView> transitions(UUID id) {
        find(id);
        return store.transitions(id);
    }

    /** Cases of a kind and procedure in the region pattern that have ever taken the action (e.g. dibao's spot-check count). */
    public long countWithAction(CaseKind kind, String procedure, String regionPattern, String action) {
        return store.countWithAction(kind.code(), procedure, regionPattern, action);
    }
}
