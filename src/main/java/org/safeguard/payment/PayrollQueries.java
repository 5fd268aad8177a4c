package org.safeguard.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads payrolls, their lines and transitions within the caller's region. */
@Service
@Transactional(readOnly = true)
public class PayrollQueries {

    private final PayrollStore store;
    private final PayrollJobStore jobStore;
    private final PayrollAccess access;

    PayrollQueries(PayrollStore store, PayrollJobStore jobStore, PayrollAccess access) {
        this.store = store;
        this.jobStore = jobStore;
        this.access = access;
    }

    public PayrollView find(UUID id) {
        return view(access.visible(id));
    }

    /** Newest first, at most 200; a region filter outside the caller's subtree answers 404. */
    public List<PayrollView> list(String regionCode, YearMonth month, String benefit) {
        if (regionCode != null && (!RegionCode.isWellFormed(regionCode) || !access.staff().canSee(RegionCode.of(regionCode)))) {
            throw SafeguardException.notFound("region");
        }
        return store.list(access.staff().scopeLikePattern(), regionCode, month, benefit, 200).stream().map(this::view).toList();
    }

    public List<PayrollLineView> lines(UUID id, String status, int limit) {
        access.visible(id);
        return store.lines(id, status, Math.max(1, Math.min(limit, 1000)));
    }

    public List<PayrollTransitionView> transitions(UUID id) {
        access.visible(id);
        return store.transitions(id);
    }

    PayrollView view(PayrollStore.PayrollRow p) {
        PayrollView.Progress progress = jobStore.job(p.id()).map(j -> new PayrollView.Progress(j.status(), j.totalPayees(),
                j.processed(), j.chunks(), j.startedAt(), j.updatedAt(), j.finishedAt(), PayrollJobStore.eta(j), j.attempts(),
                j.lastError())).orElse(null);
        return new PayrollView(p.id(), p.benefit(), p.regionCode(), p.month(), p.purpose(), p.state(), p.lineCount(),
                p.totalAmount(), p.paidCount(), p.failedCount(), p.fileHash(), p.dueDate(), p.createdBy(), p.createdAt(),
                p.generatedAt(), p.approvedBy(), p.approvedAt(), p.exportedBy(), p.exportedAt(), p.reconciledAt(), progress,
                PayrollTransitions.allowed(p.state()).stream().filter(a -> a != PayrollAction.FINISH_GENERATION).toList());
    }
}
