package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.shared.RegionCode;

/**
 * Every parameter in force for one region on one date, each with its source. Built by
 * {@link ParameterResolver}; a parameter that no region sets and that has no default on the date is absent.
 */
public final class ResolvedPolicy {

    /** One resolved value and where it came from. */
    public record Resolved(Object value, List<AssetRule> assetRules, List<Supplement> supplements, ParameterSource source) {
    }

    private final RegionCode regionCode;
    private final LocalDate date;
    private final Map<ParameterDefinition, Resolved> values;

    public ResolvedPolicy(RegionCode regionCode, LocalDate date, Map<ParameterDefinition, Resolved> values) {
        this.regionCode = regionCode;
        this.date = date;
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public RegionCode regionCode() {
        return regionCode;
    }

    public LocalDate date() {
        return date;
    }

    /** The values some region set (defaults are not listed: ask {@link #find} for each definition). */
    public Map<ParameterDefinition, Resolved> all() {
        return values;
    }

    /** The value a region set, else the definition's default in force on the date, else empty. */
    public Optional<Resolved> find(ParameterDefinition parameter) {
        Resolved set = values.get(parameter);
        if (set != null) {
            return Optional.of(set);
        }
        String text = parameter.defaultText(date);
        if (text == null) {
            return Optional.empty();
        }
        Object value = parameter.isList() ? null : parameter.parse(text);
        return Optional.of(new Resolved(value, List.of(), List.of(), ParameterSource.DEFAULT));
    }

    public ParameterSource source(ParameterDefinition parameter) {
        return find(parameter).map(Resolved::source).orElse(null);
    }

    public Optional<BigDecimal> money(ParameterDefinition parameter) {
        return find(parameter).map(r -> (BigDecimal) r.value());
    }

    public BigDecimal decimal(ParameterDefinition parameter) {
        return (BigDecimal) required(parameter).value();
    }

    public int integer(ParameterDefinition parameter) {
        return (Integer) required(parameter).value();
    }

    public boolean bool(ParameterDefinition parameter) {
        return (Boolean) required(parameter).value();
    }

    public LocalDate date(ParameterDefinition parameter) {
        return (LocalDate) required(parameter).value();
    }

    /** A TIERS parameter: the table in force, or the empty table. */
    public TierTable tiers(ParameterDefinition parameter) {
        return find(parameter).map(r -> (TierTable) r.value()).orElse(TierTable.NONE);
    }

    public List<AssetRule> assetRules() {
        return find(PolicyParameterDeclarations.ASSET_RULES).map(Resolved::assetRules).orElse(List.of());
    }

    public List<Supplement> supplements() {
        return find(PolicyParameterDeclarations.SUPPLEMENTS).map(Resolved::supplements).orElse(List.of());
    }

    private Resolved required(ParameterDefinition parameter) {
        Resolved r = find(parameter).orElse(null);
        if (r == null) {
            throw new IllegalStateException(parameter + " is not set for " + regionCode + " on " + date);
        }
        return r;
    }
}
