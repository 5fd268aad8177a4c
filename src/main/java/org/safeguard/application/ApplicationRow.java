package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One stored application as the module works with it (unmasked; never rendered as is). */
record ApplicationRow(UUID id, UUID householdId, String regionCode, Procedure procedure, Channel channel,
                      ApplicationState state, UUID applicantPersonId, String applicantNameMasked, int householdSize,
                      boolean nearRelativeOfStaff, boolean complaint,
                      LocalDate submittedOn, LocalDate acceptedOn, String materialsMissing, LocalDate materialsNoticeOn,
                      LocalDate pausedSince, int pausedWorkingDays, boolean extended, String extensionReason,
                      LocalDate stateEnteredOn, LocalDate stateDueOn, LocalDate overallDueOn,
                      LocalDate verificationRequestedOn, LocalDate verificationDueOn,
                      InvestigationMethod investigationMethod, String investigators, LocalDate investigatedOn,
                      String investigationNote, String factsJson, String appraisalNote, String opinion,
                      BigDecimal proposedAmount, LocalDate noticePostedOn, LocalDate noticeEndsOn, String noticeLocation,
                      boolean devolved, boolean spotCheck, LocalDate reviewVisitOn, String reviewVisitNote,
                      BigDecimal overrideAmount, String overrideReason, String overrideProposedBy,
                      String overrideConfirmedBy, BigDecimal calculatedAmount, BigDecimal decidedAmount,
                      LocalDate decidedOn, String decidedBy, String decisionReasons, LocalDate rejectionNoticeDueOn,
                      String decisionSnapshot, String createdBy, String assignedTo, LocalDate noticeServedOn,
                      String noticeServedBy, OverrideReason overrideReasonCode) {

    /** A rejection whose written notice is not served by its due date. */
    boolean noticeOverdue(LocalDate today) {
        return rejectionNoticeDueOn != null && noticeServedOn == null && rejectionNoticeDueOn.isBefore(today);
    }

    /** A mandatory visit before the decision: near relative of staff, a complaint or objection, or the 2012 spot check. */
    boolean visitRequired() {
        return nearRelativeOfStaff || complaint || spotCheck;
    }

    boolean overridePending() {
        return overrideAmount != null && overrideConfirmedBy == null;
    }
}
