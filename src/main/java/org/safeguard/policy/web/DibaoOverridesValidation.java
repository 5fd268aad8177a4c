package org.safeguard.policy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.shared.FieldProblem;

/** The "what if" of a calculation request: parameter values that replace the resolved ones, each checked by key. */
final class DibaoOverridesValidation {

    static final Set<String> OVERRIDE_KEYS = Set.of("standardUrban", "standardRural", "incomeReferenceMonths",
            "edgeMultiple", "supplementLargerOnly", "tieredPayment", "minimumBenefitPerPerson");

    private final List<FieldProblem> problems;

    DibaoOverridesValidation(List<FieldProblem> problems) {
        this.problems = problems;
    }

    DibaoParameters.Overrides overrides(Map<String, Object> map) {
        if (map == null || map.isEmpty()) {
            return DibaoParameters.Overrides.NONE;
        }
        BigDecimal urban = null, rural = null, edge = null;
        Integer months = null;
        Boolean largerOnly = null;
        Boolean tiered = null;
        BigDecimal minimum = null;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String path = "parameterOverrides." + e.getKey();
            Object value = e.getValue();
            if (!OVERRIDE_KEYS.contains(e.getKey())) {
                problems.add(new FieldProblem(path, "UNKNOWN_OVERRIDE", "policy.validation.UNKNOWN_OVERRIDE",
                        List.of(String.join(", ", OVERRIDE_KEYS.stream().sorted().toList()))));
                continue;
            }
            if (value == null) {
                continue;
            }
            try {
                switch (e.getKey()) {
                    case "standardUrban" -> urban = DibaoRequestValidation.money(problems, new BigDecimal(value.toString()), path, true);
                    case "standardRural" -> rural = DibaoRequestValidation.money(problems, new BigDecimal(value.toString()), path, true);
                    case "edgeMultiple" -> {
                        edge = new BigDecimal(value.toString());
                        if (edge.signum() <= 0 || edge.compareTo(BigDecimal.TEN) > 0) {
                            problems.add(FieldProblem.of(path, "INVALID"));
                        }
                    }
                    case "minimumBenefitPerPerson" -> minimum = DibaoRequestValidation.money(problems, new BigDecimal(value.toString()), path, false);
                    case "tieredPayment" -> {
                        if (!(value instanceof Boolean b)) {
                            throw new NumberFormatException();
                        }
                        tiered = b;
                    }
                    case "incomeReferenceMonths" -> {
                        if (!(value instanceof Number) && !(value instanceof String)) {
                            throw new NumberFormatException();
                        }
                        months = Integer.parseInt(value.toString());
                        if (months < 1 || months > 36) {
                            problems.add(FieldProblem.of(path, months < 1 ? "TOO_SMALL" : "TOO_LARGE"));
                        }
                    }
                    default -> {
                        if (!(value instanceof Boolean b)) {
                            throw new NumberFormatException();
                        }
                        largerOnly = b;
                    }
                }
            } catch (NumberFormatException ex) {
                problems.add(FieldProblem.of(path, "INVALID_FORMAT"));
            }
        }
        return new DibaoParameters.Overrides(urban, rural, months, edge, largerOnly, null, null, tiered, minimum);
    }
}
