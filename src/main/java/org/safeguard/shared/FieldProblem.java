package org.safeguard.shared;

import java.util.List;

/**
 * One thing wrong with one field of a request, e.g. {@code members[1].idNumber / ID_CHECK_DIGIT}.
 * {@code code} is stable; the message is looked up from {@code messageKey} in the caller's language.
 */
public record FieldProblem(String field, String code, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, "validation." + code, List.of(arguments));
    }

    public FieldProblem under(String parentField) {
        String joined = field == null || field.isEmpty() ? parentField : parentField + "." + field;
        return new FieldProblem(joined, code, messageKey, arguments);
    }
}
