package org.safeguard.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.cache.CacheVersions;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The regional parameter store: resolve what is in force for a region on a date (inherited down the region
 * tree), read a region's history, and record a new version. Recording is the single write path; a later
 * maker-checker proposal calls {@link #record} when it is approved. Versions are cached in memory
 * (a few hundred rows) and the cache is dropped after every write commits; other nodes drop theirs within the
 * version-check interval, because a write bumps the {@value #CACHE} version in its transaction.
 */
@Service
public class PolicyParameters {

    private final ParameterStore store;
    private final ParameterCatalog catalog;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    static final String CACHE = "policy-parameters";

    private volatile ParameterResolver resolver;
    private final CacheVersions versions;
    private final CacheVersions.Watch version;

    PolicyParameters(ParameterStore store, ParameterCatalog catalog, RegionCatalog regions, AuditTrail audit, CurrentStaff currentStaff, Clock clock,
                     CacheVersions versions) {
        this.versions = versions;
        this.version = versions.watch(CACHE);
        this.store = store;
        this.catalog = catalog;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Every declared parameter. */
    public ParameterCatalog catalog() {
        return catalog;
    }

    /** Everything in force for the region on the date; the region must exist. */
    public ResolvedPolicy resolve(RegionCode region, LocalDate date) {
        return resolve(region, date, resolver());
    }

    /** Resolution through a given resolver (the recorded one, or {@link #resolverWith} for a "what if"). */
    ResolvedPolicy resolve(RegionCode region, LocalDate date, ParameterResolver using) {
        List<Region> path = regions.ancestry(region);
        if (path.isEmpty()) {
            throw SafeguardException.notFound("region");
        }
        List<RegionCode> nearestFirst = new ArrayList<>(path.size());
        for (int i = path.size() - 1; i >= 0; i--) {
            nearestFirst.add(path.get(i).code());
        }
        return using.resolve(nearestFirst, date);
    }

    /** The resolver over the recorded versions. */
    ParameterResolver currentResolver() {
        return resolver();
    }

    /**
     * A resolver as it would be once these versions are recorded: they are added after every stored version, so for
     * the same region, parameter and start they win, as a later recording would (the impact preview's "after").
     */
    ParameterResolver resolverWith(List<NewParameterVersion> extra) {
        List<ParameterVersion> all = new ArrayList<>(store.all());
        long next = all.stream().mapToLong(ParameterVersion::id).max().orElse(0) + 1;
        for (NewParameterVersion v : extra) {
            all.add(new ParameterVersion(next++, v.regionCode(), v.parameter(), v.effectiveFrom(), v.effectiveTo(),
                    v.parameter().isList() ? null : v.parameter().parse(v.valueText()), v.assetRules(), v.supplements(),
                    v.note(), false));
        }
        return new ParameterResolver(all);
    }

    /** The versions a region itself stored (not inherited), newest start first, superseded ones included. */
    public List<ParameterVersion> history(RegionCode region) {
        List<ParameterVersion> own = new ArrayList<>();
        for (ParameterVersion v : store.all()) {
            if (v.regionCode().equals(region)) {
                own.add(v);
            }
        }
        own.sort(Comparator.comparing(ParameterVersion::effectiveFrom).thenComparing(ParameterVersion::id).reversed());
        return Collections.unmodifiableList(own);
    }

    /** The versions the region and every region above it stored, newest start first: what it inherits from and when. */
    public List<ParameterVersion> historyAlongAncestry(RegionCode region) {
        List<ParameterVersion> versions = new ArrayList<>();
        for (Region r : regions.ancestry(region)) {
            versions.addAll(history(r.code()));
        }
        versions.sort(Comparator.comparing(ParameterVersion::effectiveFrom).thenComparing(ParameterVersion::id).reversed());
        return Collections.unmodifiableList(versions);
    }

    /** Validates, stores and audits one version; returns its id. */
    @Transactional
    public long record(NewParameterVersion version) {
        List<FieldProblem> problems = validate(version);
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        RegionLevel level = regions.find(version.regionCode()).map(Region::level).orElseThrow();
        if (!version.parameter().settableAt(level)) {
            throw ProposalValidation.levelNotAllowed(version.parameter(), level, "parameter");
        }
        String by = currentStaff.find().map(StaffPrincipal::username).orElse("system");
        long id = store.insert(version, by, clock.instant());
        audit.record(AuditRecord.of("POLICY_PARAMETER_RECORDED", "policy_parameter_version", id)
                .detail("region", version.regionCode().value())
                .detail("parameter", version.parameter().name())
                .detail("effectiveFrom", version.effectiveFrom().toString())
                .detail("effectiveTo", version.effectiveTo() == null ? null : version.effectiveTo().toString())
                .detail("value", describe(version)));
        versions.bump(CACHE);
        invalidateAfterCommit();
        return id;
    }

    /** Drops the in-memory copy (after a write elsewhere, or in tests). */
    public void invalidate() {
        resolver = null;
    }

    long count() {
        return store.count();
    }

    private ParameterResolver resolver() {
        if (version.moved()) {
            resolver = null;
        }
        ParameterResolver r = resolver;
        if (r == null) {
            r = new ParameterResolver(store.all());
            resolver = r;
        }
        return r;
    }

    private void invalidateAfterCommit() {
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private List<FieldProblem> validate(NewParameterVersion v) {
        List<FieldProblem> problems = new ArrayList<>();
        if (v.regionCode() == null || !regions.exists(v.regionCode().value())) {
            problems.add(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
        }
        if (v.parameter() == null) {
            problems.add(FieldProblem.of("parameter", "REQUIRED"));
            return problems;
        }
        if (v.effectiveFrom() == null) {
            problems.add(FieldProblem.of("effectiveFrom", "REQUIRED"));
        } else if (v.effectiveTo() != null && v.effectiveTo().isBefore(v.effectiveFrom())) {
            problems.add(FieldProblem.of("effectiveTo", "TOO_SMALL"));
        }
        if (catalog.find(v.parameter().name()).isEmpty()) {
            problems.add(new FieldProblem("parameter", "PARAMETER_UNKNOWN", "policy.validation.PARAMETER_UNKNOWN", List.of()));
        } else if (v.parameter().isList()) {
            if (v.parameter().equals(PolicyParameterDeclarations.ASSET_RULES) && v.assetRules() == null
                    || v.parameter().equals(PolicyParameterDeclarations.SUPPLEMENTS) && v.supplements() == null) {
                problems.add(FieldProblem.of("value", "REQUIRED"));
            }
        } else {
            ParameterDefinition.Refusal refusal = v.parameter().refusal(v.valueText());
            if (refusal != null) {
                problems.add(ProposalValidation.problem("value", v.parameter(), refusal));
            }
        }
        if (v.note() != null && v.note().length() > 300) {
            problems.add(FieldProblem.of("note", "LENGTH", 0, 300));
        }
        return problems;
    }

    private static String describe(NewParameterVersion v) {
        if (v.parameter().equals(PolicyParameterDeclarations.ASSET_RULES)) {
            return v.assetRules().stream().map(r -> r.code() + " " + r.measure() + " " + r.assetTypes() + " "
                    + r.comparison().symbol() + " " + r.threshold().source()).toList().toString();
        }
        if (v.parameter().equals(PolicyParameterDeclarations.SUPPLEMENTS)) {
            return v.supplements().stream().map(s -> s.category() + " " + s.amountType() + " " + s.value().toPlainString())
                    .toList().toString();
        }
        return v.valueText();
    }
}
