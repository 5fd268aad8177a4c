package org.safeguard.policy.dibao;


/** Income item types (domain.md §2.2); which always are excluded (the pension exclusion is a dated parameter). */
public enum IncomeType {
    WAGE, BUSINESS_NET, PROPERTY_NET, TRANSFER_NET,
    /** The centrally-set basic pension of the residents' scheme: excluded while RESIDENT_PENSION_EXCLUDED is true (2021–2025). */
    RESIDENT_BASIC_PENSION,
    OTHER,
    SOCIAL_ASSISTANCE, PREFERENTIAL_PENSION, FAMILY_PLANNING_REWARD, SCHOLARSHIP, HEROIC_DEED_REWARD;

    /** Never counted, whatever the date. */
    public boolean alwaysExcluded() {
        return ordinal() >= SOCIAL_ASSISTANCE.ordinal();
    }
}
