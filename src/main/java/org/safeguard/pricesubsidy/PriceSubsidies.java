package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.WorkingDayCalendar;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves what applies to a region and index month (its series, its mechanism, its dibao standards) and runs the
 * calculator on it. Series: the region's own index if it records one, else the nearest ancestor's, else the
 * national one. The region path always ends at {@link MechanismResolver#NATIONAL}.
 */
@Service
@Transactional(readOnly = true)
public class PriceSubsidies {

    private final PriceStore store;
    private final RegionCatalog regions;
    private final PolicyParameters policy;
    private final WorkingDayCalendar calendar;

    PriceSubsidies(PriceStore store, RegionCatalog regions, PolicyParameters policy, WorkingDayCalendar calendar) {
        this.store = store;
        this.regions = regions;
        this.policy = policy;
        this.calendar = calendar;
    }

    /** The region's path, nearest first, ending at the national level. */
    public List<String> path(String region) {
        List<String> nearestFirst = new ArrayList<>();
        if (!MechanismResolver.NATIONAL.equals(region)) {
            List<Region> ancestry = regions.ancestry(RegionCode.of(region));
            if (ancestry.isEmpty()) {
                throw SafeguardException.notFound("region");
            }
            for (int i = ancestry.size() - 1; i >= 0; i--) {
                nearestFirst.add(ancestry.get(i).code().value());
            }
        }
        nearestFirst.add(MechanismResolver.NATIONAL);
        return nearestFirst;
    }

    /** The index in force for the region and month: its own, else the nearest ancestor's, else the national one. */
    public Optional<PriceIndex> seriesFor(String region, YearMonth month) {
        for (String r : path(region)) {
            Optional<PriceIndex> own = store.currentIndex(r, month);
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.empty();
    }

    public Mechanism mechanism(String region, YearMonth month) {
        return new MechanismResolver(store.mechanisms()).resolve(path(region), month);
    }

    /** The calculator for a region, month, groups and standard, with everything resolved from the stored data. */
    public PriceSubsidyResult calculate(String region, YearMonth month, Collection<CoveredGroup> groups, UrbanRural urbanRural) {
        Mechanism mechanism = mechanism(region, month);
        PriceIndex index = seriesFor(region, month).orElse(null);
        BigDecimal urban = null;
        BigDecimal rural = null;
        if (!groups.isEmpty() && !MechanismResolver.NATIONAL.equals(region)) {
            ResolvedPolicy p = policy.resolve(RegionCode.of(region), month.atDay(1));
            urban = p.money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).orElse(null);
            rural = p.money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL).orElse(null);
        }
        return PriceSubsidyCalculator.calculate(RegionCode.of(region), month, index, mechanism, groups, urbanRural,
                urban, rural, calendar::addWorkingDays);
    }
}
