package org.safeguard.pricesubsidy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;

/**
 * Resolves the mechanism for a region path (nearest region first, national last) and index month. Every field is
 * taken from the nearest region whose version in force sets it; the two thresholds are the lowest value set along
 * the path, so a region can lower a threshold and a later national lowering (the 2022 phase) still reaches it.
 * Pure: no Spring, no database.
 */
public final class MechanismResolver {

    public static final String NATIONAL = "000000000000";

    private final Map<String, List<MechanismRow>> byRegion;

    public MechanismResolver(List<MechanismRow> rows) {
        this.byRegion = rows.stream().collect(Collectors.groupingBy(MechanismRow::regionCode));
    }

    public Mechanism resolve(List<String> nearestFirst, YearMonth month) {
        List<MechanismRow> inForce = new ArrayList<>();
        for (String region : nearestFirst) {
            byRegion.getOrDefault(region, List.of()).stream().filter(r -> r.covers(month))
                    .max(Comparator.comparing(MechanismRow::from).thenComparing(MechanismRow::id))
                    .ifPresent(inForce::add);
        }
        BigDecimal cpi = null;
        String cpiSource = null;
        BigDecimal food = null;
        for (MechanismRow r : inForce) {
            if (r.cpiTrigger() != null && (cpi == null || r.cpiTrigger().compareTo(cpi) < 0)) {
                cpi = r.cpiTrigger();
                cpiSource = r.regionCode();
            }
            if (r.foodTrigger() != null && (food == null || r.foodTrigger().compareTo(food) < 0)) {
                food = r.foodTrigger();
            }
        }
        if (cpi == null || food == null) {
            // the national mechanism starts in 2016 (domain.md §6): an earlier month is the caller's mistake, not ours
            throw SafeguardException.invalid(FieldProblem.of("month", "PRICE_MECHANISM_NOT_IN_FORCE", month.toString()));
        }
        return new Mechanism(cpi, food,
                first(inForce, MechanismRow::indexBasis, IndexBasis.CPI),
                first(inForce, MechanismRow::multiplier, BigDecimal.ONE),
                first(inForce, MechanismRow::groups, Set.of()),
                first(inForce, MechanismRow::minAmount, null),
                first(inForce, MechanismRow::deadlineRule, DeadlineRule.SAME_MONTH),
                first(inForce, MechanismRow::deadlineDays, null),
                cpiSource);
    }

    /** The thresholds the ancestors of a region impose for a month (the region itself left out); null when none. */
    public Mechanism resolveAbove(List<String> nearestFirst, YearMonth month) {
        if (nearestFirst.size() < 2) {
            return null;
        }
        return resolve(nearestFirst.subList(1, nearestFirst.size()), month);
    }

    private static <T> T first(List<MechanismRow> rows, Function<MechanismRow, T> field, T fallback) {
        for (MechanismRow r : rows) {
            T value = field.apply(r);
            if (value != null) {
                return value;
            }
        }
        return fallback;
    }
}
