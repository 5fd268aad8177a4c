package org.safeguard.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One action on a case. {@code expectedVersion} (optional) makes the action fail with 409 STALE_VERSION when the case
 * changed since the caller read it. {@code preconditionHolds} is the kind's check of a precondition code; the
 * lifecycle asks it about each precondition of the rule. {@code due}: when {@code dueGiven}, the kind computed the
 * new due itself (null: none); otherwise a state change takes the procedure's deadline of the new state.
 */
public record CaseCommand(UUID caseId, String action, Long expectedVersion, LocalDate on, String reason,
                          String newAssignee, Predicate<String> preconditionHolds, boolean dueGiven, Due due,
                          Map<String, Object> auditDetails) {

    public static CaseCommand of(UUID caseId, String action, LocalDate on, String reason) {
        return new CaseCommand(caseId, action, null, on, reason, null, code -> false, false, null, new LinkedHashMap<>());
    }

    public CaseCommand expecting(Long version) {
        return new CaseCommand(caseId, action, version, on, reason, newAssignee, preconditionHolds, dueGiven, due, auditDetails);
    }

    public CaseCommand assigningTo(String assignee) {
        return new CaseCommand(caseId, action, expectedVersion, on, reason, assignee, preconditionHolds, dueGiven, due, auditDetails);
    }

    public CaseCommand checking(Predicate<String> holds) {
        return new CaseCommand(caseId, action, expectedVersion, on, reason, newAssignee, holds, dueGiven, due, auditDetails);
    }

    public CaseCommand withDue(Due given) {
        return new CaseCommand(caseId, action, expectedVersion, on, reason, newAssignee, preconditionHolds, true, given, auditDetails);
    }

    public CaseCommand withDetails(Map<String, Object> details) {
        return new CaseCommand(caseId, action, expectedVersion, on, reason, newAssignee, preconditionHolds, dueGiven, due,
                new LinkedHashMap<>(details));
    }
}
