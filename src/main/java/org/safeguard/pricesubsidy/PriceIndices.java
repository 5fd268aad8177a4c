package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records price indices and corrections, and evaluates the month for every affected region in the same
 * transaction: the recording region and every province, prefecture or county below it (and any region with its
 * own mechanism version) whose series is the recorded one. The national series (region 000000000000) ships as
 * reference data; staff record and correct it only from a province-level home region.
 */
@Service
public class PriceIndices {

    private static final BigDecimal LIMIT = new BigDecimal("1000");

    private final PriceStore store;
    private final PriceSubsidies subsidies;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    PriceIndices(PriceStore store, PriceSubsidies subsidies, RegionCatalog regions, AuditTrail audit,
                 CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.subsidies = subsidies;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public record Recorded(PriceIndex index, List<Evaluation> evaluations) {
    }

    @Transactional
    public Recorded record(PriceIndexRequest request) {
        validate(request);
        requireWritable(request.regionCode());
        if (store.currentIndex(request.regionCode(), request.month()).isPresent()) {
            throw SafeguardException.invalid(FieldProblem.of("month", "PRICE_INDEX_EXISTS"));
        }
        return write(request, null);
    }

    @Transactional
    public Recorded correct(long id, PriceIndexRequest request) {
        PriceIndex old = visibleIndex(id);
        requireWritable(old.regionCode());
        PriceIndexRequest merged = new PriceIndexRequest(old.regionCode(), old.month(), request.cpiYoy(), request.foodYoy(),
                request.scpiYoy(), request.publishedOn() == null ? old.publishedOn() : request.publishedOn(),
                request.sourceRef() == null ? old.sourceRef() : request.sourceRef());
        validate(merged);
        PriceIndex current = store.currentIndex(old.regionCode(), old.month()).orElseThrow();
        return write(merged, current.id());
    }

    /** Reference-data load (no staff member): records without scope checks; evaluations by "system". */
    @Transactional
    public Recorded recordAsSystem(PriceIndexRequest request) {
        validate(request);
        Long corrects = store.currentIndex(request.regionCode(), request.month()).map(PriceIndex::id).orElse(null);
        return write(request, corrects);
    }

    public PriceIndex visibleIndex(long id) {
        PriceIndex index = store.index(id).orElseThrow(() -> SafeguardException.notFound("priceIndex"));
        if (!visible(index.regionCode())) {
            throw SafeguardException.notFound("priceIndex");
        }
        return index;
    }

    /** Current indices of the national level and every region on the caller's path or in their subtree. */
    @Transactional(readOnly = true)
    public List<PriceIndex> list(String regionCode) {
        List<PriceIndex> out = new ArrayList<>();
        for (PriceIndex i : store.currentIndices()) {
            if (visible(i.regionCode()) && (regionCode == null || regionCode.equals(i.regionCode()))) {
                out.add(i);
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<PriceIndex> history(long id) {
        PriceIndex index = visibleIndex(id);
        return store.history(index.regionCode(), index.month());
    }

    /** Re-evaluates every region affected by the series of {@code seriesRegion} for the month. */
    @Transactional
    public List<Evaluation> evaluate(String seriesRegion, YearMonth month) {
        String by = currentStaff.find().map(StaffPrincipal::username).orElse("system");
        List<Evaluation> out = new ArrayList<>();
        for (String region : affected(seriesRegion, month)) {
            PriceSubsidyResult result = subsidies.calculate(region, month, List.of(), null);
            if (result.index() == null) {
                continue;
            }
            long id = store.insertEvaluation(result, by, clock.instant());
            out.add(store.evaluation(id).orElseThrow());
        }
        return out;
    }

    private Recorded write(PriceIndexRequest r, Long corrects) {
        String by = currentStaff.find().map(StaffPrincipal::username).orElse("system");
        long id = store.insertIndex(r.regionCode(), r.month(), r.cpiYoy(), r.foodYoy(), r.scpiYoy(), r.publishedOn(),
                r.sourceRef(), corrects, by, clock.instant());
        audit.record(AuditRecord.of(corrects == null ? "PRICE_INDEX_RECORDED" : "PRICE_INDEX_CORRECTED", "price_index", id)
                .detail("region", r.regionCode()).detail("month", r.month().toString())
                .detail("cpi", r.cpiYoy().toPlainString()).detail("food", r.foodYoy().toPlainString())
                .detail("corrects", corrects));
        List<Evaluation> evaluations = evaluate(r.regionCode(), r.month());
        return new Recorded(store.index(id).orElseThrow(), evaluations);
    }

    /** The recording region, and below it the provinces, prefectures, counties and regions with their own mechanism. */
    Set<String> affected(String seriesRegion, YearMonth month) {
        Set<String> withMechanism = new java.util.HashSet<>();
        store.mechanisms().forEach(m -> withMechanism.add(m.regionCode()));
        List<Region> below = new ArrayList<>();
        if (MechanismResolver.NATIONAL.equals(seriesRegion)) {
            for (Region root : regions.roots()) {
                below.addAll(regions.subtree(root.code()));
            }
        } else {
            below.addAll(regions.subtree(RegionCode.of(seriesRegion)));
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(seriesRegion);
        for (Region r : below) {
            String code = r.code().value();
            boolean launchLevel = r.level() == RegionLevel.PROVINCE || r.level() == RegionLevel.PREFECTURE
                    || r.level() == RegionLevel.COUNTY;
            if (!code.equals(seriesRegion) && (launchLevel || withMechanism.contains(code))) {
                Optional<PriceIndex> series = subsidies.seriesFor(code, month);
                if (series.isPresent() && series.get().regionCode().equals(seriesRegion)) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private boolean visible(String region) {
        StaffPrincipal staff = currentStaff.get();
        if (MechanismResolver.NATIONAL.equals(region)) {
            return true;
        }
        RegionCode code = RegionCode.of(region);
        return staff.canSee(code) || code.contains(staff.homeRegion());
    }

    private void requireWritable(String region) {
        StaffPrincipal staff = currentStaff.get();
        if (MechanismResolver.NATIONAL.equals(region)) {
            if (staff.homeRegion().impliedLevel() != RegionLevel.PROVINCE) {
                throw SafeguardException.notFound("region");
            }
            return;
        }
        if (!staff.canSee(RegionCode.of(region)) || !regions.exists(region)) {
            throw SafeguardException.notFound("region");
        }
    }

    private void validate(PriceIndexRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(r.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        } else if (!MechanismResolver.NATIONAL.equals(r.regionCode())) {
            RegionLevel level = RegionCode.of(r.regionCode()).impliedLevel();
            if (level == RegionLevel.TOWNSHIP || level == RegionLevel.COMMUNITY) {
                problems.add(FieldProblem.of("regionCode", "PRICE_INDEX_LEVEL"));
            }
        }
        if (r.month() == null) {
            problems.add(FieldProblem.of("month", "REQUIRED"));
        }
        percent(problems, "cpiYoy", r.cpiYoy(), true);
        percent(problems, "foodYoy", r.foodYoy(), true);
        percent(problems, "scpiYoy", r.scpiYoy(), false);
        if (r.publishedOn() == null) {
            problems.add(FieldProblem.of("publishedOn", "REQUIRED"));
        } else if (r.month() != null && !r.publishedOn().isAfter(r.month().atEndOfMonth())) {
            problems.add(FieldProblem.of("publishedOn", "PRICE_INDEX_PUBLISHED_TOO_EARLY"));
        }
        if (r.sourceRef() != null && r.sourceRef().length() > 200) {
            problems.add(FieldProblem.of("sourceRef", "LENGTH", 0, 200));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
    }

    private static void percent(List<FieldProblem> problems, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "REQUIRED"));
            }
        } else if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 2) {
            problems.add(FieldProblem.of(field, "INVALID"));
        }
    }
}
