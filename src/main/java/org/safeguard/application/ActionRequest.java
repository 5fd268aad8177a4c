package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an action carries; each action reads the fields it needs (see the API documentation of the action).
 * {@code materials}: checklist codes ticked as received (RECORD_MATERIALS, RECEIVE_MATERIALS); {@code commitment}: ACCEPT
 * with required items missing under the commitment-based system (告知承诺制); {@code assignee}: REASSIGN's new assignee
 * (username).
 * {@code on} is the date the step took effect (default today; never in the future, never before the current step began).
 */
public record ActionRequest(LocalDate on, String reason, List<String> missingMaterials, List<SignatureInput> signatures,
                            InvestigationInput investigation, FactsInput facts, VerificationInput verification,
                            String opinion, BigDecimal proposedAmount, String noticeLocation, BigDecimal overrideAmount,
                            List<String> materials, Boolean commitment, String assignee, OverrideReason overrideReasonCode,
                            Long version) {

    /** Without the override's named reason and the version (the version may come from If-Match instead). */
    public ActionRequest(LocalDate on, String reason, List<String> missingMaterials, List<SignatureInput> signatures,
                         InvestigationInput investigation, FactsInput facts, VerificationInput verification,
                         String opinion, BigDecimal proposedAmount, String noticeLocation, BigDecimal overrideAmount,
                         List<String> materials, Boolean commitment, String assignee) {
        this(on, reason, missingMaterials, signatures, investigation, facts, verification, opinion, proposedAmount,
                noticeLocation, overrideAmount, materials, commitment, assignee, null, null);
    }

    /** Without materials codes and commitment. */
    public ActionRequest(LocalDate on, String reason, List<String> missingMaterials, List<SignatureInput> signatures,
                         InvestigationInput investigation, FactsInput facts, VerificationInput verification,
                         String opinion, BigDecimal proposedAmount, String noticeLocation, BigDecimal overrideAmount) {
        this(on, reason, missingMaterials, signatures, investigation, facts, verification, opinion, proposedAmount,
                noticeLocation, overrideAmount, null, null, null, null, null);
    }

    /** Ticks the checklist items (codes of {@link DibaoMaterials}) as received. */
    public static ActionRequest materials(LocalDate on, List<String> codes) {
        return new ActionRequest(on, null, null, null, null, null, null, null, null, null, null, codes, null, null, null, null);
    }

    /** The same request, with the version the client read (from If-Match when the body has none). */
    public ActionRequest withVersion(Long v) {
        return new ActionRequest(on, reason, missingMaterials, signatures, investigation, facts, verification, opinion,
                proposedAmount, noticeLocation, overrideAmount, materials, commitment, assignee, overrideReasonCode, v);
    }

    public boolean onCommitment() {
        return Boolean.TRUE.equals(commitment);
    }

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ActionRequest reason(LocalDate on, String reason) {
        return new ActionRequest(on, reason, null, null, null, null, null, null, null, null, null);
    }

    /** kind: COMMITMENT or AUTHORISATION. */
    public record SignatureInput(UUID personId, String kind) {
    }

    public record InvestigationInput(InvestigationMethod method, List<String> investigators, String note) {
    }

    /** result: CONSISTENT, DISCREPANCY or NO_RECORD. */
    public record VerificationInput(String department, String result, String note) {
    }
}
