package org.safeguard.policy;

/**
 * The relaxations an emergency declaration can switch on (domain.md §1.3), each with its own validity. Only
 * {@link #EXTRA_LIVING_SUBSIDY} may appear more than once in a declaration (e.g. 500 yuan urban, 300 yuan rural).
 */
public enum EmergencyFlag {
    /** Household investigation by phone or video (S3; S12 Art.16). */
    REMOTE_INVESTIGATION,
    /** The township confirms dibao instead of the county (S16 #24; S12 Art.2). */
    APPROVAL_DEVOLVED,
    /** Periodic reviews do not fall due while it holds; they fall due when it ends (S12 Art.31). */
    REVIEWS_EXTENDED,
    /** Decreases, stops and exits are queued, not executed, while it holds (S2, S3). */
    EXITS_SUSPENDED,
    /** Temporary assistance without the hukou restriction (S5). */
    HUKOU_RESTRICTION_RELAXED,
    /** Communities (villages) entrusted with help-first assistance (S2). */
    COMMUNITY_HELP_FIRST,
    /** More frequent visits to special-hardship and other vulnerable persons (S1 §I.6). */
    CARE_VISITS_INTENSIFIED,
    /** An extra living subsidy (增发生活补助) by an {@link ExtraSubsidyRule} (S1 §I.1). */
    EXTRA_LIVING_SUBSIDY,
    /** The price subsidy paid at a multiple of its normal amount (S6: double rate March to June 2020). */
    PRICE_SUBSIDY_OVERRIDE;

    public boolean repeatable() {
        return this == EXTRA_LIVING_SUBSIDY;
    }
}
