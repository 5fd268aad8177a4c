package org.safeguard.temporaryassistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the calculator is asked about, already validated. {@code hukouType} is the household's (null for a non-local
 * person whose hukou type is unknown); {@code localHukou} says whether the household is registered at the place of
 * hardship. Money is in yuan: {@code perCapitaIncome} per month, {@code outOfPocketExpense} over the last 12 months.
 * {@code requestedAmount}, {@code perCapitaIncome}, {@code outOfPocketExpense} and {@code unemployment} may be null
 * when the type does not need them.
 */
public record AssistanceFacts(LocalDate requestDate, AssistanceType type, UrbanRural hukouType, boolean localHukou,
                              Severity severity, int persons, String cause, BigDecimal requestedAmount,
                              BigDecimal perCapitaIncome, BigDecimal outOfPocketExpense, Unemployment unemployment,
                              List<Grant> previousGrants) {

    public AssistanceFacts {
        previousGrants = previousGrants == null ? List.of() : List.copyOf(previousGrants);
    }

    /** The uninsured-unemployed facts of the person. */
    public record Unemployment(int monthsWithoutIncome, boolean unemploymentInsurance, boolean inDibao) {
    }

    /** An earlier grant to the same person: its cause, date and (if known) the region that granted it. */
    public record Grant(String cause, LocalDate date, String regionCode) {
    }
}
