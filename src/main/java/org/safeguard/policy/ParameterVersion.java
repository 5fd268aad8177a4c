package org.safeguard.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguard.shared.RegionCode;

/**
 * One stored version of one parameter for one region: in force from {@code effectiveFrom} to
 * {@code effectiveTo} (inclusive; null = open-ended). Versions are never changed: a later version with the
 * same or a later start supersedes an earlier one from its start (for the same start the higher id wins).
 * Exactly one of {@code value}, {@code assetRules}, {@code supplements} is meaningful, by the parameter's kind.
 */
public record ParameterVersion(long id, RegionCode regionCode, ParameterDefinition parameter, LocalDate effectiveFrom,
                               LocalDate effectiveTo, Object value, List<AssetRule> assetRules,
                               List<Supplement> supplements, String note, boolean illustrative) {

    public ParameterVersion {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo before effectiveFrom");
        }
        assetRules = assetRules == null ? List.of() : List.copyOf(assetRules);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public ParameterSource source() {
        return ParameterSource.region(regionCode, effectiveFrom, id, illustrative);
    }
}
