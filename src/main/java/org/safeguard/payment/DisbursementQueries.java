package org.safeguard.payment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Window disbursements as the caller may see them: one outside their subtree does not exist for them (404). */
@Service
public class DisbursementQueries {

    static final int MAX_PAGE_SIZE = 100;
    /** Days are counted in China Standard Time, where the windows are. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final PayrollAccess access;
    private final DisbursementStore store;

    DisbursementQueries(PayrollAccess access, DisbursementStore store) {
        this.access = access;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public DisbursementView find(UUID id) {
        DisbursementStore.Row row = visible(id, false);
        return view(row, store.items(id));
    }

    /** Newest first; {@code from} and {@code to} are recording days, both included. */
    @Transactional(readOnly = true)
    public DisbursementView.Page list(String regionCode, LocalDate from, LocalDate to, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw SafeguardException.invalid(FieldProblem.of(page < 0 ? "page" : "size", "PAGE_OUT_OF_RANGE"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw SafeguardException.invalid(FieldProblem.of("to", "RANGE_REVERSED"));
        }
        String regionLike = null;
        if (regionCode != null) {
            if (!RegionCode.isWellFormed(regionCode) || !access.staff().canSee(RegionCode.of(regionCode))) {
                throw SafeguardException.notFound("region");
            }
            regionLike = RegionCode.of(regionCode).subtreePrefix() + "%";
        }
        List<DisbursementStore.Row> rows = store.list(access.staff().scopeLikePattern(), regionLike,
                from == null ? null : from.atStartOfDay(OFFICE_ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant(), page * size, size + 1);
        boolean hasNext = rows.size() > size;
        List<DisbursementView> items = rows.stream().limit(size).map(r -> view(r, store.items(r.id()))).toList();
        return new DisbursementView.Page(items, page, size, hasNext);
    }

    DisbursementStore.Row visible(UUID id, boolean lock) {
        return store.find(id, lock).filter(r -> access.staff().canSee(RegionCode.of(r.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("disbursement"));
    }

    DisbursementView view(DisbursementStore.Row r, List<DisbursementView.Item> items) {
        return new DisbursementView(r.id(), r.regionCode(), r.payeeKind(), r.payeeId(), r.payeeName(),
                r.payeeIdNumber() != null, r.caseRef(), r.instalment(), r.kind(), r.amountFen(),
                DisbursementStore.yuan(r.amountFen()), items, r.signedBy(), r.agentName(), r.agentRelationship(),
                r.signedAt(), r.witnessedBy(), r.state(), r.recordedBy(), r.recordedAt(), r.confirmedBy(),
                r.confirmedAt(), "CONFIRMED".equals(r.state()));
    }
}
