package org.safeguard.temporaryassistance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.TierTable;

/**
 * The parameters the calculator reads for the place of hardship on the request date (domain.md §16 item 11), each
 * base standard with where it came from. {@code regionUrbanRural} is the place's own classification (null when the
 * region has none); {@code disposableIncome*} are yuan per person per year and may be null when no region sets them.
 */
public record TemporaryAssistanceParameters(String regionCode, UrbanRural regionUrbanRural,
                                            Standard urban, Standard rural,
                                            int monthsGeneral, int monthsSerious, int monthsSevere,
                                            int expenditureMonths,
                                            BigDecimal disposableIncomeUrban, ParameterSource disposableUrbanSource,
                                            BigDecimal disposableIncomeRural, ParameterSource disposableRuralSource,
                                            BigDecimal townshipMultiple, BigDecimal countyMultiple,
                                            int repeatWindowMonths, int repeatMaxGrants,
                                            LocalDate uninsuredFrom, LocalDate uninsuredTo, BigDecimal uninsuredMultiple,
                                            int uninsuredNoIncomeMonths, TierTable tiers) {

    /**
     * A base standard S: {@code amount} (null when neither a temporary-assistance base nor a dibao standard is in
     * force), whether it is the dibao standard ({@code fromDibao}) and its source.
     */
    public record Standard(BigDecimal amount, boolean fromDibao, ParameterSource source) {
    }

    public Standard standard(UrbanRural type) {
        return type == UrbanRural.URBAN ? urban : rural;
    }

    public BigDecimal disposableIncome(UrbanRural type) {
        return type == UrbanRural.URBAN ? disposableIncomeUrban : disposableIncomeRural;
    }

    public ParameterSource disposableIncomeSource(UrbanRural type) {
        return type == UrbanRural.URBAN ? disposableUrbanSource : disposableRuralSource;
    }

    public int months(Severity severity) {
        return switch (severity) {
            case GENERAL -> monthsGeneral;
            case SERIOUS -> monthsSerious;
            case SEVERE -> monthsSevere;
        };
    }

    /** The same parameters with the previous year's disposable income replaced (a "what if"); null keeps them. */
    public TemporaryAssistanceParameters withDisposableIncome(BigDecimal override) {
        if (override == null) {
            return this;
        }
        return new TemporaryAssistanceParameters(regionCode, regionUrbanRural, urban, rural, monthsGeneral, monthsSerious,
                monthsSevere, expenditureMonths, override, ParameterSource.OVERRIDE, override, ParameterSource.OVERRIDE,
                townshipMultiple, countyMultiple, repeatWindowMonths, repeatMaxGrants, uninsuredFrom, uninsuredTo,
                uninsuredMultiple, uninsuredNoIncomeMonths, tiers);
    }
}
