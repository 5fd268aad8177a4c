package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.shared.RegionCode;

/**
 * Every parameter in force for one region on one date, each with its source. Built by
 * {@link ParameterResolver}; a parameter that no region sets and that has no default is absent.
 */
public final class ResolvedPolicy {

    /** One resolved value and where it came from. */
    public record Resolved(Object value, List<AssetRule> assetRules, List<Supplement> supplements, ParameterSource source) {
    }

    private final RegionCode regionCode;
    private final LocalDate date;
    private final Map<PolicyParameter, Resolved> values;

    public ResolvedPolicy(RegionCode regionCode, LocalDate date, Map<PolicyParameter, Resolved> values) {
        this.regionCode = regionCode;
        this.date = date;
        this.values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(PolicyParameter.class) : values));
    }

    public RegionCode regionCode() {
        return regionCode;
    }

    public LocalDate date() {
        return date;
    }

    public Map<PolicyParameter, Resolved> all() {
        return values;
    }

    public Optional<Resolved> find(PolicyParameter parameter) {
        return Optional.ofNullable(values.get(parameter));
    }

    public ParameterSource source(PolicyParameter parameter) {
        return find(parameter).map(Resolved::source).orElse(null);
    }

    public Optional<BigDecimal> money(PolicyParameter parameter) {
        return find(parameter).map(r -> (BigDecimal) r.value());
    }

    public BigDecimal decimal(PolicyParameter parameter) {
        return (BigDecimal) required(parameter).value();
    }

    public int integer(PolicyParameter parameter) {
        return (Integer) required(parameter).value();
    }

    public boolean bool(PolicyParameter parameter) {
        return (Boolean) required(parameter).value();
    }

    public LocalDate date(PolicyParameter parameter) {
        return (LocalDate) required(parameter).value();
    }

    public List<AssetRule> assetRules() {
        return find(PolicyParameter.ASSET_RULES).map(Resolved::assetRules).orElse(List.of());
    }

    public List<Supplement> supplements() {
        return find(PolicyParameter.SUPPLEMENTS).map(Resolved::supplements).orElse(List.of());
    }

    private Resolved required(PolicyParameter parameter) {
        Resolved r = values.get(parameter);
        if (r == null) {
            throw new IllegalStateException(parameter + " is not set for " + regionCode + " on " + date);
        }
        return r;
    }
}
