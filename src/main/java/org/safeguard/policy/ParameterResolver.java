package org.safeguard.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.shared.RegionCode;

/**
 * Resolution without Spring or a database: for each parameter, walk from the region up its ancestry and
 * take the nearest region with a version in force on the date; within one region the version with the
 * latest start wins (ties: the later recorded). A parameter nobody sets falls back to its definition's default in
 * force on the date ({@link ResolvedPolicy#find}).
 */
public final class ParameterResolver {

    private final Map<String, Map<ParameterDefinition, List<ParameterVersion>>> byRegion = new HashMap<>();

    public ParameterResolver(Collection<ParameterVersion> versions) {
        for (ParameterVersion v : versions) {
            byRegion.computeIfAbsent(v.regionCode().value(), k -> new HashMap<>())
                    .computeIfAbsent(v.parameter(), k -> new ArrayList<>()).add(v);
        }
    }

    /**
     * @param nearestFirst the region itself, then its parent, up to the province
     */
    public ResolvedPolicy resolve(List<RegionCode> nearestFirst, LocalDate date) {
        Map<ParameterDefinition, ResolvedPolicy.Resolved> values = new HashMap<>();
        for (Map<ParameterDefinition, List<ParameterVersion>> own : byRegion.values()) {
            for (ParameterDefinition parameter : own.keySet()) {
                if (values.containsKey(parameter)) {
                    continue;
                }
                for (RegionCode region : nearestFirst) {
                    ParameterVersion found = inForce(region, parameter, date);
                    if (found != null) {
                        values.put(parameter, new ResolvedPolicy.Resolved(found.value(), found.assetRules(),
                                found.supplements(), found.source()));
                        break;
                    }
                }
            }
        }
        return new ResolvedPolicy(nearestFirst.isEmpty() ? null : nearestFirst.get(0), date, values);
    }

    /** The version of a parameter that one region itself has in force on a date, ignoring its ancestors. */
    public ParameterVersion inForce(RegionCode region, ParameterDefinition parameter, LocalDate date) {
        Map<ParameterDefinition, List<ParameterVersion>> own = byRegion.get(region.value());
        if (own == null) {
            return null;
        }
        ParameterVersion best = null;
        for (ParameterVersion v : own.getOrDefault(parameter, List.of())) {
            if (v.inForceOn(date) && (best == null || v.effectiveFrom().isAfter(best.effectiveFrom())
                    || (v.effectiveFrom().equals(best.effectiveFrom()) && v.id() > best.id()))) {
                best = v;
            }
        }
        return best;
    }

    /** The region codes from {@code code} up to its province, derived from the code's structure. */
    public static List<RegionCode> ancestryByCode(RegionCode code) {
        List<RegionCode> path = new ArrayList<>();
        String v = code.value();
        path.add(code);
        int[] prefixes = {9, 6, 4, 2};
        for (int p : prefixes) {
            String parent = v.substring(0, p) + "0".repeat(12 - p);
            if (!parent.equals(path.get(path.size() - 1).value()) && code.subtreePrefix().length() > p) {
                path.add(RegionCode.of(parent));
            }
        }
        return path;
    }
}
