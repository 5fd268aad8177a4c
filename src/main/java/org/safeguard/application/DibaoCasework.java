package org.safeguard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.safeguard.casework.CaseActionRefused;
import org.safeguard.casework.CaseCommand;
import org.safeguard.casework.CaseLifecycle;
import org.safeguard.casework.CaseQueries;
import org.safeguard.casework.CaseReassigned;
import org.safeguard.casework.CaseSubject;
import org.safeguard.casework.Due;
import org.safeguard.casework.NewCase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Dibao's side of the casework kernel: opens the DIBAO case of an application (same id), asks the kernel whether an
 * action is allowed and has it record, audit and apply every transition, and translates the kernel's refusals into
 * the dibao ones the API has always answered (same states, actions and precondition names). The kernel locks its
 * case row before the application row, on every path, so the two never deadlock.
 */
@Component
class DibaoCasework {

    private final CaseLifecycle lifecycle;
    private final CaseQueries cases;
    private final ApplicationStore store;
    private final Clock clock;

    DibaoCasework(CaseLifecycle lifecycle, CaseQueries cases, ApplicationStore store, Clock clock) {
        this.lifecycle = lifecycle;
        this.cases = cases;
        this.store = store;
        this.clock = clock;
    }

    void open(ApplicationRow r, String assignee, LocalDate dueOn, Map<String, Object> auditDetails) {
        lifecycle.open(new NewCase(r.id(), DibaoCaseKind.DIBAO, r.procedure().name(),
                CaseSubject.household(r.householdId(), r.applicantPersonId()), r.regionCode(), assignee, r.state().name(),
                r.submittedOn(), Due.endOf(dueOn, clock.getZone()), ApplicationAction.REGISTER.name(), auditDetails));
    }

    /** Locks the case and checks the table and the authority: 409 with the allowed actions, or 403. */
    void permitted(UUID id, ApplicationAction action) {
        try {
            lifecycle.permitted(id, action.name());
        } catch (CaseActionRefused e) {
            throw dibao(e);
        }
    }

    /** The case's version, which an action must send (optimistic locking). */
    long version(UUID id) {
        return cases.find(id).version();
    }

    /** Records the transition through the kernel; the preconditions were evaluated once, before any effect. */
    void apply(UUID id, ApplicationAction action, LocalDate on, String reason, List<Precondition> failed,
               LocalDate stepDue, String newAssignee, Map<String, Object> details) {
        apply(id, action, on, reason, failed, stepDue, newAssignee, details, null);
    }

    /** As above, refusing with 409 STALE_VERSION when the case is no longer at {@code expectedVersion}. */
    void apply(UUID id, ApplicationAction action, LocalDate on, String reason, List<Precondition> failed,
               LocalDate stepDue, String newAssignee, Map<String, Object> details, Long expectedVersion) {
        Set<String> failedCodes = failed.stream().map(Enum::name).collect(Collectors.toSet());
        Predicate<String> holds = code -> !failedCodes.contains(code);
        try {
            lifecycle.apply(CaseCommand.of(id, action.name(), on, reason).expecting(expectedVersion).checking(holds)
                    .withDue(Due.endOf(stepDue, clock.getZone())).assigningTo(newAssignee)
                    .withDetails(new LinkedHashMap<>(details)));
        } catch (CaseActionRefused e) {
            throw dibao(e);
        }
    }

    List<TransitionView> transitions(UUID id) {
        return cases.transitions(id).stream().map(t -> new TransitionView(
                t.from() == null ? null : ApplicationState.valueOf(t.from()), ApplicationState.valueOf(t.to()),
                ApplicationAction.valueOf(t.action()), t.actor(), t.at(), t.effectiveOn(), t.reason(), t.assignedTo())).toList();
    }

    long countySentCases(String countyPrefix) {
        return cases.countWithAction(DibaoCaseKind.DIBAO, Procedure.P2012.name(), countyPrefix + "%",
                ApplicationAction.SEND_TO_COUNTY.name());
    }

    /** A reassignment through the kernel's queue keeps the application's own assignee (its work queue) in step. */
    @EventListener
    void on(CaseReassigned e) {
        if (DibaoCaseKind.DIBAO.code().equals(e.kind())) {
            store.update(e.caseId(), Map.of("assigned_to", e.toAssignee()), clock.instant());
        }
    }

    private static ApplicationActionRefused dibao(CaseActionRefused e) {
        return new ApplicationActionRefused(ApplicationState.valueOf(e.state()), ApplicationAction.valueOf(e.action()),
                e.allowed().stream().map(ApplicationAction::valueOf).toList(),
                e.failed().stream().map(Precondition::valueOf).toList());
    }
}
