package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an action carries; each action reads the fields it needs (see the API documentation of the action).
 * {@code on} is the date the step took effect (default today; never in the future, never before the current step began).
 */
public record ActionRequest(LocalDate on, String reason, List<String> missingMaterials, List<SignatureInput> signatures,
                            InvestigationInput investigation, FactsInput facts, VerificationInput verification,
                            String opinion, BigDecimal proposedAmount, String noticeLocation, BigDecimal overrideAmount) {

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
