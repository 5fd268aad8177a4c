package org.safeguard.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maker-checker for parameter changes. A proposal (one region, one effective date, one or more parameters) is made by a
 * user with POLICY_PROPOSE for a region in their subtree; a different user with POLICY_APPROVE whose subtree holds the
 * region approves or rejects it; the proposer may withdraw it. Approval records every change with
 * {@link PolicyParameters#record} (history kept, nothing overwritten) and publishes {@link PolicyChangeApproved} in the
 * same transaction. Every state change goes through {@link #apply}: table check, stored transition, audit.
 */
@Service
public class ParameterProposals {

    private final ProposalStore store;
    private final ProposalQueries queries;
    private final PolicyParameters parameters;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ParameterProposals(ProposalStore store, ProposalQueries queries, PolicyParameters parameters, RegionCatalog regions,
                       AuditTrail audit, CurrentStaff currentStaff, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.queries = queries;
        this.parameters = parameters;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ProposalView propose(ProposalRequest request) {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.may(Permission.POLICY_PROPOSE)) {
            throw SafeguardException.forbidden();
        }
        ProposalValidation.Valid valid = ProposalValidation.validate(request, parameters.catalog(), regions);
        if (regions.find(valid.region()).isEmpty()) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
        }
        if (!staff.canSee(valid.region())) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "REGION_OUT_OF_SCOPE"));
        }
        Instant now = clock.instant();
        long id = store.insert(valid.region().value(), valid.effectiveFrom(), valid.reason(), staff.username(), now);
        int seq = 0;
        for (int i = 0; i < valid.versions().size(); i++) {
            NewParameterVersion v = valid.versions().get(i);
            String text = v.parameter().isList()
                    ? ProposedValues.format(v.assetRules(), v.supplements(), v.parameter()) : v.valueText();
            store.insertChange(id, seq++, v.parameter(), text);
        }
        store.recordTransition(id, null, ProposalState.PROPOSED, ProposalAction.PROPOSE, staff.username(), now, valid.reason());
        audit.record(AuditRecord.of("POLICY_PROPOSAL_CREATED", "policy_proposal", id)
                .detail("region", valid.region().value()).detail("effectiveFrom", valid.effectiveFrom().toString())
                .detail("parameters", valid.versions().stream().map(v -> v.parameter().name()).toList().toString())
                .detail("reason", valid.reason()));
        return queries.view(store.find(id).orElseThrow());
    }

    @Transactional
    public ProposalView approve(long id, String reason) {
        ProposalStore.ProposalRow p = lockVisible(id);
        ProposalTransitions.require(p.state(), ProposalAction.APPROVE);
        StaffPrincipal staff = checker(p);
        String note = blank(reason);
        List<ProposalStore.ChangeRow> changes = store.changes(id);
        List<NewParameterVersion> versions = versionsOf(p, changes, parameters.catalog(), regions);
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            long versionId = parameters.record(versions.get(i));
            store.linkVersion(id, changes.get(i).seq(), versionId);
            changed.add(versions.get(i).parameter().name());
        }
        apply(p, ProposalAction.APPROVE, note);
        events.publishEvent(new PolicyChangeApproved(id, p.regionCode(), changed, p.effectiveFrom(), p.proposedBy(),
                staff.username()));
        return queries.view(store.find(id).orElseThrow());
    }

    @Transactional
    public ProposalView reject(long id, String reason) {
        ProposalStore.ProposalRow p = lockVisible(id);
        ProposalTransitions.require(p.state(), ProposalAction.REJECT);
        checker(p);
        if (blank(reason) == null) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "REQUIRED"));
        }
        apply(p, ProposalAction.REJECT, blank(reason));
        return queries.view(store.find(id).orElseThrow());
    }

    @Transactional
    public ProposalView withdraw(long id, String reason) {
        ProposalStore.ProposalRow p = lockVisible(id);
        ProposalTransitions.require(p.state(), ProposalAction.WITHDRAW);
        if (!p.proposedBy().equals(currentStaff.get().username())) {
            throw new SafeguardException(ProblemCode.FORBIDDEN, "policy.problem.proposerOnly", List.of(), List.of());
        }
        apply(p, ProposalAction.WITHDRAW, blank(reason));
        return queries.view(store.find(id).orElseThrow());
    }

    /** The parameter versions a proposal records when approved (and the impact preview applies). */
    static List<NewParameterVersion> versionsOf(ProposalStore.ProposalRow p, List<ProposalStore.ChangeRow> changes,
                                                ParameterCatalog catalog, RegionCatalog regions) {
        List<ProposalRequest.Change> requested = changes.stream()
                .map(c -> new ProposalRequest.Change(c.parameter().name(), c.valueText())).toList();
        ProposalValidation.Valid valid = ProposalValidation.validate(new ProposalRequest(p.regionCode(),
                p.effectiveFrom().toString(), p.reason(), requested), catalog, regions);
        String note = ("proposal " + p.id() + ": " + p.reason());
        String shortNote = note.length() > 300 ? note.substring(0, 300) : note;
        List<NewParameterVersion> versions = new ArrayList<>();
        for (NewParameterVersion v : valid.versions()) {
            versions.add(new NewParameterVersion(v.regionCode(), v.parameter(), v.effectiveFrom(), null, v.valueText(),
                    v.assetRules(), v.supplements(), shortNote, false));
        }
        return versions;
    }

    /** The scope check first (404), then the lock for the state change. */
    private ProposalStore.ProposalRow lockVisible(long id) {
        queries.visible(id);
        return store.lock(id).orElseThrow(() -> SafeguardException.notFound("proposal"));
    }

    /** Four eyes: the checker holds POLICY_APPROVE and is not the proposer, whatever else they may do. */
    private StaffPrincipal checker(ProposalStore.ProposalRow p) {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.may(Permission.POLICY_APPROVE)) {
            throw SafeguardException.forbidden();
        }
        if (p.proposedBy().equals(staff.username())) {
            throw new SafeguardException(ProblemCode.FORBIDDEN, "policy.problem.fourEyes", List.of(), List.of());
        }
        if (!staff.canSee(RegionCode.of(p.regionCode()))) {
            throw SafeguardException.notFound("proposal");
        }
        return staff;
    }

    /** The one place a proposal changes state: table check, stored state and transition, audit. */
    private void apply(ProposalStore.ProposalRow p, ProposalAction action, String reason) {
        ProposalState to = ProposalTransitions.require(p.state(), action);
        String actor = currentStaff.get().username();
        Instant now = clock.instant();
        store.changeState(p.id(), to, actor, now, reason);
        store.recordTransition(p.id(), p.state(), to, action, actor, now, reason);
        AuditRecord record = AuditRecord.of("POLICY_PROPOSAL_" + action.name(), "policy_proposal", p.id())
                .detail("region", p.regionCode()).detail("effectiveFrom", p.effectiveFrom().toString())
                .detail("from", p.state().name()).detail("to", to.name());
        if (reason != null) {
            record.detail("reason", reason);
        }
        audit.record(record);
    }

    /** A decision note or reason: blank is none; longer than 500 characters is refused beside the field. */
    private static String blank(String s) {
        if (s != null && s.strip().length() > 500) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "LENGTH", 1, 500));
        }
        return s == null || s.isBlank() ? null : s.strip();
    }
}
