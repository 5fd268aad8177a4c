package org.safeguard.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.safeguard.household.HouseholdView;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Whether an amount decided by hand is plausible (issue 15 item 6): a monthly amount above the region's multiple
 * ({@code OVERRIDE_PLAUSIBLE_MULTIPLE}, 2 by default) of the larger of the calculator's amount and the standard times
 * the counted members needs one of the named {@link OverrideReason}s, and is flagged to finance when approved. Any
 * amount above {@link #CEILING} a month, or with more than two decimals, is a typing error and refused outright (a
 * two-reviewer override of 2,147,483,648 yuan once reached the payroll).
 */
@Component
class OverridePlausibility {

    /** No household's dibao can reach this a month (the standard itself is capped at 100,000). */
    static final BigDecimal CEILING = new BigDecimal("100000");

    /** The verdict: empty when plausible, or the limit it exceeds. */
    record Verdict(Optional<BigDecimal> exceededLimit) {
        boolean flagged() {
            return exceededLimit.isPresent();
        }
    }

    private final ApplicationFacts facts;
    private final PolicyParameters parameters;

    OverridePlausibility(ApplicationFacts facts, PolicyParameters parameters) {
        this.facts = facts;
        this.parameters = parameters;
    }

    /** A refusal of the amount itself (not a number a month could be), or null. */
    static FieldProblem refusal(BigDecimal amount) {
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return FieldProblem.of("overrideAmount", "TOO_MANY_DECIMALS", 2);
        }
        if (amount.compareTo(CEILING) > 0) {
            return FieldProblem.of("overrideAmount", "RANGE", 1, CEILING.toPlainString());
        }
        return null;
    }

    Verdict judge(ApplicationRow r, HouseholdView household, BigDecimal amount, LocalDate on) {
        if (r.factsJson() == null) {
            return new Verdict(Optional.empty());
        }
        DibaoResult result = facts.calculate(r, household);
        BigDecimal multiple = parameters.resolve(RegionCode.of(r.regionCode()), on)
                .decimal(ApplicationParameterDeclarations.OVERRIDE_PLAUSIBLE_MULTIPLE);
        BigDecimal byStandard = result.standard() == null ? BigDecimal.ZERO
                : result.standard().multiply(BigDecimal.valueOf(Math.max(1, result.countedMembers())));
        BigDecimal base = byStandard.max(result.monthlyAmount() == null ? BigDecimal.ZERO : result.monthlyAmount());
        BigDecimal limit = base.multiply(multiple).setScale(0, RoundingMode.HALF_UP);
        return new Verdict(amount.compareTo(limit) > 0 ? Optional.of(limit) : Optional.empty());
    }
}
