package org.safeguard.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where an application changes: every action is looked up in {@link ProcedureDefinitions}, its
 * payload and preconditions checked ({@link ApplicationActionChecks}), its step record written
 * ({@link ApplicationActionEffects}), its transition recorded and audited by the kernel, and the step and overall due
 * dates recomputed. Approval writes the decision snapshot and publishes {@link DibaoApplicationApproved} in the same
 * transaction.
 */
@Service
public class DibaoApplications {

    static final Set<String> SIGNATURE_KINDS = Set.of("COMMITMENT", "AUTHORISATION");
    static final Set<String> VERIFICATION_RESULTS = Set.of("CONSISTENT", "DISCREPANCY", "NO_RECORD");

    private final ApplicationStore store;
    private final HouseholdQueries households;
    private final ApplicationDeadlines deadlines;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final DibaoCasework casework;
    private final ApplicationActionChecks checks;
    private final ApplicationActionEffects writes;

    DibaoApplications(ApplicationStore store, HouseholdQueries households, ApplicationDeadlines deadlines,
                      CurrentStaff currentStaff, Clock clock, DibaoCasework casework, ApplicationActionChecks checks,
                      ApplicationActionEffects writes) {
        this.store = store;
        this.households = households;
        this.deadlines = deadlines;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.casework = casework;
        this.checks = checks;
        this.writes = writes;
    }

    /**
     * Applies one action at the case's current version, for trusted code that acts in one transaction with what it
     * read (demo data, benchmarks); a person's request goes through {@link #act} with the version they saw.
     */
    @Transactional
    public ApplicationState actAtCurrentVersion(UUID id, ApplicationAction action, ActionRequest request) {
        ActionRequest in = request == null ? ActionRequest.empty() : request;
        return act(id, action, in.withVersion(casework.version(id)));
    }

    /**
     * Applies one action; answers 403 (permission), 404 (scope), 409 (state or precondition), 400 (payload), 428 without
     * the case's version and 409 STALE_VERSION when the case moved on since it was read.
     */
    @Transactional
    public ApplicationState act(UUID id, ApplicationAction action, ActionRequest request) {
        StaffPrincipal staff = currentStaff.get();
        ActionRequest in = request == null ? ActionRequest.empty() : request;
        List<Permission> needed = ProcedureDefinitions.permissionsFor(action);
        if (!needed.isEmpty() && needed.stream().noneMatch(staff::may)) {
            throw SafeguardException.forbidden();
        }
        ApplicationRow r = store.find(id).filter(a -> staff.canSee(RegionCode.of(a.regionCode())))
                .orElseThrow(() -> SafeguardException.notFound("application"));
        casework.permitted(id, action);
        r = store.lock(id).orElseThrow(() -> SafeguardException.notFound("application"));
        // the kernel allowed it: this is the typed row of the same table, for the dibao payload and effects
        ProcedureDefinitions.Rule rule = ProcedureDefinitions.require(r.procedure(), r.state(), action);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = in.on() == null ? today : in.on();
        if (on.isAfter(today)) {
            throw SafeguardException.invalid(FieldProblem.of("on", "IN_FUTURE"));
        }
        if (on.isBefore(r.stateEnteredOn())) {
            throw SafeguardException.invalid(FieldProblem.of("on", "BEFORE_STEP"));
        }
        HouseholdView household = households.find(r.householdId());
        checks.checkPayload(rule, r, in, on, household);
        List<Precondition> failed = new ArrayList<>();
        for (Precondition p : rule.preconditions()) {
            if (!checks.holds(p, r, in, on, today, staff, household)) {
                failed.add(p);
            }
        }
        if (!failed.isEmpty()) {
            // refused before any effect; the kernel takes the same verdict when it applies the transition
            casework.apply(id, action, on, blank(in.reason()), failed, r.stateDueOn(), null, Map.of());
        }
        if (in.version() == null) {
            // an action changes the case: without the version it was read at, a change made meanwhile is overwritten
            throw org.safeguard.shared.web.Versions.missing();
        }
        Map<String, Object> cols = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        String reason = blank(in.reason());
        writes.effects(r, action, in, on, staff, household, cols, details);
        ApplicationState to = rule.to();
        ApplicationRow after = ApplicationActionEffects.withColumns(r, cols);
        if (to != r.state() || cols.containsKey("paused_since") || cols.containsKey("extended")) {
            boolean paused = after.pausedSince() != null;
            LocalDate overall = to.isFinal() ? r.overallDueOn() : to == ApplicationState.DRAFT ? null
                    : deadlines.overallDue(r.regionCode(), after.submittedOn(), after.extended(), after.pausedWorkingDays(), paused);
            cols.put("overall_due_on", overall);
            if (to != r.state()) {
                cols.put("state", to.name());
                cols.put("state_entered_on", on);
                cols.put("state_due_on", deadlines.stepDue(after, to, on, overall));
            } else if (r.stateDueOn() != null && r.stateDueOn().equals(r.overallDueOn())) {
                cols.put("state_due_on", overall);
            }
            if (to.isFinal()) {
                cols.put("open_household_id", null);
            }
        }
        if (to == ApplicationState.APPROVED && r.state() != ApplicationState.APPROVED) {
            writes.approve(ApplicationActionEffects.withColumns(r, cols), on, staff, household, cols, details, in.reason());
        }
        store.update(id, cols, clock.instant());
        LocalDate stepDue = cols.containsKey("state_due_on") ? (LocalDate) cols.get("state_due_on") : r.stateDueOn();
        casework.apply(id, action, on, reason, failed, stepDue,
                action == ApplicationAction.REASSIGN ? (String) cols.get("assigned_to") : null, details, in.version());
        return to;
    }

    /** The role holds the permission of at least one step action of the case's state. */
    static boolean canTakeStep(ApplicationRow r, org.safeguard.shared.security.Role role) {
        return ApplicationActionChecks.canTakeStep(r, role);
    }

    static List<String> investigators(List<String> names) {
        return names == null ? List.of() : names.stream().map(DibaoApplications::blank).filter(java.util.Objects::nonNull)
                .distinct().toList();
    }

    static List<String> lines(List<String> items) {
        return items == null ? List.of() : items.stream().flatMap(s -> s == null ? java.util.stream.Stream.empty()
                : java.util.Arrays.stream(s.split("\\R"))).map(DibaoApplications::blank)
                .filter(java.util.Objects::nonNull).collect(Collectors.toList());
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
