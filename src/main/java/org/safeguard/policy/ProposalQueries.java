package org.safeguard.policy;

import java.math.BigDecimal;
import java.util.List;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading proposals, limited to the caller's subtree: a proposal outside it does not exist for them (404). */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

    static final int LIST_LIMIT = 200;

    private final ProposalStore store;
    private final CurrentStaff currentStaff;

    ProposalQueries(ProposalStore store, CurrentStaff currentStaff) {
        this.store = store;
        this.currentStaff = currentStaff;
    }

    public ProposalView find(long id) {
        return view(visible(id));
    }

    /** Newest first; {@code state} optional. */
    public List<ProposalView> list(ProposalState state) {
        return store.list(currentStaff.get().scopeLikePattern(), state, LIST_LIMIT).stream().map(this::view).toList();
    }

    /** Open proposals in the caller's subtree that the caller did not make (the caller may decide them). */
    public List<ProposalView> waitingForMe() {
        StaffPrincipal staff = currentStaff.get();
        return store.waitingFor(staff.scopeLikePattern(), staff.username(), LIST_LIMIT).stream().map(this::view).toList();
    }

    public long countWaitingFor(StaffPrincipal staff) {
        return store.countWaitingFor(staff.scopeLikePattern(), staff.username());
    }

    ProposalStore.ProposalRow visible(long id) {
        return store.find(id).filter(p -> currentStaff.get().canSee(RegionCode.of(p.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("proposal"));
    }

    ProposalView view(ProposalStore.ProposalRow p) {
        List<ProposalView.Change> changes = store.changes(p.id()).stream()
                .map(c -> new ProposalView.Change(c.parameter().name(), c.valueText(), c.versionId())).toList();
        List<ProposalView.Transition> transitions = store.transitions(p.id()).stream()
                .map(t -> new ProposalView.Transition(t.from(), t.to(), t.action(), t.actor(), t.at(), t.reason())).toList();
        ProposalView.Preview preview = null;
        if (p.previewAt() != null) {
            List<ProposalView.Row> rows = store.preview(p.id()).stream().map(ProposalQueries::row).toList();
            preview = new ProposalView.Preview(p.previewBy(), p.previewAt(), p.previewReferenceDate(), rows, total(p.regionCode(), rows));
        }
        return new ProposalView(p.id(), p.regionCode(), p.effectiveFrom(), p.reason(), p.state(), p.proposedBy(), p.proposedAt(),
                p.decidedBy(), p.decidedAt(), p.decisionReason(), changes, transitions, preview,
                ProposalTransitions.allowed(p.state()));
    }

    private static ProposalView.Row row(ProposalStore.PreviewRow r) {
        return new ProposalView.Row(r.regionCode(), r.households(), r.changed(), r.gained(), r.lost(), r.currentCost(),
                r.proposedCost(), r.proposedCost().subtract(r.currentCost()));
    }

    private static ProposalView.Row total(String region, List<ProposalView.Row> rows) {
        long households = 0, changed = 0, gained = 0, lost = 0;
        BigDecimal current = BigDecimal.ZERO.setScale(2), proposed = BigDecimal.ZERO.setScale(2);
        for (ProposalView.Row r : rows) {
            households += r.households();
            changed += r.changed();
            gained += r.gained();
            lost += r.lost();
            current = current.add(r.currentMonthlyCost());
            proposed = proposed.add(r.proposedMonthlyCost());
        }
        return new ProposalView.Row(region, households, changed, gained, lost, current, proposed, proposed.subtract(current));
    }
}
