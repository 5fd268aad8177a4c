package org.safeguard.policy;

import java.time.LocalDate;

import org.safeguard.shared.RegionCode;

/**
 * Where a resolved value came from: a region's stored version (region, effective date, version id, and
 * whether it is an illustrative demo value), Safeguard's built-in default, or a "what if" override.
 */
public record ParameterSource(Kind kind, RegionCode regionCode, LocalDate effectiveFrom, Long versionId, boolean illustrative) {

    public static final ParameterSource DEFAULT = new ParameterSource(Kind.DEFAULT, null, null, null, false);
    public static final ParameterSource OVERRIDE = new ParameterSource(Kind.OVERRIDE, null, null, null, false);

    public static ParameterSource region(RegionCode region, LocalDate effectiveFrom, Long versionId, boolean illustrative) {
        return new ParameterSource(Kind.REGION, region, effectiveFrom, versionId, illustrative);
    }

    public enum Kind { REGION, DEFAULT, OVERRIDE }
}
