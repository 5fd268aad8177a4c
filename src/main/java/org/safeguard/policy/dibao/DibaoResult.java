package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.SupplementCategory;

/**
 * The calculator's answer. {@code perCapitaIncome} is shown rounded to the fen (comparisons use the exact
 * value); {@code monthlyAmount} is rounded half-up to whole yuan once, and is zero unless eligible.
 * {@code perCapitaIncome} is null when no member is counted.
 */
public record DibaoResult(Outcome outcome, List<Reason> reasons, LocalDate referenceDate, HukouType hukouType,
                          int countedMembers, List<String> countedRefs, int months,
                          BigDecimal countedIncome, BigDecimal deductions, BigDecimal netIncome,
                          BigDecimal perCapitaIncome, BigDecimal standard, ParameterSource standardSource,
                          BigDecimal edgeThreshold, List<MemberSupplement> supplements, BigDecimal monthlyAmount,
                          List<TraceStep> trace) {

    public boolean eligible() {
        return outcome == Outcome.ELIGIBLE;
    }

    public boolean edge() {
        return outcome == Outcome.EDGE;
    }

    public enum Outcome { ELIGIBLE, EDGE, NOT_ELIGIBLE }

    /** A supplement paid for one counted member: unrounded monthly amount. */
    public record MemberSupplement(String memberRef, SupplementCategory category, BigDecimal amount) {
    }
}
