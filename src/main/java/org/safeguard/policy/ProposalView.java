package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as staff and the API see it: its changes (with the recorded version once approved), every transition,
 * the last impact preview (null until one has run) and the actions its state allows.
 */
public record ProposalView(long id, String regionCode, LocalDate effectiveFrom, String reason, ProposalState state,
                           String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String decisionReason,
                           List<Change> changes, List<Transition> transitions, Preview preview, List<ProposalAction> allowedActions) {

    public record Change(String parameter, String value, Long versionId) {
    }

    public record Transition(ProposalState from, ProposalState to, ProposalAction action, String actor, Instant at, String reason) {
    }

    /** The impact preview: who ran it, when, for which reference date; a row per child region and the total. */
    public record Preview(String ranBy, Instant ranAt, LocalDate referenceDate, List<Row> rows, Row total) {
    }

    /** Households assessed, how many change amount, gain or lose eligibility, and the monthly cost before and after. */
    public record Row(String regionCode, long households, long changed, long gained, long lost, BigDecimal currentMonthlyCost,
                      BigDecimal proposedMonthlyCost, BigDecimal monthlyCostDelta) {
    }
}
