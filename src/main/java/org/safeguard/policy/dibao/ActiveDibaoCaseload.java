package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Consumer;

import org.safeguard.shared.RegionCode;

/**
 * The households receiving dibao, as the impact preview of a parameter proposal needs them: the facts each
 * amount was assessed on and what it is paid now. Implemented by the beneficiary module (which depends on
 * policy, not the other way round).
 */
public interface ActiveDibaoCaseload {

    /** Every household in the subtree receiving dibao in the month, streamed (the caseload can be millions). */
    void forEachActive(RegionCode subtree, YearMonth month, Consumer<CaseloadHousehold> sink);

    record CaseloadHousehold(UUID householdId, RegionCode region, HouseholdFacts facts, BigDecimal currentMonthlyAmount) {
    }
}
