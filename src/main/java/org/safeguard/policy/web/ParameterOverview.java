package org.safeguard.policy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguard.policy.ParameterCatalog;
import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.ParameterVersion;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ProposedValues;
import org.safeguard.policy.ResolvedPolicy;

/**
 * Every parameter in force for a region on a date, where each comes from (region and effective date, or Safeguard's
 * default), and the history of versions along the region's ancestry. List values use the text form of
 * {@link ProposedValues}.
 */
record ParameterOverview(String regionCode, LocalDate date, List<InForce> parameters, List<HistoryEntry> history) {

    record Source(String kind, String regionCode, LocalDate effectiveFrom, Long versionId, boolean illustrative) {
        static Source of(ParameterSource s) {
            return new Source(s.kind().name(), s.regionCode() == null ? null : s.regionCode().value(), s.effectiveFrom(),
                    s.versionId(), s.illustrative());
        }
    }

    /**
     * One parameter of the catalog: its declaring module, label, unit, the region levels that may set it, its default on
     * the date, the rule it comes from, its plausible range, and the value in force with its source.
     */
    record InForce(String parameter, String kind, String value, Source source, String module, String label, String unit,
                   List<String> levels, String defaultValue, String rule, String min, String max) {
    }

    record HistoryEntry(long versionId, String regionCode, String parameter, LocalDate effectiveFrom, LocalDate effectiveTo,
                        String value, String note, boolean illustrative, boolean inForce) {
    }

    static ParameterOverview of(ParameterCatalog catalog, ResolvedPolicy policy, List<ParameterVersion> history,
                                Locale locale) {
        List<InForce> inForce = new ArrayList<>();
        for (ParameterDefinition p : catalog.all()) {
            ResolvedPolicy.Resolved r = policy.find(p).orElse(null);
            String value = r == null ? null
                    : p.isList() ? ProposedValues.format(r.assetRules(), r.supplements(), p) : text(r.value());
            inForce.add(new InForce(p.name(), p.kind().name(), value, r == null ? null : Source.of(r.source()), p.module(),
                    p.label(locale), p.unit(), p.levels().stream().map(Enum::name).toList(), p.defaultText(policy.date()),
                    p.source(), p.min() == null ? null : p.min().toPlainString(), p.max() == null ? null : p.max().toPlainString()));
        }
        Map<ParameterDefinition, ResolvedPolicy.Resolved> all = policy.all();
        List<HistoryEntry> entries = history.stream().map(v -> new HistoryEntry(v.id(), v.regionCode().value(),
                v.parameter().name(), v.effectiveFrom(), v.effectiveTo(),
                v.parameter().isList() ? ProposedValues.format(v.assetRules(), v.supplements(), v.parameter()) : text(v.value()),
                v.note(), v.illustrative(),
                all.get(v.parameter()) != null && Long.valueOf(v.id()).equals(all.get(v.parameter()).source().versionId())))
                .toList();
        return new ParameterOverview(policy.regionCode().value(), policy.date(), inForce, entries);
    }

    /** The catalog grouped by declaring module, in declaration order (the /policy page's catalog section). */
    Map<String, List<InForce>> byModule() {
        Map<String, List<InForce>> groups = new java.util.LinkedHashMap<>();
        for (InForce p : parameters) {
            groups.computeIfAbsent(p.module(), k -> new ArrayList<>()).add(p);
        }
        return groups;
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof org.safeguard.policy.TierTable t) {
            return t.rows().isEmpty() ? "—" : t.text();
        }
        return value == null ? null : value.toString();
    }
}
