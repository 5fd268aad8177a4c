package org.safeguard.temporaryassistance;

import java.math.BigDecimal;
import java.util.List;

import org.safeguard.policy.ParameterSource;

/**
 * The calculator's answer. {@code suggestedAmount} is whole yuan (rounded half-up once) and zero unless allowed;
 * {@code standard}, {@code townshipLimit} and {@code countyLimit} are exact. {@code approvalLevel} is for the
 * requested amount when one was given, else for the suggested one ({@code approvalFor}); for a refusal it is
 * CASE_BY_CASE when the only reason is the repeat rule (a repeat may be decided case by case) and null otherwise.
 * {@code persons} is n, the persons the amount is for (1 for the uninsured-unemployed one-off).
 */
public record TemporaryAssistanceResult(boolean allowed, List<String> reasons, AssistanceType type, UrbanRural urbanRural,
                                        BigDecimal standard, ParameterSource standardSource, boolean standardFromDibao,
                                        int persons, BigDecimal expenditureLine, String tier,
                                        BigDecimal suggestedAmount, BigDecimal townshipLimit, BigDecimal countyLimit,
                                        ApprovalLevel approvalLevel, AmountBasis approvalFor, boolean helpFirstAllowed,
                                        List<TaTraceStep> trace) {

    public TemporaryAssistanceResult {
        reasons = List.copyOf(reasons);
        trace = List.copyOf(trace);
    }

    /** Which amount the approval level is for. */
    public enum AmountBasis { REQUESTED, SUGGESTED }
}
