package org.safeguard.policy;

import java.util.List;

/**
 * A declaration as proposed through the API or the form: text fields, validated by {@link DeclarationValidation}
 * so that every problem is reported beside its field (e.g. {@code flags[2].validTo / OUTSIDE_DECLARATION_PERIOD}).
 */
public record DeclarationRequest(String regionCode, String level, String startDate, String endDate, String reason,
                                 List<Flag> flags) {

    public DeclarationRequest {
        flags = flags == null ? List.of() : flags;
    }

    /** One flag; {@code extraSubsidy} for EXTRA_LIVING_SUBSIDY, {@code multiplier} for PRICE_SUBSIDY_OVERRIDE. */
    public record Flag(String flag, String validFrom, String validTo, ExtraSubsidy extraSubsidy, String multiplier) {
    }

    public record ExtraSubsidy(List<String> targetGroups, String amountType, String amount, Boolean inKindAllowed,
                               String months) {
    }
}
