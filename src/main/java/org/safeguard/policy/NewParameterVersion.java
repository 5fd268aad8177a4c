package org.safeguard.policy;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.shared.RegionCode;

/**
 * A parameter version to be stored: what a future maker-checker proposal will carry and what its approval
 * will hand to {@link PolicyParameters#record}. Scalars use {@code valueText} (parsed by the parameter's
 * kind); ASSET_RULES and SUPPLEMENTS use their lists (an empty list is a valid "none from this date").
 */
public record NewParameterVersion(RegionCode regionCode, ParameterDefinition parameter, LocalDate effectiveFrom,
                                  LocalDate effectiveTo, String valueText, List<AssetRule> assetRules,
                                  List<Supplement> supplements, String note, boolean illustrative) {

    public static NewParameterVersion scalar(RegionCode region, ParameterDefinition parameter, LocalDate from, String value, String note) {
        return new NewParameterVersion(region, parameter, from, null, value, null, null, note, false);
    }

    public static NewParameterVersion assetRules(RegionCode region, LocalDate from, List<AssetRule> rules, String note) {
        return new NewParameterVersion(region, PolicyParameterDeclarations.ASSET_RULES, from, null, null, rules, null, note, false);
    }

    public static NewParameterVersion supplements(RegionCode region, LocalDate from, List<Supplement> supplements, String note) {
        return new NewParameterVersion(region, PolicyParameterDeclarations.SUPPLEMENTS, from, null, null, null, supplements, note, false);
    }

    public NewParameterVersion illustrative(boolean flag) {
        return new NewParameterVersion(regionCode, parameter, effectiveFrom, effectiveTo, valueText, assetRules, supplements, note, flag);
    }
}
