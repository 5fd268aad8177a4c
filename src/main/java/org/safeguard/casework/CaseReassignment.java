package org.safeguard.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.account.StaffLookup;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a case of any kind to another staff member, with a reason: only to someone whose home region covers the case
 * and who holds the authority of one of the state's next steps (so "my queue" never fills with cases its owner cannot
 * move). Goes through {@link CaseLifecycle} like every other action (the kind's REASSIGN rule decides who may).
 */
@Service
public class CaseReassignment {

    /** {@code version}: the case's version as last read; missing is 428 VERSION_REQUIRED, stale is 409 STALE_VERSION. */
    public record Request(String assignee, String reason, Long version) {
    }

    private final CaseLifecycle lifecycle;
    private final CaseStore store;
    private final CaseKinds kinds;
    private final StaffLookup staffLookup;
    private final CurrentStaff currentStaff;

    CaseReassignment(CaseLifecycle lifecycle, CaseStore store, CaseKinds kinds, StaffLookup staffLookup,
                     CurrentStaff currentStaff) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.kinds = kinds;
        this.staffLookup = staffLookup;
        this.currentStaff = currentStaff;
    }

    @Transactional
    public CaseLifecycle.Transitioned reassign(UUID caseId, Request request) {
        if (!kinds.mayEver(currentStaff.get().role(), CaseLifecycle.REASSIGN)) {
            throw SafeguardException.forbidden();
        }
        Request in = request == null ? new Request(null, null, null) : request;
        lifecycle.permitted(caseId, CaseLifecycle.REASSIGN);
        CaseStore.Row r = store.find(caseId).orElseThrow(() -> SafeguardException.notFound("case"));
        List<FieldProblem> problems = new ArrayList<>();
        String assignee = in.assignee() == null || in.assignee().isBlank() ? null : in.assignee().strip();
        if (in.reason() == null || in.reason().isBlank()) {
            problems.add(FieldProblem.of("reason", "REQUIRED"));
        } else if (in.reason().length() > 2000) {
            problems.add(FieldProblem.of("reason", "LENGTH", 0, 2000));
        }
        if (assignee == null) {
            problems.add(FieldProblem.of("assignee", "REQUIRED"));
        } else if (assignee.length() > 64) {
            problems.add(FieldProblem.of("assignee", "UNKNOWN_STAFF"));
        } else {
            var target = staffLookup.find(assignee);
            ProcedureDefinition def = kinds.procedure(r.kind(), r.procedure());
            if (target.isEmpty()) {
                problems.add(FieldProblem.of("assignee", "UNKNOWN_STAFF"));
            } else if (!target.get().covers(RegionCode.of(r.regionCode()))) {
                problems.add(FieldProblem.of("assignee", "NOT_IN_REGION"));
            } else if (def.steps(r.state()).stream().noneMatch(rule -> kinds.holds(target.get().role(), rule.authority()))) {
                problems.add(FieldProblem.of("assignee", "CANNOT_TAKE_STEP"));
            }
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        if (in.version() == null) {
            throw org.safeguard.shared.web.Versions.missing();
        }
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("from", r.assignee());
        details.put("to", assignee);
        return lifecycle.apply(CaseCommand.of(caseId, CaseLifecycle.REASSIGN, null, in.reason())
                .expecting(in.version()).assigningTo(assignee).checking(code -> true).withDetails(details));
    }
}
