package org.safeguard.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguard.account.StaffLookup;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.policy.EmergencyOverlay;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What an application action must bring and what must hold before it is taken: the payload of each action
 * (reasons, materials, signatures, investigation, facts, verification, override) and the preconditions of the
 * procedure's rule, each with its stable code. Nothing here changes the case.
 */
@org.springframework.stereotype.Component
class ApplicationActionChecks {

    private final ApplicationStore store;
    private final ApplicationFacts facts;
    private final EmergencyOverlay emergencies;
    private final MessageSource messages;
    private final StaffLookup staffLookup;
    private final OverridePlausibility plausibility;

    ApplicationActionChecks(ApplicationStore store, ApplicationFacts facts, EmergencyOverlay emergencies,
                            MessageSource messages, StaffLookup staffLookup, OverridePlausibility plausibility) {
        this.store = store;
        this.facts = facts;
        this.emergencies = emergencies;
        this.messages = messages;
        this.staffLookup = staffLookup;
        this.plausibility = plausibility;
    }

    void checkPayload(ProcedureDefinitions.Rule rule, ApplicationRow r, ActionRequest in, LocalDate on,
                              HouseholdView household) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rule.preconditions().contains(Precondition.REASON_GIVEN) && DibaoApplications.blank(in.reason()) == null) {
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
                List<String> codes = DibaoApplications.lines(in.materials());
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
                        if (s == null || s.kind() == null || !DibaoApplications.SIGNATURE_KINDS.contains(s.kind())) {
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
                if (inv == null || DibaoApplications.investigators(inv.investigators()).size() < 2) {
                    problems.add(FieldProblem.of("investigation.investigators", "TOO_FEW", 2));
                }
            }
            case RECORD_FACTS -> problems.addAll(facts.validate(in.facts(), household));
            case RECORD_VERIFICATION -> {
                var v = in.verification();
                if (v == null || DibaoApplications.blank(v.department()) == null) {
                    problems.add(FieldProblem.of("verification.department", "REQUIRED"));
                }
                if (v == null || v.result() == null || !DibaoApplications.VERIFICATION_RESULTS.contains(v.result())) {
                    problems.add(FieldProblem.of("verification.result", "INVALID"));
                }
            }
            case POST_NOTICE -> {
                if (DibaoApplications.blank(in.opinion()) == null) {
                    problems.add(FieldProblem.of("opinion", "REQUIRED"));
                }
                if (in.proposedAmount() != null && in.proposedAmount().signum() < 0) {
                    problems.add(FieldProblem.of("proposedAmount", "TOO_SMALL", 0));
                }
            }
            case REASSIGN -> {
                String assignee = DibaoApplications.blank(in.assignee());
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
                if (DibaoApplications.blank(in.reason()) == null) {
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

    boolean holds(Precondition p, ApplicationRow r, ActionRequest in, LocalDate on, LocalDate today, StaffPrincipal staff,
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
    List<String> noticeItems(UUID id, ActionRequest in) {
        List<String> given = DibaoApplications.lines(in.missingMaterials());
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
                .filter(pid -> !signed.getOrDefault(pid, Set.of()).containsAll(DibaoApplications.SIGNATURE_KINDS)).toList();
    }
}
