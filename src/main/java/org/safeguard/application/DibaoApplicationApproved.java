package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.safeguard.policy.dibao.HouseholdFacts;

/**
 * A dibao application was approved (by the county, or by the township where approval is devolved). The
 * beneficiary module enrols the household from {@code firstPaymentMonth} (the month after the decision).
 * {@code facts} are the assessed facts the amount was calculated from; each member's {@code ref} is the
 * registry person id (a UUID string), so later reviews and price subsidies can name the people covered.
 * {@code monthlyAmount} is the decided amount (the calculator's, or an approved override); {@code amountFlagged} says an
 * override lies above the plausibility limit and was approved with a named reason, for finance to see.
 */
public record DibaoApplicationApproved(UUID applicationId, UUID householdId, String regionCode, LocalDate decidedOn,
                                       YearMonth firstPaymentMonth, HouseholdFacts facts, BigDecimal monthlyAmount,
                                       boolean amountOverridden, String decidedBy, boolean amountFlagged) {

    public DibaoApplicationApproved(UUID applicationId, UUID householdId, String regionCode, LocalDate decidedOn,
                                    YearMonth firstPaymentMonth, HouseholdFacts facts, BigDecimal monthlyAmount,
                                    boolean amountOverridden, String decidedBy) {
        this(applicationId, householdId, regionCode, decidedOn, firstPaymentMonth, facts, monthlyAmount, amountOverridden,
                decidedBy, false);
    }
}
