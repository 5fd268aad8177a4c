package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.safeguard.household.HouseholdView;
import org.safeguard.policy.EmergencyOverlay;
import org.safeguard.policy.EmergencyFlags;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What an application action writes: the columns of its step record and the details of its audit entry, and for
 * an approval the decision snapshot, the approval event and the announcement of simplified procedures.
 */
@org.springframework.stereotype.Component
class ApplicationActionEffects {

    private final ApplicationStore store;
    private final ApplicationDeadlines deadlines;
    private final ApplicationFacts facts;
    private final EmergencyOverlay emergencies;
    private final ApplicationEventPublisher events;
    private final OverridePlausibility plausibility;
    private final DibaoCasework casework;
    private final SimplifiedProcedures simplified;
    private final ApplicationActionChecks checks;

    ApplicationActionEffects(ApplicationStore store, ApplicationDeadlines deadlines, ApplicationFacts facts,
                             EmergencyOverlay emergencies, ApplicationEventPublisher events,
                             OverridePlausibility plausibility, DibaoCasework casework, SimplifiedProcedures simplified,
                             ApplicationActionChecks checks) {
        this.store = store;
        this.deadlines = deadlines;
        this.facts = facts;
        this.emergencies = emergencies;
        this.events = events;
        this.plausibility = plausibility;
        this.casework = casework;
        this.simplified = simplified;
        this.checks = checks;
    }

    void effects(ApplicationRow r, ApplicationAction action, ActionRequest in, LocalDate on, StaffPrincipal staff,
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
                List<String> codes = DibaoApplications.lines(in.materials()).stream().distinct().toList();
                store.receiveMaterials(r.id(), codes, on, by);
                details.put("materials", String.join(",", codes));
            }
            case REQUEST_MATERIALS -> {
                List<String> missing = checks.noticeItems(r.id(), in);
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
                List<String> codes = DibaoApplications.lines(in.materials()).stream().distinct().toList();
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
                List<String> missing = checks.missingMaterials(r.id());
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
                cols.put("investigators", String.join("、", DibaoApplications.investigators(inv.investigators())));
                cols.put("investigated_on", on);
                cols.put("investigation_note", DibaoApplications.blank(inv.note()));
                details.put("method", inv.method().name());
                details.put("investigators", DibaoApplications.investigators(inv.investigators()).size());
            }
            case RECORD_FACTS -> cols.put("facts_json", facts.toJson(in.facts()));
            case RECORD_VERIFICATION -> {
                var v = in.verification();
                store.addVerification(r.id(), v.department().trim(), v.result(), DibaoApplications.blank(v.note()), on, by);
                details.put("department", v.department().trim());
                details.put("result", v.result());
            }
            case EXTEND_LIMIT -> {
                cols.put("extended", true);
                cols.put("extension_reason", DibaoApplications.blank(in.reason()));
            }
            case RECORD_APPRAISAL -> cols.put("appraisal_note", DibaoApplications.blank(in.reason()));
            case POST_NOTICE -> {
                BigDecimal proposed = in.proposedAmount() != null ? in.proposedAmount()
                        : r.factsJson() != null && r.acceptedOn() != null ? facts.calculate(r, household).monthlyAmount() : null;
                cols.put("opinion", DibaoApplications.blank(in.opinion()));
                cols.put("proposed_amount", proposed);
                cols.put("notice_posted_on", on);
                cols.put("notice_ends_on", deadlines.noticeEnds(r.regionCode(), on));
                cols.put("notice_location", DibaoApplications.blank(in.noticeLocation()));
                details.put("noticeEndsOn", deadlines.noticeEnds(r.regionCode(), on).toString());
            }
            case POST_COUNTY_NOTICE -> {
                cols.put("notice_posted_on", on);
                cols.put("notice_ends_on", deadlines.noticeEnds(r.regionCode(), on));
                cols.put("notice_location", DibaoApplications.blank(in.noticeLocation()));
            }
            case RAISE_OBJECTION -> {
                store.addObjection(r.id(), DibaoApplications.blank(in.reason()), on, by);
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
                cols.put("review_visit_note", DibaoApplications.blank(in.reason()));
            }
            case PROPOSE_OVERRIDE -> {
                cols.put("override_amount", in.overrideAmount().setScale(0, java.math.RoundingMode.HALF_UP));
                cols.put("override_reason", DibaoApplications.blank(in.reason()));
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
                cols.put("assigned_to", DibaoApplications.blank(in.assignee()));
                details.put("from", r.assignedTo());
                details.put("to", DibaoApplications.blank(in.assignee()));
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
                cols.put("decision_reasons", DibaoApplications.blank(in.reason()));
                if (action == ApplicationAction.REJECT) {
                    cols.put("rejection_notice_due_on", deadlines.rejectionNoticeDue(r.regionCode(), on));
                }
            }
            default -> {
            }
        }
    }

    void approve(ApplicationRow r, LocalDate on, StaffPrincipal staff, HouseholdView household,
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

    static ApplicationRow withColumns(ApplicationRow r, Map<String, Object> c) {
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
}
