package org.safeguard.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguard.account.StaffLookup;
import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.policy.EmergencyOverlay;
import org.safeguard.policy.EmergencyFlags;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where an application is registered or changes: every action is looked up in
 * {@link ProcedureDefinitions}, its preconditions checked, its step record stored, its transition recorded and audited,
 * and the step and overall due dates recomputed. Approval writes the decision snapshot and publishes
 * {@link DibaoApplicationApproved} in the same transaction.
 */
@Service
public class DibaoApplications {

    static final Set<String> SIGNATURE_KINDS = Set.of("COMMITMENT", "AUTHORISATION");
    static final Set<String> VERIFICATION_RESULTS = Set.of("CONSISTENT", "DISCREPANCY", "NO_RECORD");

    private final ApplicationStore store;
    private final HouseholdQueries households;
    private final ApplicationDeadlines deadlines;
    private final ApplicationFacts facts;
    private final EmergencyOverlay emergencies;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final StaffLookup staffLookup;
    private final OverridePlausibility plausibility;
    private final DibaoCasework casework;
    private final SimplifiedProcedures simplified;

    DibaoApplications(ApplicationStore store, HouseholdQueries households, ApplicationDeadlines deadlines,
                      ApplicationFacts facts, EmergencyOverlay emergencies,
                      CurrentStaff currentStaff, Clock clock, ApplicationEventPublisher events, MessageSource messages,
                      StaffLookup staffLookup, DibaoCasework casework, OverridePlausibility plausibility,
                      SimplifiedProcedures simplified) {
        this.simplified = simplified;
        this.casework = casework;
        this.plausibility = plausibility;
        this.messages = messages;
        this.staffLookup = staffLookup;
        this.store = store;
        this.households = households;
        this.deadlines = deadlines;
        this.facts = facts;
        this.emergencies = emergencies;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.events = events;
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
        checkPayload(rule, r, in, on, household);
        List<Precondition> failed = new ArrayList<>();
        for (Precondition p : rule.preconditions()) {
            if (!holds(p, r, in, on, today, staff, household)) {
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
        effects(r, action, in, on, staff, household, cols, details);
        ApplicationState to = rule.to();
        ApplicationRow after = withColumns(r, cols);
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
            approve(withColumns(r, cols), on, staff, household, cols, details, in.reason());
        }
        store.update(id, cols, clock.instant());
        LocalDate stepDue = cols.containsKey("state_due_on") ? (LocalDate) cols.get("state_due_on") : r.stateDueOn();
        casework.apply(id, action, on, reason, failed, stepDue,
                action == ApplicationAction.REASSIGN ? (String) cols.get("assigned_to") : null, details, in.version());
        return to;
    }

    private void checkPayload(ProcedureDefinitions.Rule rule, ApplicationRow r, ActionRequest in, LocalDate on,
                              HouseholdView household) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rule.preconditions().contains(Precondition.REASON_GIVEN) && blank(in.reason()) == null) {
            problems.add(FieldProblem.of("reason", "REQUIRED"));
        }
        if (in.reason() != null && in.reason().length() > 2000) {
            problems.add(FieldProblem.of("reason", "LENGTH", 0, 2000));
        }
        switch (rule.action()) {
            case REQUEST_MATERIALS -> {
                if (noticeItems(r.id(), in).isEmpty()) {
                    problems.add(FieldProblem.of("missingMaterials", "REQUIRED"));
                }
            }
            case RECORD_MATERIALS, RECEIVE_MATERIALS -> {
                List<String> codes = lines(in.materials());
                if (rule.action() == ApplicationAction.RECORD_MATERIALS && codes.isEmpty()) {
                    problems.add(FieldProblem.of("materials", "REQUIRED"));
                }
                Set<String> known = store.materials(r.id()).stream().map(ApplicationView.Material::code).collect(Collectors.toSet());
                for (int i = 0; i < codes.size(); i++) {
                    if (!known.contains(codes.get(i))) {
                        problems.add(FieldProblem.of("materials[" + i + "]", "UNKNOWN_MATERIAL"));
                    }
                }
            }
            case RECORD_SIGNATURES -> {
                if (in.signatures() == null || in.signatures().isEmpty()) {
                    problems.add(FieldProblem.of("signatures", "REQUIRED"));
                } else {
                    for (int i = 0; i < in.signatures().size(); i++) {
                        var s = in.signatures().get(i);
                        if (s == null || s.personId() == null || household.members().stream().noneMatch(m -> m.personId().equals(s.personId()))) {
                            problems.add(FieldProblem.of("signatures[" + i + "].personId", "NOT_A_MEMBER"));
                        }
                        if (s == null || s.kind() == null || !SIGNATURE_KINDS.contains(s.kind())) {
                            problems.add(FieldProblem.of("signatures[" + i + "].kind", "INVALID"));
                        }
                    }
                }
            }
            case RECORD_INVESTIGATION -> {
                var inv = in.investigation();
                if (inv == null || inv.method() == null) {
                    problems.add(FieldProblem.of("investigation.method", "REQUIRED"));
                } else if (inv.method().remote() && !emergencies.flagsFor(RegionCode.of(r.regionCode()), on).remoteInvestigationAllowed()) {
                    problems.add(FieldProblem.of("investigation.method", "REMOTE_NOT_ALLOWED"));
                }
                if (inv == null || investigators(inv.investigators()).size() < 2) {
                    problems.add(FieldProblem.of("investigation.investigators", "TOO_FEW", 2));
                }
            }
            case RECORD_FACTS -> problems.addAll(facts.validate(in.facts(), household));
            case RECORD_VERIFICATION -> {
                var v = in.verification();
                if (v == null || blank(v.department()) == null) {
                    problems.add(FieldProblem.of("verification.department", "REQUIRED"));
                }
                if (v == null || v.result() == null || !VERIFICATION_RESULTS.contains(v.result())) {
                    problems.add(FieldProblem.of("verification.result", "INVALID"));
                }
            }
            case POST_NOTICE -> {
                if (blank(in.opinion()) == null) {
                    problems.add(FieldProblem.of("opinion", "REQUIRED"));
                }
                if (in.proposedAmount() != null && in.proposedAmount().signum() < 0) {
                    problems.add(FieldProblem.of("proposedAmount", "TOO_SMALL", 0));
                }
            }
            case REASSIGN -> {
                String assignee = blank(in.assignee());
                if (assignee == null) {
                    problems.add(FieldProblem.of("assignee", "REQUIRED"));
                } else {
                    var target = staffLookup.find(assignee);
                    if (target.isEmpty()) {
                        problems.add(FieldProblem.of("assignee", "UNKNOWN_STAFF"));
                    } else if (!target.get().covers(RegionCode.of(r.regionCode()))) {
                        problems.add(FieldProblem.of("assignee", "NOT_IN_REGION"));
                    } else if (!canTakeStep(r, target.get().role())) {
                        problems.add(FieldProblem.of("assignee", "CANNOT_TAKE_STEP"));
                    }
                }
            }
            case PROPOSE_OVERRIDE -> {
                if (in.overrideAmount() == null || in.overrideAmount().signum() <= 0) {
                    problems.add(FieldProblem.of("overrideAmount", "REQUIRED"));
                } else if (OverridePlausibility.refusal(in.overrideAmount()) != null) {
                    problems.add(OverridePlausibility.refusal(in.overrideAmount()));
                } else if (in.overrideReasonCode() == null) {
                    plausibility.judge(r, household, in.overrideAmount(), on).exceededLimit().ifPresent(limit ->
                            problems.add(FieldProblem.of("overrideReasonCode", "OVERRIDE_ABOVE_PLAUSIBLE", limit.toPlainString())));
                }
                if (blank(in.reason()) == null) {
                    problems.add(FieldProblem.of("reason", "REQUIRED"));
                }
            }
            default -> {
            }
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
    }

    private boolean holds(Precondition p, ApplicationRow r, ActionRequest in, LocalDate on, LocalDate today, StaffPrincipal staff,
                          HouseholdView household) {
        return switch (p) {
            case ALL_ADULTS_SIGNED -> missingSignatures(r, household).isEmpty();
            case MATERIALS_COMPLETE_OR_COMMITMENT -> in.onCommitment() || missingMaterials(r.id()).isEmpty();
            case INVESTIGATION_RECORDED -> r.investigatedOn() != null && r.factsJson() != null && !store.verifications(r.id()).isEmpty();
            case VERIFICATION_RECORDED -> !store.verifications(r.id()).isEmpty();
            case NOTICE_PERIOD_OVER -> r.noticeEndsOn() != null && on.isAfter(r.noticeEndsOn());
            case APPROVAL_DEVOLVED -> emergencies.flagsFor(RegionCode.of(r.regionCode()), on).approvalDevolvedToTownship();
            case APPROVAL_NOT_DEVOLVED -> !emergencies.flagsFor(RegionCode.of(r.regionCode()), on).approvalDevolvedToTownship();
            case REQUIRED_VISIT_DONE -> !r.visitRequired() || r.reviewVisitOn() != null;
            case SECOND_APPROVER -> r.overridePending() && !staff.username().equals(r.overrideProposedBy())
                    && staff.may(Permission.APPLICATION_REVIEW);
            case NO_UNCONFIRMED_OVERRIDE -> !r.overridePending();
            case NOTICE_NOT_YET_SERVED -> r.noticeServedOn() == null;
            case DRAFT_AUTHOR -> staff.username().equals(r.createdBy());
            case ELIGIBLE_OR_CONFIRMED_OVERRIDE -> r.overrideAmount() != null && r.overrideConfirmedBy() != null
                    || r.factsJson() != null && facts.calculate(r, household).eligible();
            // checked as field problems (400) before the state-based ones
            case MISSING_MATERIALS_LISTED, INVESTIGATION_VALID, REASON_GIVEN, OPINION_GIVEN, OVERRIDE_VALID -> true;
        };
    }

    /** The role holds the permission of at least one step action of the case's state (not counting reassignment and termination). */
    static boolean canTakeStep(ApplicationRow r, org.safeguard.shared.security.Role role) {
        return ProcedureDefinitions.allowed(r.procedure(), r.state()).stream()
                .filter(rule -> rule.action() != ApplicationAction.REASSIGN && rule.action() != ApplicationAction.TERMINATE)
                .anyMatch(rule -> role.may(rule.permission()));
    }

    /** Codes of the required checklist items the applicant has still to hand in. */
    List<String> missingMaterials(UUID id) {
        return store.materials(id).stream().filter(ApplicationView.Material::missing).map(ApplicationView.Material::code).toList();
    }

    /** The one-time notice: the items given, or else the labels of the items still missing (caller's language). */
    private List<String> noticeItems(UUID id, ActionRequest in) {
        List<String> given = lines(in.missingMaterials());
        if (!given.isEmpty()) {
            return given;
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return missingMaterials(id).stream()
                .map(code -> messages.getMessage("application.material." + code, null, code, locale)).toList();
    }

    /** Adult members (18 or over on the submission date) without both signatures. */
    List<UUID> missingSignatures(ApplicationRow r, HouseholdView household) {
        Map<UUID, Set<String>> signed = new HashMap<>();
        store.signatures(r.id()).forEach(s -> signed.computeIfAbsent(s.personId(), k -> new java.util.HashSet<>()).add(s.kind()));
        return household.members().stream()
                .filter(m -> m.birthDate() == null || !m.birthDate().plusYears(18).isAfter(r.submittedOn()))
                .map(MemberView::personId)
                .filter(pid -> !signed.getOrDefault(pid, Set.of()).containsAll(SIGNATURE_KINDS)).toList();
    }

    private void effects(ApplicationRow r, ApplicationAction action, ActionRequest in, LocalDate on, StaffPrincipal staff,
                         HouseholdView household, Map<String, Object> cols, Map<String, Object> details) {
        String by = staff.username();
        switch (action) {
            case SUBMIT -> {
                Procedure procedure = deadlines.procedureFor(r.regionCode(), on);
                cols.put("submitted_on", on);
                cols.put("procedure_version", procedure.name());
                details.put("submittedOn", on.toString());
            }
            case RECORD_MATERIALS -> {
                List<String> codes = lines(in.materials()).stream().distinct().toList();
                store.receiveMaterials(r.id(), codes, on, by);
                details.put("materials", String.join(",", codes));
            }
            case REQUEST_MATERIALS -> {
                List<String> missing = noticeItems(r.id(), in);
                cols.put("materials_missing", String.join("\n", missing));
                cols.put("materials_notice_on", on);
                cols.put("paused_since", on);
                details.put("missing", missing.size());
            }
            case RECEIVE_MATERIALS -> {
                int paused = deadlines.workingDaysBetween(r.regionCode(), r.pausedSince(), on);
                cols.put("paused_working_days", r.pausedWorkingDays() + paused);
                cols.put("paused_since", null);
                details.put("pausedWorkingDays", paused);
                List<String> codes = lines(in.materials()).stream().distinct().toList();
                if (!codes.isEmpty()) {
                    store.receiveMaterials(r.id(), codes, on, by);
                    details.put("materials", String.join(",", codes));
                }
            }
            case RECORD_SIGNATURES -> {
                for (var s : in.signatures()) {
                    store.sign(r.id(), s.personId(), s.kind(), on, by);
                }
                details.put("signatures", in.signatures().size());
            }
            case ACCEPT -> {
                Procedure procedure = deadlines.procedureFor(r.regionCode(), on);
                cols.put("accepted_on", on);
                cols.put("procedure_version", procedure.name());
                details.put("acceptedOn", on.toString());
                details.put("procedureAtAcceptance", procedure.name());
                List<String> missing = missingMaterials(r.id());
                if (in.onCommitment() && !missing.isEmpty()) {
                    store.commitMaterials(r.id(), missing, on, by);
                    details.put("onCommitment", String.join(",", missing));
                }
            }
            case START_INVESTIGATION -> {
                cols.put("verification_requested_on", on);
                cols.put("verification_due_on", deadlines.verificationDue(r.regionCode(), on));
            }
            case RECORD_INVESTIGATION -> {
                var inv = in.investigation();
                cols.put("investigation_method", inv.method().name());
                cols.put("investigators", String.join("、", investigators(inv.investigators())));
                cols.put("investigated_on", on);
                cols.put("investigation_note", blank(inv.note()));
                details.put("method", inv.method().name());
                details.put("investigators", investigators(inv.investigators()).size());
            }
            case RECORD_FACTS -> cols.put("facts_json", facts.toJson(in.facts()));
            case RECORD_VERIFICATION -> {
                var v = in.verification();
                store.addVerification(r.id(), v.department().trim(), v.result(), blank(v.note()), on, by);
                details.put("department", v.department().trim());
                details.put("result", v.result());
            }
            case EXTEND_LIMIT -> {
                cols.put("extended", true);
                cols.put("extension_reason", blank(in.reason()));
            }
            case RECORD_APPRAISAL -> cols.put("appraisal_note", blank(in.reason()));
            case POST_NOTICE -> {
                BigDecimal proposed = in.proposedAmount() != null ? in.proposedAmount()
                        : r.factsJson() != null && r.acceptedOn() != null ? facts.calculate(r, household).monthlyAmount() : null;
                cols.put("opinion", blank(in.opinion()));
                cols.put("proposed_amount", proposed);
                cols.put("notice_posted_on", on);
                cols.put("notice_ends_on", deadlines.noticeEnds(r.regionCode(), on));
                cols.put("notice_location", blank(in.noticeLocation()));
                details.put("noticeEndsOn", deadlines.noticeEnds(r.regionCode(), on).toString());
            }
            case POST_COUNTY_NOTICE -> {
                cols.put("notice_posted_on", on);
                cols.put("notice_ends_on", deadlines.noticeEnds(r.regionCode(), on));
                cols.put("notice_location", blank(in.noticeLocation()));
            }
            case RAISE_OBJECTION -> {
                store.addObjection(r.id(), blank(in.reason()), on, by);
                cols.put("complaint", true);
            }
            case SEND_TO_COUNTY -> {
                cols.put("devolved", false);
                if (r.procedure() == Procedure.P2012) {
                    boolean picked = deadlines.spotChecked(r.regionCode(), on,
                            casework.countySentCases(r.regionCode().substring(0, 6)));
                    cols.put("spot_check", picked);
                    details.put("spotCheck", picked);
                }
            }
            case SEND_FOR_TOWNSHIP_CONFIRMATION -> {
                cols.put("devolved", true);
                details.put("declarations", emergencies.flagsFor(RegionCode.of(r.regionCode()), on).declarationIds().toString());
            }
            case RECORD_REVIEW_VISIT -> {
                cols.put("review_visit_on", on);
                cols.put("review_visit_note", blank(in.reason()));
            }
            case PROPOSE_OVERRIDE -> {
                cols.put("override_amount", in.overrideAmount().setScale(0, java.math.RoundingMode.HALF_UP));
                cols.put("override_reason", blank(in.reason()));
                cols.put("override_proposed_by", by);
                cols.put("override_confirmed_by", null);
                cols.put("override_reason_code", in.overrideReasonCode() == null ? null : in.overrideReasonCode().name());
                if (in.overrideReasonCode() != null) {
                    details.put("overrideReasonCode", in.overrideReasonCode().name());
                }
                details.put("overrideAmount", in.overrideAmount().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
            }
            case CONFIRM_OVERRIDE -> {
                cols.put("override_confirmed_by", by);
                details.put("overrideAmount", r.overrideAmount().toPlainString());
                details.put("proposedBy", r.overrideProposedBy());
            }
            case REASSIGN -> {
                cols.put("assigned_to", blank(in.assignee()));
                details.put("from", r.assignedTo());
                details.put("to", blank(in.assignee()));
            }
            case RECORD_NOTICE_SERVED -> {
                cols.put("notice_served_on", on);
                cols.put("notice_served_by", by);
                details.put("notice", r.state() == ApplicationState.APPROVED ? "APPROVAL" : "REJECTION");
                if (r.rejectionNoticeDueOn() != null) {
                    details.put("dueOn", r.rejectionNoticeDueOn().toString());
                    details.put("late", on.isAfter(r.rejectionNoticeDueOn()));
                }
            }
            case REJECT, TERMINATE -> {
                cols.put("decided_on", on);
                cols.put("decided_by", by);
                cols.put("decision_reasons", blank(in.reason()));
                if (action == ApplicationAction.REJECT) {
                    cols.put("rejection_notice_due_on", deadlines.rejectionNoticeDue(r.regionCode(), on));
                }
            }
            default -> {
            }
        }
    }

    private void approve(ApplicationRow r, LocalDate on, StaffPrincipal staff, HouseholdView household,
                         Map<String, Object> cols, Map<String, Object> details, String reason) {
        DibaoResult result = facts.calculate(r, household);
        boolean overridden = r.overrideAmount() != null && r.overrideConfirmedBy() != null;
        BigDecimal amount = overridden ? r.overrideAmount() : result.monthlyAmount();
        EmergencyFlags flags = emergencies.flagsFor(RegionCode.of(r.regionCode()), on);
        var householdFacts = facts.householdFacts(r, household);
        cols.put("calculated_amount", result.monthlyAmount());
        cols.put("decided_amount", amount);
        cols.put("decided_on", on);
        cols.put("decided_by", staff.username());
        cols.put("decision_snapshot", facts.snapshot(r, household, householdFacts, result, amount, overridden,
                store.verifications(r.id()), flags, on, staff.username()));
        details.put("amount", amount.toPlainString());
        details.put("calculated", result.monthlyAmount().toPlainString());
        details.put("overridden", overridden);
        // an amount decided by hand above the plausibility limit goes to finance with its first payroll line
        boolean flagged = overridden && plausibility.judge(r, household, amount, on).flagged();
        if (flagged) {
            details.put("flaggedToFinance", true);
            details.put("overrideReasonCode", String.valueOf(r.overrideReasonCode()));
        }
        events.publishEvent(new DibaoApplicationApproved(r.id(), r.householdId(), r.regionCode(), on,
                YearMonth.from(on).plusMonths(1), householdFacts, amount, overridden, staff.username(), flagged));
        simplified.announce(r, on, staff.username(), flags, reason);
    }

    private static ApplicationRow withColumns(ApplicationRow r, Map<String, Object> c) {
        return new ApplicationRow(r.id(), r.householdId(), r.regionCode(),
                c.containsKey("procedure_version") ? Procedure.valueOf((String) c.get("procedure_version")) : r.procedure(),
                r.channel(), r.state(), r.applicantPersonId(), r.applicantNameMasked(), r.householdSize(), r.nearRelativeOfStaff(),
                (boolean) c.getOrDefault("complaint", r.complaint()), (LocalDate) c.getOrDefault("submitted_on", r.submittedOn()),
                (LocalDate) c.getOrDefault("accepted_on", r.acceptedOn()), r.materialsMissing(), r.materialsNoticeOn(),
                c.containsKey("paused_since") ? (LocalDate) c.get("paused_since") : r.pausedSince(),
                (int) c.getOrDefault("paused_working_days", r.pausedWorkingDays()),
                (boolean) c.getOrDefault("extended", r.extended()), r.extensionReason(), r.stateEnteredOn(), r.stateDueOn(),
                r.overallDueOn(), r.verificationRequestedOn(), r.verificationDueOn(), r.investigationMethod(),
                r.investigators(), r.investigatedOn(), r.investigationNote(), r.factsJson(), r.appraisalNote(), r.opinion(),
                r.proposedAmount(), r.noticePostedOn(), r.noticeEndsOn(), r.noticeLocation(), r.devolved(), r.spotCheck(),
                r.reviewVisitOn(), r.reviewVisitNote(), r.overrideAmount(), r.overrideReason(), r.overrideProposedBy(),
                r.overrideConfirmedBy(), r.calculatedAmount(), r.decidedAmount(), r.decidedOn(), r.decidedBy(),
                r.decisionReasons(), r.rejectionNoticeDueOn(), r.decisionSnapshot(), r.createdBy(), r.assignedTo(),
                r.noticeServedOn(), r.noticeServedBy(),
                c.containsKey("override_reason_code") ? (c.get("override_reason_code") == null ? null
                        : OverrideReason.valueOf((String) c.get("override_reason_code"))) : r.overrideReasonCode());
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
