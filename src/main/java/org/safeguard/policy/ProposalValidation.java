package org.safeguard.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;

/**
 * Turns a {@link ProposalRequest} into parameter versions, collecting every problem with its field path: unknown
 * parameter, a parameter twice, unparsable or negative values, list lines that do not parse, threshold expressions
 * that do not parse ({@link ThresholdExpression}).
 */
final class ProposalValidation {

    static final int MAX_CHANGES = 30;

    record Valid(RegionCode region, LocalDate effectiveFrom, String reason, List<NewParameterVersion> versions) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();

    static Valid validate(ProposalRequest request) {
        ProposalValidation v = new ProposalValidation();
        Valid valid = v.check(request);
        if (!v.problems.isEmpty()) {
            throw SafeguardException.invalid(v.problems);
        }
        return valid;
    }

    private Valid check(ProposalRequest r) {
        RegionCode region = null;
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!RegionCode.isWellFormed(r.regionCode().strip())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        } else {
            region = RegionCode.of(r.regionCode().strip());
        }
        LocalDate from = null;
        if (r.effectiveFrom() == null || r.effectiveFrom().isBlank()) {
            problems.add(FieldProblem.of("effectiveFrom", "REQUIRED"));
        } else {
            try {
                from = LocalDate.parse(r.effectiveFrom().strip());
                if (from.getYear() < 2000 || from.getYear() > 2100) {
                    problems.add(FieldProblem.of("effectiveFrom", "INVALID"));
                }
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("effectiveFrom", "INVALID_FORMAT"));
            }
        }
        String reason = r.reason() == null ? "" : r.reason().strip();
        if (reason.isEmpty()) {
            problems.add(FieldProblem.of("reason", "REQUIRED"));
        } else if (reason.length() > 500) {
            problems.add(FieldProblem.of("reason", "LENGTH", 1, 500));
        }
        List<NewParameterVersion> versions = changes(r.changes(), region, from, reason);
        return problems.isEmpty() ? new Valid(region, from, reason, versions) : null;
    }

    private List<NewParameterVersion> changes(List<ProposalRequest.Change> changes, RegionCode region, LocalDate from,
                                              String reason) {
        List<NewParameterVersion> versions = new ArrayList<>();
        List<ProposalRequest.Change> given = changes == null ? List.of()
                : changes.stream().filter(c -> c != null && !(blank(c.parameter()) && blank(c.value()))).toList();
        if (given.isEmpty()) {
            problems.add(new FieldProblem("changes", "CHANGES_REQUIRED", "policy.validation.CHANGES_REQUIRED", List.of()));
            return versions;
        }
        if (given.size() > MAX_CHANGES) {
            problems.add(FieldProblem.of("changes", "TOO_LARGE"));
            return versions;
        }
        Set<PolicyParameter> seen = EnumSet.noneOf(PolicyParameter.class);
        String note = reason.length() > 300 ? reason.substring(0, 300) : reason;
        for (int i = 0; i < given.size(); i++) {
            String path = "changes[" + i + "]";
            ProposalRequest.Change c = given.get(i);
            PolicyParameter parameter = parameter(c.parameter(), path + ".parameter");
            if (parameter == null) {
                continue;
            }
            if (!seen.add(parameter)) {
                problems.add(new FieldProblem(path + ".parameter", "DUPLICATE_PARAMETER", "policy.validation.DUPLICATE_PARAMETER", List.of()));
                continue;
            }
            String valuePath = path + ".value";
            if (parameter == PolicyParameter.SUPPLEMENTS) {
                versions.add(NewParameterVersion.supplements(region, from, ProposedValues.supplements(c.value(), valuePath, problems), note));
            } else if (parameter == PolicyParameter.ASSET_RULES) {
                versions.add(NewParameterVersion.assetRules(region, from, ProposedValues.assetRules(c.value(), valuePath, problems), note));
            } else if (blank(c.value())) {
                problems.add(FieldProblem.of(valuePath, "REQUIRED"));
            } else if (parameter.kind() == PolicyParameter.Kind.MONEY && c.value().strip().startsWith("-")) {
                problems.add(new FieldProblem(valuePath, "NEGATIVE", "policy.validation.NEGATIVE", List.of()));
            } else {
                try {
                    parameter.parse(c.value());
                    versions.add(NewParameterVersion.scalar(region, parameter, from, c.value().strip(), note));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(valuePath, "INVALID", "policy.validation.parameterValue", List.of(parameter.name())));
                }
            }
        }
        return versions;
    }

    private PolicyParameter parameter(String text, String path) {
        if (blank(text)) {
            problems.add(FieldProblem.of(path, "REQUIRED"));
            return null;
        }
        try {
            return PolicyParameter.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path, "UNKNOWN_PARAMETER", "policy.validation.UNKNOWN_PARAMETER", List.of()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
