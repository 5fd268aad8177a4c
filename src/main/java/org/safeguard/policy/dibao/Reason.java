package org.safeguard.policy.dibao;

import java.util.List;

/**
 * Why a household is not eligible: a stable code ({@code NO_COUNTED_MEMBERS}, {@code NO_STANDARD},
 * {@code INCOME_NOT_BELOW_STANDARD}, {@code ASSET_RULE_FAILED}), the asset rule's code when an asset rule
 * failed, and arguments for the message {@code policy.reason.<code>}.
 */
public record Reason(String code, String rule, List<Object> args) {

    public static final String NO_COUNTED_MEMBERS = "NO_COUNTED_MEMBERS";
    public static final String INCOME_NOT_BELOW_STANDARD = "INCOME_NOT_BELOW_STANDARD";
    public static final String ASSET_RULE_FAILED = "ASSET_RULE_FAILED";
    /** A single-person application before the mid-2020 rule (2020-07-29) allowed it. */
    public static final String SINGLE_PERSON_NOT_IN_FORCE = "SINGLE_PERSON_NOT_IN_FORCE";
    /** The family is eligible as a whole: it applies as a family, not one member alone. */
    public static final String SINGLE_PERSON_FAMILY_ELIGIBLE = "SINGLE_PERSON_FAMILY_ELIGIBLE";
    /** The family is not a low-income (dibao-edge) family: income at or above the edge, or an asset rule fails. */
    public static final String SINGLE_PERSON_FAMILY_NOT_LOW_INCOME = "SINGLE_PERSON_FAMILY_NOT_LOW_INCOME";
    /** The member is neither severely disabled (grade 1–2) nor seriously ill, or is not a counted member. */
    public static final String SINGLE_PERSON_NOT_QUALIFYING = "SINGLE_PERSON_NOT_QUALIFYING";
}
