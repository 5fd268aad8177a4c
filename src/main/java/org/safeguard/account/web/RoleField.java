package org.safeguard.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.Role;

/** Roles arrive as text from JSON and forms; an unknown name is a field problem, not an unreadable request. */
final class RoleField {

    private RoleField() {
    }

    static Role parse(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("role", "UNKNOWN_VALUE"));
            return null;
        }
    }

    /**
     * Runs the use case and reports the web layer's own problems together with the use case's, so one
     * answer names every bad field. The use cases refuse a missing role before writing anything.
     */
    static <T> T withProblems(List<FieldProblem> early, Supplier<T> action) {
        if (early.isEmpty()) {
            return action.get();
        }
        List<FieldProblem> all = new ArrayList<>(early);
        Set<String> fields = early.stream().map(FieldProblem::field).collect(Collectors.toSet());
        try {
            action.get();
        } catch (SafeguardException e) {
            if (e.code() != ProblemCode.VALIDATION_FAILED) {
                throw e;
            }
            e.fieldProblems().stream().filter(p -> !fields.contains(p.field())).forEach(all::add);
        }
        throw SafeguardException.invalid(all);
    }
}
