package org.safeguard.pricesubsidy;

import java.time.YearMonth;
import java.util.List;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads evaluations within the caller's area (a region on the caller's path counts too: its decision applies here). */
@Service
@Transactional(readOnly = true)
public class PriceEvaluations {

    private final PriceStore store;
    private final PriceSubsidies subsidies;
    private final CurrentStaff currentStaff;

    PriceEvaluations(PriceStore store, PriceSubsidies subsidies, CurrentStaff currentStaff) {
        this.store = store;
        this.subsidies = subsidies;
        this.currentStaff = currentStaff;
    }

    /** The region's own evaluations and those of regions below it, newest month first. */
    public List<Evaluation> list(String regionCode, YearMonth from, YearMonth to) {
        RegionCode region = visible(regionCode);
        return store.currentEvaluations(region.subtreePrefix() + "%", from == null ? YearMonth.of(2000, 1) : from,
                to == null ? YearMonth.of(2100, 12) : to);
    }

    /** The evaluation that decides a region's month: its own, else the nearest evaluated region above it. */
    public java.util.Optional<Evaluation> deciding(String regionCode, YearMonth month) {
        for (String r : subsidies.path(regionCode)) {
            var e = store.currentEvaluation(r, month);
            if (e.isPresent()) {
                return e;
            }
        }
        return java.util.Optional.empty();
    }

    RegionCode visible(String regionCode) {
        if (regionCode == null || !RegionCode.isWellFormed(regionCode) || !currentStaff.get().canSee(RegionCode.of(regionCode))) {
            throw SafeguardException.notFound("region");
        }
        return RegionCode.of(regionCode);
    }
}
