package org.safeguard.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.shared.FieldProblem;

/**
 * The text form of a proposed value, as typed in the form, sent in the API and stored with the proposal.
 * Scalars are their usual text ({@code 800}, {@code 1.5}, {@code true}, {@code 2021-07-01}). Lists have one item a line:
 * <ul>
 * <li>SUPPLEMENTS: {@code CATEGORY AMOUNT_TYPE VALUE}, e.g. {@code AGE_70_PLUS PERCENT_OF_STANDARD 10};</li>
 * <li>ASSET_RULES: {@code CODE | TYPES | MEASURE | COMPARISON | THRESHOLD | EXEMPT}, e.g.
 * {@code VEHICLES | VEHICLE | COUNT | LE | 0 | DISABILITY_VEHICLE} (types comma-separated; EXEMPT optional).</li>
 * </ul>
 * An empty list ("none from this date") is written as an empty text.
 */
public final class ProposedValues {

    private ProposedValues() {
    }

    public static String format(List<AssetRule> rules, List<Supplement> supplements, ParameterDefinition parameter) {
        if (parameter.equals(PolicyParameterDeclarations.ASSET_RULES)) {
            return rules.stream().map(r -> String.join(" | ", r.code(), names(r.assetTypes()), r.measure().name(),
                    r.comparison().name(), r.threshold().source(), names(r.exempt())).strip().replaceAll("\\s*\\|\\s*$", ""))
                    .collect(Collectors.joining("\n"));
        }
        return supplements.stream().map(s -> s.category() + " " + s.amountType() + " " + s.value().toPlainString())
                .collect(Collectors.joining("\n"));
    }

    /** Parses a list value; problems go to {@code field} with the line number. */
    static List<Supplement> supplements(String text, String field, List<FieldProblem> problems) {
        List<Supplement> list = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(text)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            try {
                if (f.length != 3) {
                    throw new IllegalArgumentException("three values: category, amount type, value");
                }
                list.add(new Supplement(SupplementCategory.valueOf(f[0].toUpperCase(Locale.ROOT)),
                        Supplement.AmountType.valueOf(f[1].toUpperCase(Locale.ROOT)), new BigDecimal(f[2])));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "INVALID_LINE", "policy.validation.INVALID_LINE", List.of(lineNo, detail(e))));
            }
        }
        return list;
    }

    static List<AssetRule> assetRules(String text, String field, List<FieldProblem> problems) {
        List<AssetRule> list = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(text)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length < 5 || f.length > 6) {
                problems.add(new FieldProblem(field, "INVALID_LINE", "policy.validation.INVALID_LINE",
                        List.of(lineNo, "CODE | TYPES | MEASURE | COMPARISON | THRESHOLD | EXEMPT")));
                continue;
            }
            ThresholdExpression threshold;
            try {
                threshold = ThresholdExpression.parse(f[4].strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "INVALID_EXPRESSION", "policy.validation.INVALID_EXPRESSION",
                        List.of(lineNo, detail(e))));
                continue;
            }
            try {
                list.add(new AssetRule(f[0].strip(), types(f[1]), AssetRule.Measure.valueOf(f[2].strip().toUpperCase(Locale.ROOT)),
                        AssetRule.Comparison.valueOf(f[3].strip().toUpperCase(Locale.ROOT)), threshold,
                        f.length > 5 ? types(f[5]) : Set.of()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "INVALID_LINE", "policy.validation.INVALID_LINE", List.of(lineNo, detail(e))));
            }
        }
        return list;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\\R"));
    }

    private static Set<AssetType> types(String text) {
        Set<AssetType> set = EnumSet.noneOf(AssetType.class);
        for (String t : text.split(",")) {
            if (!t.isBlank()) {
                set.add(AssetType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return set;
    }

    private static String names(Set<AssetType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String detail(IllegalArgumentException e) {
        return e.getMessage() == null ? "" : e.getMessage().replaceAll("^No enum constant [\\w.$]+\\.", "unknown name ");
    }
}
