package org.safeguard.policy.dibao;

import java.time.LocalDate;

/** Income item types (domain.md §2.2) and whether they count on a reference date. */
public enum IncomeType {
    WAGE, BUSINESS_NET, PROPERTY_NET, TRANSFER_NET,
    /** The centrally-set basic pension of the residents' scheme: excluded for reference dates in 2021–2025. */
    RESIDENT_BASIC_PENSION,
    OTHER,
    SOCIAL_ASSISTANCE, PREFERENTIAL_PENSION, FAMILY_PLANNING_REWARD, SCHOLARSHIP, HEROIC_DEED_REWARD;

    static final LocalDate PENSION_EXCLUSION_FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate PENSION_EXCLUSION_TO = LocalDate.of(2025, 12, 31);

    /** Never counted, whatever the date. */
    public boolean alwaysExcluded() {
        return ordinal() >= SOCIAL_ASSISTANCE.ordinal();
    }

    public boolean counted(LocalDate referenceDate) {
        if (alwaysExcluded()) {
            return false;
        }
        if (this == RESIDENT_BASIC_PENSION) {
            return referenceDate.isBefore(PENSION_EXCLUSION_FROM) || referenceDate.isAfter(PENSION_EXCLUSION_TO);
        }
        return true;
    }
}
