package org.safeguard.beneficiary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.safeguard.policy.dibao.HukouType;

/**
 * A household receives dibao from {@code firstMonth}. {@code coveredPersonIds} are the registry ids of its
 * counted members, the people the dibao covers (and whom the price subsidy pays as dibao recipients).
 */
public record DibaoEnrolled(UUID householdId, String regionCode, HukouType hukouType, YearMonth firstMonth,
                            BigDecimal monthlyAmount, List<UUID> coveredPersonIds) {
    public DibaoEnrolled {
        coveredPersonIds = List.copyOf(coveredPersonIds);
    }
}
