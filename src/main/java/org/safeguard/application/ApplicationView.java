package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as shown: names masked; with the step records, deadlines and what the caller may do next. */
public record ApplicationView(UUID id, UUID householdId, String regionCode, Procedure procedure, Channel channel,
                              ApplicationState state, String applicantNameMasked, int householdSize,
                              boolean nearRelativeOfStaff, boolean complaint, LocalDate submittedOn, LocalDate acceptedOn,
                              List<String> materialsMissing, LocalDate materialsNoticeOn, boolean paused,
                              int pausedWorkingDays, boolean extended, String extensionReason,
                              LocalDate stateEnteredOn, LocalDate stateDueOn, LocalDate overallDueOn, boolean overdue,
                              LocalDate verificationRequestedOn, LocalDate verificationDueOn,
                              InvestigationMethod investigationMethod, List<String> investigators,
                              LocalDate investigatedOn, String investigationNote, FactsInput facts,
                              String appraisalNote, String opinion, BigDecimal proposedAmount,
                              LocalDate noticePostedOn, LocalDate noticeEndsOn, String noticeLocation,
                              boolean devolved, boolean spotCheck, boolean visitRequired, LocalDate reviewVisitOn,
                              String reviewVisitNote, BigDecimal overrideAmount, String overrideReason,
                              String overrideProposedBy, String overrideConfirmedBy, BigDecimal decidedAmount,
                              LocalDate decidedOn, String decidedBy, String decisionReasons,
                              LocalDate rejectionNoticeDueOn, String createdBy, String assignedTo,
                              List<Signature> signatures, List<VerificationResult> verifications,
                              List<Objection> objections, List<ApplicationAction> allowedActions,
                              List<Material> materials, LocalDate noticeServedOn, String noticeServedBy, Long version) {

    /**
     * One item of the materials checklist: {@code required} for acceptance unless {@code officeObtains} (the office gets
     * it from a government platform); received (who, when) or replaced by the written commitment at acceptance.
     */
    public record Material(String code, boolean required, boolean officeObtains, LocalDate receivedOn, String receivedBy,
                           LocalDate committedOn, String committedBy, boolean missing) {

        /** {@code missing}: still to be handed in by the applicant (required, not the office's, neither received nor committed). */
        public static Material of(String code, boolean required, boolean officeObtains, LocalDate receivedOn, String receivedBy,
                                  LocalDate committedOn, String committedBy) {
            return new Material(code, required, officeObtains, receivedOn, receivedBy, committedOn, committedBy,
                    required && !officeObtains && receivedOn == null && committedOn == null);
        }
    }

    public record Signature(UUID personId, String kind, LocalDate signedOn) {
    }

    public record VerificationResult(String department, String result, String note, LocalDate receivedOn, String recordedBy) {
    }

    public record Objection(LocalDate raisedOn, String summary, String recordedBy) {
    }
}
