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
}
