package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.policy.dibao.ActiveDibaoCaseload;
import org.safeguard.policy.dibao.DibaoCalculator;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a proposal would do to the households receiving dibao in its region's subtree: each household is calculated
 * twice with {@link DibaoCalculator} (parameters in force now, and with the proposal applied) on the reference date
 * = the first day of the later of the effective month and the current month. Counts per child region of the
 * proposal's region: households whose amount changes, that gain or lose eligibility, and the monthly cost before and
 * after. Parameters are resolved once per household region, not per household. The result is stored with the
 * proposal (who ran it, when) so the approver sees it.
 */
@Service
public class ImpactPreview {

    private final ProposalQueries queries;
    private final ProposalStore store;
    private final PolicyParameters parameters;
    private final RegionCatalog regions;
    private final ObjectProvider<ActiveDibaoCaseload> caseload;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ImpactPreview(ProposalQueries queries, ProposalStore store, PolicyParameters parameters, RegionCatalog regions,
                  ObjectProvider<ActiveDibaoCaseload> caseload, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.parameters = parameters;
        this.regions = regions;
        this.caseload = caseload;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /**
     * Runs the preview for a proposal in the caller's subtree, stores it and returns the proposal with it. One
     * read-mostly transaction, so that a caseload source can stream with a database cursor; the proposal row is locked
     * only at the end, to store the result.
     */
    @Transactional
    public ProposalView run(long proposalId) {
        ProposalStore.ProposalRow p = queries.visible(proposalId);
        ProposalTransitions.require(p.state(), ProposalAction.PREVIEW);
        ActiveDibaoCaseload source = caseload.getIfAvailable();
        if (source == null) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "policy.problem.noCaseloadSource");
        }
        List<NewParameterVersion> versions = ParameterProposals.versionsOf(p, store.changes(proposalId), parameters.catalog(), regions);
        YearMonth month = YearMonth.from(p.effectiveFrom());
        YearMonth now = YearMonth.now(clock);
        LocalDate referenceDate = (month.isAfter(now) ? month : now).atDay(1);
        List<ProposalStore.PreviewRow> rows = compute(source, RegionCode.of(p.regionCode()), versions, referenceDate).stream()
                .map(r -> new ProposalStore.PreviewRow(r.regionCode(), r.households(), r.changed(), r.gained(), r.lost(),
                        r.currentMonthlyCost(), r.proposedMonthlyCost())).toList();
        String by = currentStaff.get().username();
        store.lock(proposalId).map(ProposalStore.ProposalRow::state)
                .ifPresent(state -> ProposalTransitions.require(state, ProposalAction.PREVIEW));
        store.replacePreview(proposalId, rows, by, clock.instant(), referenceDate);
        long households = rows.stream().mapToLong(ProposalStore.PreviewRow::households).sum();
        audit.record(AuditRecord.of("POLICY_PROPOSAL_PREVIEW", "policy_proposal", proposalId)
                .detail("region", p.regionCode()).detail("referenceDate", referenceDate.toString())
                .detail("households", households));
        return queries.find(proposalId);
    }

    /** The counting itself, one row per child region that has households, without storing. */
    public List<ProposalView.Row> compute(ActiveDibaoCaseload source, RegionCode region,
                                                   List<NewParameterVersion> versions, LocalDate referenceDate) {
        ParameterResolver before = parameters.currentResolver();
        ParameterResolver after = parameters.resolverWith(versions);
        List<Region> children = regions.children(region);
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        Map<String, PerRegion> perRegion = new HashMap<>();
        source.forEachActive(region, YearMonth.from(referenceDate), h -> {
            PerRegion r = perRegion.computeIfAbsent(h.region().value(), code -> {
                RegionCode c = RegionCode.of(code);
                String bucket = children.stream().map(Region::code).filter(child -> child.contains(c)).findFirst()
                        .orElse(region).value();
                return new PerRegion(buckets.computeIfAbsent(bucket, Bucket::new),
                        dibao(parameters.resolve(c, referenceDate, before)), dibao(parameters.resolve(c, referenceDate, after)));
            });
            r.bucket.add(calculate(h, r.before, referenceDate), calculate(h, r.after, referenceDate));
        });
        List<ProposalView.Row> rows = new ArrayList<>();
        buckets.values().stream().sorted((a, b) -> a.region.compareTo(b.region)).forEach(b -> rows.add(b.row()));
        return rows;
    }

    private static DibaoParameters dibao(ResolvedPolicy policy) {
        return DibaoParameters.from(policy);
    }

    /** A household whose hukou type has no standard cannot be assessed: it counts as not eligible, amount 0. */
    private static DibaoResult calculate(ActiveDibaoCaseload.CaseloadHousehold h, DibaoParameters p, LocalDate date) {
        if (p.standard(h.facts().hukouType()) == null) {
            return null;
        }
        return DibaoCalculator.calculate(h.facts(), p, date, false);
    }

    private record PerRegion(Bucket bucket, DibaoParameters before, DibaoParameters after) {
    }

    private static final class Bucket {
        final String region;
        long households, changed, gained, lost;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal proposed = BigDecimal.ZERO;

        Bucket(String region) {
            this.region = region;
        }

        void add(DibaoResult before, DibaoResult after) {
            households++;
            boolean wasEligible = before != null && before.eligible();
            boolean isEligible = after != null && after.eligible();
            if (!wasEligible && isEligible) {
                gained++;
            } else if (wasEligible && !isEligible) {
                lost++;
            } else if (wasEligible && before.monthlyAmount().compareTo(after.monthlyAmount()) != 0) {
                changed++;
            }
            if (wasEligible) {
                current = current.add(before.monthlyAmount());
            }
            if (isEligible) {
                proposed = proposed.add(after.monthlyAmount());
            }
        }

        ProposalView.Row row() {
            return new ProposalView.Row(region, households, changed, gained, lost, current.setScale(2), proposed.setScale(2),
                    proposed.subtract(current).setScale(2));
        }
    }
}
