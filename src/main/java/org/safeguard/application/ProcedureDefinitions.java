package org.safeguard.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.shared.security.Permission;

import static org.safeguard.application.ApplicationAction.*;
import static org.safeguard.application.ApplicationState.*;
import static org.safeguard.application.Precondition.*;
import static org.safeguard.shared.security.Permission.APPLICATION_REVIEW;
import static org.safeguard.shared.security.Permission.APPLICATION_TOWNSHIP;
import static org.safeguard.shared.security.Permission.APPLICATION_WRITE;

/**
 * The two dibao procedures as data: for each (state, action) the next state, the permission it needs and its
 * preconditions (domain.md §3.6.1–3.6.3). {@link ApplicationLifecycle} applies every action through {@link #require};
 * anything not in the table of the application's procedure is refused with the actions that are allowed.
 * <pre>
 * both:  DRAFT (author only, no clock) → SUBMITTED | DISCARDED; SUBMITTED ⇄ MATERIALS_INCOMPLETE; SUBMITTED → ACCEPTED (checklist complete, or on commitment)
 *        → INVESTIGATING (all adults signed); checklist items ticked up to the investigation
 *        INVESTIGATING → PRELIM_INELIGIBLE → RECHECK → INVESTIGATING | REJECTED
 *        TOWNSHIP_OPINION → TOWNSHIP_PUBLICITY (7 days) → OBJECTION → INVESTIGATING | DEMOCRATIC_APPRAISAL
 *        TOWNSHIP_PUBLICITY → COUNTY_REVIEW, or TOWNSHIP_CONFIRMATION when approval is devolved
 *        TOWNSHIP_CONFIRMATION → APPROVED | REJECTED; every pre-decision state → TERMINATED_NONCOOPERATION
 *        APPROVED, REJECTED: the decision notice is recorded as served (once)
 *        every pre-decision state: REASSIGN to staff covering the region who can take the step (township or county)
 * 2012:  INVESTIGATING → DEMOCRATIC_APPRAISAL → TOWNSHIP_OPINION; COUNTY_REVIEW → COUNTY_PUBLICITY (7 days)
 *        → APPROVED | REJECTED | OBJECTION
 * 2021:  INVESTIGATING → TOWNSHIP_OPINION (appraisal only after an objection); COUNTY_REVIEW → APPROVED | REJECTED
 * </pre>
 */
public final class ProcedureDefinitions {

    /** One row of a procedure table. */
    public record Rule(ApplicationState from, ApplicationAction action, ApplicationState to, Permission permission,
                       List<Precondition> preconditions) {
    }

    private static final Map<Procedure, Map<ApplicationState, Map<ApplicationAction, Rule>>> TABLES = new EnumMap<>(Procedure.class);

    static {
        for (Procedure p : Procedure.values()) {
            Map<ApplicationState, Map<ApplicationAction, Rule>> t = new EnumMap<>(ApplicationState.class);
            TABLES.put(p, t);
            allow(t, DRAFT, RECORD_SIGNATURES, DRAFT, APPLICATION_WRITE, DRAFT_AUTHOR);
            allow(t, DRAFT, RECORD_MATERIALS, DRAFT, APPLICATION_WRITE, DRAFT_AUTHOR);
            allow(t, DRAFT, SUBMIT, SUBMITTED, APPLICATION_WRITE, DRAFT_AUTHOR);
            allow(t, DRAFT, DISCARD_DRAFT, DISCARDED, APPLICATION_WRITE, DRAFT_AUTHOR);
            allow(t, SUBMITTED, RECORD_SIGNATURES, SUBMITTED, APPLICATION_WRITE);
            allow(t, SUBMITTED, REQUEST_MATERIALS, MATERIALS_INCOMPLETE, APPLICATION_WRITE, MISSING_MATERIALS_LISTED);
            allow(t, SUBMITTED, RECORD_MATERIALS, SUBMITTED, APPLICATION_WRITE);
            allow(t, SUBMITTED, ACCEPT, ACCEPTED, APPLICATION_WRITE, MATERIALS_COMPLETE_OR_COMMITMENT);
            allow(t, MATERIALS_INCOMPLETE, RECORD_SIGNATURES, MATERIALS_INCOMPLETE, APPLICATION_WRITE);
            allow(t, MATERIALS_INCOMPLETE, RECORD_MATERIALS, MATERIALS_INCOMPLETE, APPLICATION_WRITE);
            allow(t, MATERIALS_INCOMPLETE, RECEIVE_MATERIALS, SUBMITTED, APPLICATION_WRITE);
            allow(t, ACCEPTED, RECORD_SIGNATURES, ACCEPTED, APPLICATION_WRITE);
            allow(t, ACCEPTED, RECORD_MATERIALS, ACCEPTED, APPLICATION_WRITE);
            allow(t, INVESTIGATING, RECORD_MATERIALS, INVESTIGATING, APPLICATION_WRITE);
            allow(t, ACCEPTED, START_INVESTIGATION, INVESTIGATING, APPLICATION_WRITE, ALL_ADULTS_SIGNED);
            allow(t, INVESTIGATING, RECORD_INVESTIGATION, INVESTIGATING, APPLICATION_WRITE, INVESTIGATION_VALID);
            allow(t, INVESTIGATING, RECORD_FACTS, INVESTIGATING, APPLICATION_WRITE);
            allow(t, INVESTIGATING, RECORD_VERIFICATION, INVESTIGATING, APPLICATION_WRITE);
            allow(t, INVESTIGATING, EXTEND_LIMIT, INVESTIGATING, APPLICATION_TOWNSHIP, REASON_GIVEN);
            allow(t, INVESTIGATING, FIND_INELIGIBLE, PRELIM_INELIGIBLE, APPLICATION_WRITE, VERIFICATION_RECORDED, REASON_GIVEN);
            allow(t, INVESTIGATING, COMPLETE_INVESTIGATION, p == Procedure.P2012 ? DEMOCRATIC_APPRAISAL : TOWNSHIP_OPINION,
                    APPLICATION_WRITE, INVESTIGATION_RECORDED);
            allow(t, PRELIM_INELIGIBLE, APPLICANT_OBJECTS, RECHECK, APPLICATION_WRITE, REASON_GIVEN);
            allow(t, PRELIM_INELIGIBLE, REJECT, REJECTED, APPLICATION_REVIEW, REASON_GIVEN);
            allow(t, RECHECK, RECORD_VERIFICATION, RECHECK, APPLICATION_WRITE);
            allow(t, RECHECK, RESUME_INVESTIGATION, INVESTIGATING, APPLICATION_WRITE);
            allow(t, RECHECK, REJECT, REJECTED, APPLICATION_REVIEW, REASON_GIVEN);
            allow(t, DEMOCRATIC_APPRAISAL, RECORD_APPRAISAL, TOWNSHIP_OPINION, APPLICATION_TOWNSHIP, REASON_GIVEN);
            allow(t, DEMOCRATIC_APPRAISAL, REINVESTIGATE, INVESTIGATING, APPLICATION_TOWNSHIP, REASON_GIVEN);
            allow(t, TOWNSHIP_OPINION, POST_NOTICE, TOWNSHIP_PUBLICITY, APPLICATION_TOWNSHIP, OPINION_GIVEN);
            allow(t, TOWNSHIP_PUBLICITY, RAISE_OBJECTION, OBJECTION, APPLICATION_TOWNSHIP, REASON_GIVEN);
            allow(t, TOWNSHIP_PUBLICITY, SEND_TO_COUNTY, COUNTY_REVIEW, APPLICATION_TOWNSHIP, NOTICE_PERIOD_OVER,
                    APPROVAL_NOT_DEVOLVED);
            allow(t, TOWNSHIP_PUBLICITY, SEND_FOR_TOWNSHIP_CONFIRMATION, TOWNSHIP_CONFIRMATION, APPLICATION_TOWNSHIP,
                    NOTICE_PERIOD_OVER, APPROVAL_DEVOLVED);
            allow(t, OBJECTION, REINVESTIGATE, INVESTIGATING, APPLICATION_TOWNSHIP, REASON_GIVEN);
            allow(t, OBJECTION, HOLD_APPRAISAL, DEMOCRATIC_APPRAISAL, APPLICATION_TOWNSHIP, REASON_GIVEN);
            decisionStep(t, TOWNSHIP_CONFIRMATION, APPLICATION_TOWNSHIP, true);
            allow(t, COUNTY_REVIEW, RECORD_REVIEW_VISIT, COUNTY_REVIEW, APPLICATION_REVIEW, REASON_GIVEN);
            allow(t, COUNTY_REVIEW, REJECT, REJECTED, APPLICATION_REVIEW, REASON_GIVEN);
            if (p == Procedure.P2012) {
                allow(t, COUNTY_REVIEW, POST_COUNTY_NOTICE, COUNTY_PUBLICITY, APPLICATION_REVIEW, REQUIRED_VISIT_DONE);
                decisionStep(t, COUNTY_PUBLICITY, APPLICATION_REVIEW, false);
                allow(t, COUNTY_PUBLICITY, RAISE_OBJECTION, OBJECTION, APPLICATION_REVIEW, REASON_GIVEN);
                allow(t, COUNTY_PUBLICITY, REJECT, REJECTED, APPLICATION_REVIEW, REASON_GIVEN);
            } else {
                decisionStep(t, COUNTY_REVIEW, APPLICATION_REVIEW, false);
            }
            // after the decision: the written notice is served (township staff deliver it)
            allow(t, APPROVED, RECORD_NOTICE_SERVED, APPROVED, APPLICATION_WRITE, NOTICE_NOT_YET_SERVED);
            allow(t, REJECTED, RECORD_NOTICE_SERVED, REJECTED, APPLICATION_WRITE, NOTICE_NOT_YET_SERVED);
            for (ApplicationState s : ApplicationState.values()) {
                if (!s.isFinal() && s != DRAFT) {
                    boolean county = s == COUNTY_REVIEW || s == COUNTY_PUBLICITY;
                    allow(t, s, TERMINATE, TERMINATED_NONCOOPERATION, county ? APPLICATION_REVIEW : APPLICATION_TOWNSHIP,
                            REASON_GIVEN);
                    allow(t, s, REASSIGN, s, county ? APPLICATION_REVIEW : APPLICATION_TOWNSHIP);
                }
            }
        }
    }

    private ProcedureDefinitions() {
    }

    /** Approve (with the override pair) in a decision state; reject too where {@code withReject}. */
    private static void decisionStep(Map<ApplicationState, Map<ApplicationAction, Rule>> t, ApplicationState s,
                                     Permission decider, boolean withReject) {
        if (s == TOWNSHIP_CONFIRMATION) {
            allow(t, s, RECORD_REVIEW_VISIT, s, decider, REASON_GIVEN);
        }
        allow(t, s, PROPOSE_OVERRIDE, s, decider, OVERRIDE_VALID);
        allow(t, s, CONFIRM_OVERRIDE, s, APPLICATION_REVIEW, SECOND_APPROVER);
        allow(t, s, APPROVE, APPROVED, decider, REQUIRED_VISIT_DONE, NO_UNCONFIRMED_OVERRIDE, ELIGIBLE_OR_CONFIRMED_OVERRIDE);
        if (withReject) {
            allow(t, s, REJECT, REJECTED, decider, REASON_GIVEN);
        }
    }

    private static void allow(Map<ApplicationState, Map<ApplicationAction, Rule>> t, ApplicationState from,
                              ApplicationAction action, ApplicationState to, Permission permission, Precondition... pre) {
        t.computeIfAbsent(from, s -> new LinkedHashMap<>()).put(action, new Rule(from, action, to, permission, List.of(pre)));
    }

    public static Optional<Rule> find(Procedure procedure, ApplicationState from, ApplicationAction action) {
        return Optional.ofNullable(TABLES.get(procedure).getOrDefault(from, Map.of()).get(action));
    }

    /** The rules of a state, in table order. */
    public static List<Rule> allowed(Procedure procedure, ApplicationState from) {
        return List.copyOf(TABLES.get(procedure).getOrDefault(from, Map.of()).values());
    }

    /** The rule, or a 409 naming the allowed actions. */
    public static Rule require(Procedure procedure, ApplicationState from, ApplicationAction action) {
        return find(procedure, from, action).orElseThrow(() -> new ApplicationActionRefused(from, action,
                allowed(procedure, from).stream().map(Rule::action).toList(), List.of()));
    }

    /** Every rule of a procedure (for tests and the documentation). */
    public static List<Rule> rules(Procedure procedure) {
        List<Rule> all = new ArrayList<>();
        TABLES.get(procedure).values().forEach(m -> all.addAll(m.values()));
        return Collections.unmodifiableList(all);
    }

    /** The permissions an action needs in any state of any procedure (checked before scope, so refusals are 403). */
    public static List<Permission> permissionsFor(ApplicationAction action) {
        return TABLES.values().stream().flatMap(t -> t.values().stream()).map(m -> m.get(action))
                .filter(java.util.Objects::nonNull).map(Rule::permission).distinct().toList();
    }
}
