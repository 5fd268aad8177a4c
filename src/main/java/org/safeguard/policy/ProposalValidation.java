package org.safeguard.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;

/**
 * Turns a {@link ProposalRequest} into parameter versions, collecting every problem with its field path: unknown
 * parameter, a parameter twice, unparsable or negative values, list lines that do not parse, threshold expressions
 * that do not parse ({@link ThresholdExpression}), values outside the definition's plausible range (400); then a
 * parameter proposed at a region level its definition does not allow (422 PARAMETER_LEVEL_NOT_ALLOWED).
 */
final class ProposalValidation {

    static final int MAX_CHANGES = 30;

    record Valid(RegionCode region, LocalDate effectiveFrom, String reason, List<NewParameterVersion> versions) {
    }

    private final List<FieldProblem> problems = new ArrayList<>();
    private final ParameterCatalog catalog;

    private ProposalValidation(ParameterCatalog catalog) {
        this.catalog = catalog;
    }

    static Valid validate(ProposalRequest request, ParameterCatalog catalog, RegionCatalog regions) {
        ProposalValidation v = new ProposalValidation(catalog);
        Valid valid = v.check(request);
        if (!v.problems.isEmpty()) {
            throw SafeguardException.invalid(v.problems);
        }
        regions.find(valid.region()).map(Region::level).ifPresent(level -> {
            for (int i = 0; i < valid.versions().size(); i++) {
                ParameterDefinition p = valid.versions().get(i).parameter();
                if (!p.settableAt(level)) {
                    throw levelNotAllowed(p, level, "changes[" + i + "].parameter");
                }
            }
        });
        return valid;
    }

    /** 422 naming the parameter, the level refused and the levels its definition allows. */
    static SafeguardException levelNotAllowed(ParameterDefinition p, org.safeguard.shared.RegionLevel level, String field) {
        String allowed = p.levels().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
        return new SafeguardException(ProblemCode.PARAMETER_LEVEL_NOT_ALLOWED, "policy.problem.levelNotAllowed",
                List.of(p.name(), level.name(), allowed), List.of(new FieldProblem(field, "PARAMETER_LEVEL_NOT_ALLOWED",
                "policy.validation.PARAMETER_LEVEL_NOT_ALLOWED", List.of(p.name(), allowed))));
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
        Set<ParameterDefinition> seen = new HashSet<>();
        String note = reason.length() > 300 ? reason.substring(0, 300) : reason;
        for (int i = 0; i < given.size(); i++) {
            String path = "changes[" + i + "]";
            ProposalRequest.Change c = given.get(i);
            ParameterDefinition parameter = parameter(c.parameter(), path + ".parameter");
            if (parameter == null) {
                continue;
            }
            if (!seen.add(parameter)) {
                problems.add(new FieldProblem(path + ".parameter", "DUPLICATE_PARAMETER", "policy.validation.DUPLICATE_PARAMETER", List.of()));
                continue;
            }
            String valuePath = path + ".value";
            if (parameter.equals(PolicyParameterDeclarations.SUPPLEMENTS)) {
                versions.add(NewParameterVersion.supplements(region, from, ProposedValues.supplements(c.value(), valuePath, problems), note));
            } else if (parameter.equals(PolicyParameterDeclarations.ASSET_RULES)) {
                versions.add(NewParameterVersion.assetRules(region, from, ProposedValues.assetRules(c.value(), valuePath, problems), note));
            } else if (blank(c.value())) {
                problems.add(FieldProblem.of(valuePath, "REQUIRED"));
            } else if (parameter.kind() == ParameterDefinition.Kind.MONEY && c.value().strip().startsWith("-")) {
                problems.add(new FieldProblem(valuePath, "NEGATIVE", "policy.validation.NEGATIVE", List.of()));
            } else {
                ParameterDefinition.Refusal refusal = parameter.refusal(c.value());
                if (refusal == null) {
                    versions.add(NewParameterVersion.scalar(region, parameter, from, c.value().strip(), note));
                } else {
                    problems.add(problem(valuePath, parameter, refusal));
                }
            }
        }
        return versions;
    }

    private ParameterDefinition parameter(String text, String path) {
        if (blank(text)) {
            problems.add(FieldProblem.of(path, "REQUIRED"));
            return null;
        }
        ParameterDefinition found = catalog.find(text).orElse(null);
        if (found == null) {
            problems.add(new FieldProblem(path, "PARAMETER_UNKNOWN", "policy.validation.PARAMETER_UNKNOWN", List.of()));
        }
        return found;
    }

    /** The field problem for a refused value: INVALID, or PARAMETER_OUT_OF_RANGE naming min, max, scale and unit. */
    static FieldProblem problem(String field, ParameterDefinition parameter, ParameterDefinition.Refusal refusal) {
        return switch (refusal.code()) {
            case "PARAMETER_OUT_OF_RANGE" -> new FieldProblem(field, refusal.code(), "policy.validation.PARAMETER_OUT_OF_RANGE",
                    refusal.arguments());
            case "REQUIRED" -> FieldProblem.of(field, "REQUIRED");
            default -> new FieldProblem(field, "INVALID", "policy.validation.parameterValue", List.of(parameter.name()));
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
