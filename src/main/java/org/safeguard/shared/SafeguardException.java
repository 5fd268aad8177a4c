package org.safeguard.shared;

import java.util.List;

/**
 * A business failure with a stable code. The message key and arguments are rendered in the
 * caller's language; never put a personal value (ID number, phone, account) in the arguments.
 */
public class SafeguardException extends RuntimeException {

    private final ProblemCode code;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient List<FieldProblem> fieldProblems;

    public SafeguardException(ProblemCode code, String messageKey, List<Object> arguments, List<FieldProblem> fieldProblems) {
        super(code.name() + ": " + messageKey);
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? List.of() : List.copyOf(arguments);
        this.fieldProblems = fieldProblems == null ? List.of() : List.copyOf(fieldProblems);
    }

    public static SafeguardException notFound(String what) {
        return new SafeguardException(ProblemCode.NOT_FOUND, "problem.notFound", List.of(what), List.of());
    }

    public static SafeguardException forbidden() {
        return new SafeguardException(ProblemCode.FORBIDDEN, "problem.forbidden", List.of(), List.of());
    }

    public static SafeguardException conflict(ProblemCode code, String messageKey, Object... arguments) {
        return new SafeguardException(code, messageKey, List.of(arguments), List.of());
    }

    public static SafeguardException invalid(List<FieldProblem> problems) {
        return new SafeguardException(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(), problems);
    }

    public static SafeguardException invalid(FieldProblem problem) {
        return invalid(List.of(problem));
    }

    public ProblemCode code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
