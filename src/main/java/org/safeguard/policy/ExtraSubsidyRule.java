package org.safeguard.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * An extra living subsidy (增发生活补助, domain.md §1.3): who gets it, how much, whether in kind, and for how many
 * months ({@code months} null = one-off). {@code amount} is yuan for FIXED_YUAN, a multiple of the monthly dibao
 * standard for MULTIPLE_OF_STANDARD, and ignored (one month's benefit) for EXTRA_MONTH.
 */
public record ExtraSubsidyRule(Set<TargetGroup> targetGroups, AmountType amountType, BigDecimal amount,
                               boolean inKindAllowed, Integer months) {

    public enum TargetGroup { DIBAO, SPECIAL_HARDSHIP, ORPHANS, DISABLED, LOW_INCOME }

    public enum AmountType { FIXED_YUAN, MULTIPLE_OF_STANDARD, EXTRA_MONTH }

    public ExtraSubsidyRule {
        Objects.requireNonNull(amountType, "amountType");
        targetGroups = Set.copyOf(targetGroups);
        if (targetGroups.isEmpty()) {
            throw new IllegalArgumentException("no target group");
        }
    }
}
