package org.safeguard.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency declarations managed by people (domain.md §1.3): propose (POLICY_PROPOSE), approve or reject by a
 * different reviewer (POLICY_APPROVE, four eyes), amend as a new proposal that supersedes the declaration once
 * approved, and end. Only staff whose home region covers the declaration's region may act on it. Every change is a
 * stored transition and an audit record; ending publishes {@link EmergencyDeclarationEnded} and one
 * {@link EmergencyFlagEnded} per flag, an approved amendment one per flag it stops holding today. The acting staff
 * member is a parameter because the demo loader uses the same use cases without a request.
 */
@Service
public class EmergencyDeclarations {

    private final EmergencyDeclarationStore store;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyDeclarations(EmergencyDeclarationStore store, RegionCatalog regions, AuditTrail audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DeclarationView propose(DeclarationRequest request, StaffPrincipal maker) {
        EmergencyDeclaration d = validForMaker(request, maker);
        long id = insert(d, null, maker);
        return view(id);
    }

    /** A new proposal replacing an approved declaration of the same region; the old one holds until it is approved. */
    @Transactional
    public DeclarationView amend(long id, DeclarationRequest request, StaffPrincipal maker) {
        EmergencyDeclarationStore.Row target = lockActionable(id, maker);
        DeclarationTransitions.require(target.state(), DeclarationAction.AMEND);
        EmergencyDeclaration d = validForMaker(request, maker);
        if (!d.regionCode().equals(target.declaration().regionCode())) {
            throw SafeguardException.invalid(new FieldProblem("regionCode", "AMEND_REGION_CHANGED",
                    "policy.validation.AMEND_REGION_CHANGED", List.of()));
        }
        long amendment = insert(d, id, maker);
        transition(target, DeclarationAction.AMEND, maker.username(), "amendment " + amendment);
        return view(amendment);
    }

    @Transactional
    public DeclarationView approve(long id, String note, StaffPrincipal checker) {
        EmergencyDeclarationStore.Row p = lockActionable(id, checker);
        DeclarationTransitions.require(p.state(), DeclarationAction.APPROVE);
        fourEyes(p, checker);
        String text = note(note, "note");
        if (p.amendsId() != null) {
            EmergencyDeclarationStore.Row old = store.lock(p.amendsId()).orElseThrow();
            DeclarationTransitions.require(old.state(), DeclarationAction.SUPERSEDE);
            transition(old, DeclarationAction.SUPERSEDE, checker.username(), "superseded by " + id);
            LocalDate today = LocalDate.now(clock);
            for (EmergencyFlag flag : heldFlags(old.declaration())) {
                if (old.declaration().holds(flag, today) && !p.declaration().holds(flag, today)) {
                    events.publishEvent(new EmergencyFlagEnded(old.id(), old.declaration().regionCode().value(), flag, today));
                }
            }
        }
        store.decided(id, checker.username(), clock.instant(), text);
        transition(p, DeclarationAction.APPROVE, checker.username(), text);
        return view(id);
    }

    @Transactional
    public DeclarationView reject(long id, String reason, StaffPrincipal checker) {
        EmergencyDeclarationStore.Row p = lockActionable(id, checker);
        DeclarationTransitions.require(p.state(), DeclarationAction.REJECT);
        fourEyes(p, checker);
        String text = note(reason, "reason");
        if (text == null) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "REQUIRED"));
        }
        store.decided(id, checker.username(), clock.instant(), text);
        transition(p, DeclarationAction.REJECT, checker.username(), text);
        return view(id);
    }

    /**
     * Ends the declaration from {@code endsOn} (default today; its last day becomes the day before). The day must lie
     * after the start, not after today (a future end is an amendment) and not after the declaration's own end.
     */
    @Transactional
    public DeclarationView end(long id, LocalDate endsOn, String reason, StaffPrincipal staff) {
        EmergencyDeclarationStore.Row d = lockActionable(id, staff);
        if (!staff.may(Permission.POLICY_APPROVE)) {
            throw SafeguardException.forbidden();
        }
        DeclarationTransitions.require(d.state(), DeclarationAction.END);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = endsOn == null ? today : endsOn;
        EmergencyDeclaration e = d.declaration();
        if (!from.isAfter(e.startDate())) {
            throw invalid("endsOn", "ENDS_BEFORE_START");
        } else if (from.isAfter(today)) {
            throw invalid("endsOn", "ENDS_IN_FUTURE");
        } else if (e.endDate() != null && from.isAfter(e.endDate())) {
            throw invalid("endsOn", "ALREADY_OVER");
        }
        String text = note(reason, "reason");
        if (text == null) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "REQUIRED"));
        }
        store.ended(id, from.minusDays(1), staff.username(), clock.instant(), text);
        transition(d, DeclarationAction.END, staff.username(), text);
        publishEnded(id, e, from);
        return view(id);
    }

    /**
     * Declarations whose last day has passed become ENDED and publish the same events as an ending, so that what
     * they held is released on the day after, not when someone remembers to end them. Returns how many lapsed.
     */
    @Transactional
    public int lapse(String actor) {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (long id : store.lapsedBefore(today)) {
            EmergencyDeclarationStore.Row d = store.lock(id).orElseThrow();
            if (d.state() != DeclarationState.APPROVED) {
                continue;
            }
            transition(d, DeclarationAction.LAPSE, actor, "last day " + d.declaration().endDate());
            publishEnded(id, d.declaration(), d.declaration().endDate().plusDays(1));
            n++;
        }
        return n;
    }

    private void publishEnded(long id, EmergencyDeclaration e, LocalDate endsOn) {
        Set<EmergencyFlag> held = heldFlags(e);
        String region = e.regionCode().value();
        for (EmergencyFlag flag : held) {
            events.publishEvent(new EmergencyFlagEnded(id, region, flag, endsOn));
        }
        events.publishEvent(new EmergencyDeclarationEnded(id, region, endsOn, held));
    }

    /**
     * Declarations for the caller's subtree and the regions above it (they apply there too), optionally only
     * those in {@code region}'s subtree, overlapping {@code from}..{@code to}, in one state; newest first.
     */
    @Transactional(readOnly = true)
    public List<DeclarationView> list(RegionCode region, LocalDate from, LocalDate to, DeclarationState state,
                                      StaffPrincipal staff) {
        RegionCode scope = region == null ? staff.homeRegion() : region;
        if (!visible(scope, staff)) {
            throw SafeguardException.notFound("region");
        }
        return store.relevantTo(scope, from, to, state, 200).stream().filter(r -> visible(r.declaration().regionCode(), staff))
                .map(r -> view(r, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public DeclarationView find(long id, StaffPrincipal staff) {
        EmergencyDeclarationStore.Row row = store.find(id).filter(r -> visible(r.declaration().regionCode(), staff))
                .orElseThrow(() -> SafeguardException.notFound("declaration"));
        return view(row, store.transitions(id));
    }

    long count() {
        return store.count();
    }

    /** A declaration for the member's subtree or for a region above their home region (it applies to them). */
    private static boolean visible(RegionCode region, StaffPrincipal staff) {
        return staff.canSee(region) || region.contains(staff.homeRegion());
    }

    private EmergencyDeclaration validForMaker(DeclarationRequest request, StaffPrincipal maker) {
        if (!maker.may(Permission.POLICY_PROPOSE)) {
            throw SafeguardException.forbidden();
        }
        EmergencyDeclaration d = DeclarationValidation.validate(request, LocalDate.now(clock));
        if (regions.find(d.regionCode()).isEmpty()) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
        }
        if (!maker.canSee(d.regionCode())) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "REGION_OUT_OF_SCOPE"));
        }
        return d;
    }

    private long insert(EmergencyDeclaration d, Long amends, StaffPrincipal maker) {
        Instant now = clock.instant();
        long id = store.insert(d, amends, maker.username(), now);
        store.recordTransition(id, null, DeclarationState.PROPOSED, DeclarationAction.PROPOSE, maker.username(), now, d.reason());
        AuditRecord record = AuditRecord.of("EMERGENCY_DECLARATION_PROPOSED", "emergency_declaration", id)
                .detail("region", d.regionCode().value()).detail("level", d.level().name())
                .detail("start", d.startDate().toString()).detail("end", d.endDate() == null ? null : d.endDate().toString())
                .detail("flags", d.flags().stream().map(f -> f.flag().name()).toList().toString())
                .detail("reason", d.reason());
        if (amends != null) {
            record.detail("amends", amends);
        }
        audit.record(record);
        return id;
    }

    /** Visible to the member and in their subtree (404 otherwise), locked for the state change. */
    private EmergencyDeclarationStore.Row lockActionable(long id, StaffPrincipal staff) {
        EmergencyDeclarationStore.Row row = store.find(id).filter(r -> staff.canSee(r.declaration().regionCode()))
                .orElseThrow(() -> SafeguardException.notFound("declaration"));
        return store.lock(row.id()).orElseThrow();
    }

    private static void fourEyes(EmergencyDeclarationStore.Row p, StaffPrincipal checker) {
        if (!checker.may(Permission.POLICY_APPROVE)) {
            throw SafeguardException.forbidden();
        }
        if (p.proposedBy().equals(checker.username())) {
            throw new SafeguardException(ProblemCode.FORBIDDEN, "policy.problem.fourEyes", List.of(), List.of());
        }
    }

    /** The one place a declaration changes state: table check, stored state and transition, audit. */
    private void transition(EmergencyDeclarationStore.Row d, DeclarationAction action, String actor, String reason) {
        DeclarationState to = DeclarationTransitions.require(d.state(), action);
        Instant now = clock.instant();
        if (to != d.state()) {
            store.changeState(d.id(), to);
        }
        store.recordTransition(d.id(), d.state(), to, action, actor, now, reason);
        AuditRecord record = AuditRecord.of("EMERGENCY_DECLARATION_" + action.name(), "emergency_declaration", d.id())
                .detail("region", d.declaration().regionCode().value()).detail("from", d.state().name()).detail("to", to.name());
        if (reason != null) {
            record.detail("reason", reason);
        }
        audit.record(record);
    }

    private static Set<EmergencyFlag> heldFlags(EmergencyDeclaration d) {
        Set<EmergencyFlag> flags = EnumSet.noneOf(EmergencyFlag.class);
        d.flags().forEach(f -> flags.add(f.flag()));
        return flags;
    }

    private DeclarationView view(long id) {
        return view(store.find(id).orElseThrow(), store.transitions(id));
    }

    private DeclarationView view(EmergencyDeclarationStore.Row r, List<DeclarationView.Transition> transitions) {
        Long supersededBy = r.state() == DeclarationState.SUPERSEDED ? store.supersededBy(r.id()).orElse(null) : null;
        return new DeclarationView(r.id(), r.declaration(), r.state(), r.amendsId(), supersededBy, r.proposedBy(),
                r.proposedAt(), r.decidedBy(), r.decidedAt(), r.decisionNote(), r.endedBy(), r.endedAt(), r.endReason(),
                transitions, DeclarationTransitions.allowed(r.state()));
    }

    private static SafeguardException invalid(String field, String code) {
        return SafeguardException.invalid(new FieldProblem(field, code, "policy.validation." + code, List.of()));
    }

    private static String note(String s, String field) {
        if (s != null && s.strip().length() > 500) {
            throw SafeguardException.invalid(FieldProblem.of(field, "LENGTH", 1, 500));
        }
        return s == null || s.isBlank() ? null : s.strip();
    }
}
