package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's own mechanism versions (lower thresholds, a minimum amount, the SCPI basis). A threshold may be lower
 * than what the regions above impose, never higher (domain.md §6.1, §6.4): checked for every index month from the
 * version's start up to its end (or 24 months on for an open version, which covers the known national phases).
 * Months that already have an index are re-evaluated for the region's subtree.
 */
@Service
public class MechanismParameters {

    private final PriceStore store;
    private final PriceSubsidies subsidies;
    private final PriceIndices indices;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    MechanismParameters(PriceStore store, PriceSubsidies subsidies, PriceIndices indices, RegionCatalog regions,
                        AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.subsidies = subsidies;
        this.indices = indices;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public List<MechanismRow> versions() {
        return store.mechanisms();
    }

    @Transactional
    public long record(NewMechanismVersion v) {
        List<FieldProblem> problems = new ArrayList<>();
        if (v.regionCode() == null || !RegionCode.isWellFormed(v.regionCode()) || !regions.exists(v.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
        }
        if (v.from() == null) {
            problems.add(FieldProblem.of("from", "REQUIRED"));
        } else if (v.to() != null && v.to().isBefore(v.from())) {
            problems.add(FieldProblem.of("to", "TOO_SMALL"));
        }
        positive(problems, "cpiTrigger", v.cpiTrigger());
        positive(problems, "foodTrigger", v.foodTrigger());
        positive(problems, "multiplier", v.multiplier());
        if (v.minAmount() != null && (v.minAmount().signum() < 0 || v.minAmount().scale() > 0 && v.minAmount().stripTrailingZeros().scale() > 0)) {
            problems.add(FieldProblem.of("minAmount", "INVALID"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        StaffPrincipal staff = currentStaff.find().orElse(null);
        if (staff != null && !staff.canSee(RegionCode.of(v.regionCode()))) {
            throw SafeguardException.notFound("region");
        }
        MechanismResolver resolver = new MechanismResolver(store.mechanisms());
        List<String> path = subsidies.path(v.regionCode());
        YearMonth last = v.to() != null ? v.to() : v.from().plusMonths(24);
        for (YearMonth m = v.from(); !m.isAfter(last); m = m.plusMonths(1)) {
            Mechanism above = resolver.resolveAbove(path, m);
            if (above == null) {
                break;
            }
            if (v.cpiTrigger() != null && v.cpiTrigger().compareTo(above.cpiTrigger()) > 0) {
                problems.add(FieldProblem.of("cpiTrigger", "PRICE_THRESHOLD_ABOVE_PARENT", above.cpiTrigger().toPlainString(), m.toString()));
                break;
            }
            if (v.foodTrigger() != null && v.foodTrigger().compareTo(above.foodTrigger()) > 0) {
                problems.add(FieldProblem.of("foodTrigger", "PRICE_THRESHOLD_ABOVE_PARENT", above.foodTrigger().toPlainString(), m.toString()));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        String by = staff == null ? "system" : staff.username();
        long id = store.insertMechanism(v, by, clock.instant());
        audit.record(AuditRecord.of("PRICE_MECHANISM_RECORDED", "price_mechanism", id).detail("region", v.regionCode())
                .detail("from", v.from().toString()).detail("to", v.to() == null ? null : v.to().toString())
                .detail("cpiTrigger", plain(v.cpiTrigger())).detail("foodTrigger", plain(v.foodTrigger()))
                .detail("minAmount", plain(v.minAmount())));
        for (PriceIndex i : store.currentIndices()) {
            if (!i.month().isBefore(v.from()) && (v.to() == null || !i.month().isAfter(v.to()))
                    && subsidies.seriesFor(v.regionCode(), i.month()).map(s -> s.id() == i.id()).orElse(false)) {
                indices.evaluate(i.regionCode(), i.month());
            }
        }
        return id;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static void positive(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.compareTo(new BigDecimal("100")) > 0)) {
            problems.add(FieldProblem.of(field, "INVALID"));
        }
    }
}
