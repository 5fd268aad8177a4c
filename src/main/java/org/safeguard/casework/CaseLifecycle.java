package org.safeguard.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a case of any kind is opened or changes state: the (state, action) table of its procedure is
 * enforced here, the authority and the preconditions checked, the transition recorded (who, when, from, to, action,
 * reason) and audited, the step due recomputed and the version moved on (optimistic locking: a stale version is 409).
 */
@Service
public class CaseLifecycle {

    /** The action every kind offers for handing a case to someone else; see {@link CaseReassignment}. */
    public static final String REASSIGN = "REASSIGN";

    /** What a transition did. */
    public record Transitioned(UUID caseId, String from, String to, long version, Due due) {
    }

    private final CaseStore store;
    private final CaseKinds kinds;
    private final CaseDeadlines deadlines;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseLifecycle(CaseStore store, CaseKinds kinds, CaseDeadlines deadlines, AuditTrail audit, CurrentStaff currentStaff,
                  Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.kinds = kinds;
        this.deadlines = deadlines;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID open(NewCase n) {
        StaffPrincipal staff = currentStaff.get();
        ProcedureDefinition def = kinds.procedure(n.kind().code(), n.procedure());
        if (!def.states().contains(n.initialState())) {
            throw new IllegalArgumentException("not a state of " + def.code() + ": " + n.initialState());
        }
        if (n.subject() == null || n.subject().isEmpty()) {
            throw SafeguardException.invalid(FieldProblem.of("subject", "REQUIRED"));
        }
        UUID id = n.id() != null ? n.id() : UUID.randomUUID();
        Instant now = clock.instant();
        boolean open = !def.isFinal(n.initialState());
        Due due = n.due() != null ? n.due() : def.deadline(n.initialState())
                .map(d -> deadlines.due(d, RegionCode.of(n.regionCode()), n.openedOn(), now)).orElse(null);
        store.insert(id, n, open, open ? due : null, now);
        store.recordTransition(id, null, n.initialState(), n.openAction(), staff.username(), now, n.openedOn(), null, null);
        AuditRecord record = AuditRecord.of(def.auditAction(n.openAction()), def.auditEntity(), id);
        if (n.auditDetails() != null) {
            n.auditDetails().forEach(record::detail);
        }
        audit.record(record);
        return id;
    }

    /**
     * The rule that allows {@code action} on the case now, for the current staff member; locks the case. Refuses
     * with 404 (unknown or outside the caller's subtree), 409 with the allowed actions, or 403 (authority).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProcedureDefinition.Rule permitted(UUID caseId, String action) {
        StaffPrincipal staff = currentStaff.get();
        CaseStore.Row r = lockVisible(caseId, staff);
        return rule(r, action, staff);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Transitioned apply(CaseCommand c) {
        StaffPrincipal staff = currentStaff.get();
        CaseStore.Row r = lockVisible(c.caseId(), staff);
        if (c.expectedVersion() != null && c.expectedVersion() != r.version()) {
            throw stale();
        }
        ProcedureDefinition def = kinds.procedure(r.kind(), r.procedure());
        ProcedureDefinition.Rule rule = rule(r, c.action(), staff);
        List<String> failed = rule.preconditions().stream().filter(p -> !c.preconditionHolds().test(p)).toList();
        if (!failed.isEmpty()) {
            throw refusal(def, r.state(), c.action(), failed);
        }
        Instant now = clock.instant();
        LocalDate on = c.on() == null ? LocalDate.now(clock) : c.on();
        String to = rule.to();
        boolean moved = !to.equals(r.state());
        boolean open = !def.isFinal(to);
        Due due;
        if (!open) {
            due = null;
        } else if (c.dueGiven()) {
            due = c.due();
        } else if (moved) {
            due = def.deadline(to).map(d -> deadlines.due(d, RegionCode.of(r.regionCode()), on, now)).orElse(null);
        } else {
            due = r.dueOn() == null ? null : new Due(r.dueOn(), r.dueAt());
        }
        String assignee = c.newAssignee() != null ? c.newAssignee() : r.assignee();
        if (!store.update(r, to, open, moved ? on : r.stateEnteredOn(), due, assignee, now)) {
            throw stale();
        }
        String reason = c.reason() == null || c.reason().isBlank() ? null : c.reason().strip();
        store.recordTransition(r.id(), r.state(), to, c.action(), staff.username(), now, on, reason, c.newAssignee());
        AuditRecord record = AuditRecord.of(def.auditAction(c.action()), def.auditEntity(), r.id())
                .detail("region", r.regionCode()).detail("procedure", r.procedure())
                .detail("from", r.state()).detail("to", to).detail("on", on.toString());
        Map<String, Object> details = c.auditDetails();
        if (details != null) {
            details.forEach(record::detail);
        }
        if (reason != null) {
            record.detail("reason", reason);
        }
        audit.record(record);
        if (c.newAssignee() != null && !Objects.equals(c.newAssignee(), r.assignee())) {
            events.publishEvent(new CaseReassigned(r.id(), r.kind(), r.assignee(), c.newAssignee()));
        }
        return new Transitioned(r.id(), r.state(), to, r.version() + 1, due);
    }

    private CaseStore.Row lockVisible(UUID caseId, StaffPrincipal staff) {
        store.find(caseId).filter(x -> staff.canSee(RegionCode.of(x.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("case"));
        return store.lock(caseId).orElseThrow(() -> SafeguardException.notFound("case"));
    }

    private ProcedureDefinition.Rule rule(CaseStore.Row r, String action, StaffPrincipal staff) {
        ProcedureDefinition def = kinds.procedure(r.kind(), r.procedure());
        ProcedureDefinition.Rule rule = def.find(r.state(), action)
                .orElseThrow(() -> refusal(def, r.state(), action, List.of()));
        if (!kinds.holds(staff.role(), rule.authority())) {
            throw SafeguardException.forbidden();
        }
        return rule;
    }

    private static CaseActionRefused refusal(ProcedureDefinition def, String state, String action, List<String> failed) {
        return new CaseActionRefused(state, action,
                def.allowed(state).stream().map(ProcedureDefinition.Rule::action).toList(), failed);
    }

    static SafeguardException stale() {
        return SafeguardException.conflict(ProblemCode.STALE_VERSION, "casework.problem.stale");
    }
}
