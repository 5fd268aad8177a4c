package org.safeguard.policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A threshold such as {@code 24 * dibaoStandardMonthly}: decimal numbers, named parameters, {@code + - * /},
 * unary minus and parentheses, evaluated in exact {@link BigDecimal} arithmetic (division to 34 significant
 * digits). Nothing else is accepted: no functions, no method calls, no scripting engine, no reflection.
 * Parsed once (when a rule is stored or loaded); evaluation only walks the small tree.
 */
public final class ThresholdExpression {

    /** The names a threshold may use; every other name is refused when the rule is stored. */
    public static final Set<String> KNOWN_NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(java.util.List.of(
            "dibaoStandardMonthly", "dibaoStandardYearly", "dibaoStandardUrbanMonthly", "dibaoStandardRuralMonthly",
            "countedMembers")));

    static final int MAX_LENGTH = 200;
    static final int MAX_DEPTH = 20;

    private final String source;
    private final Node root;
    private final Set<String> names;

    private ThresholdExpression(String source, Node root, Set<String> names) {
        this.source = source;
        this.root = root;
        this.names = names;
    }

    /** Parses and checks the names against {@link #KNOWN_NAMES}. */
    public static ThresholdExpression parse(String source) {
        return parse(source, KNOWN_NAMES);
    }

    public static ThresholdExpression parse(String source, Set<String> allowedNames) {
        if (source == null || source.isBlank()) {
            throw new InvalidExpression("EMPTY", 0, "the expression is empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new InvalidExpression("TOO_LONG", MAX_LENGTH, "the expression is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(source, allowedNames);
        Node root = parser.expression(0);
        parser.skipSpaces();
        if (parser.pos < source.length()) {
            throw parser.error("UNEXPECTED", "unexpected '" + source.charAt(parser.pos) + "'");
        }
        return new ThresholdExpression(source.strip(), root, Collections.unmodifiableSet(parser.names));
    }

    public BigDecimal evaluate(Function<String, BigDecimal> variables) {
        return root.eval(variables);
    }

    public String source() {
        return source;
    }

    /** The parameter names this expression reads. */
    public Set<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThresholdExpression other && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }

    /** Why an expression was refused: a stable code, the character position, and an English explanation. */
    public static final class InvalidExpression extends IllegalArgumentException {
        private final String code;
        private final int position;

        InvalidExpression(String code, int position, String message) {
            super(message + " (at position " + position + ")");
            this.code = code;
            this.position = position;
        }

        public String code() {
            return code;
        }

        public int position() {
            return position;
        }
    }

    /** Evaluation failed although the expression is well formed (an unknown value at run time, division by zero). */
    public static final class EvaluationFailed extends ArithmeticException {
        EvaluationFailed(String message) {
            super(message);
        }
    }

    private interface Node {
        BigDecimal eval(Function<String, BigDecimal> variables);
    }

    private record Number(BigDecimal value) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> variables) {
            return value;
        }
    }

    private record Name(String name) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> variables) {
            BigDecimal value = variables.apply(name);
            if (value == null) {
                throw new EvaluationFailed("no value for parameter " + name);
            }
            return value;
        }
    }

    private record Negate(Node operand) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> variables) {
            return operand.eval(variables).negate();
        }
    }

    private record Binary(char op, Node left, Node right) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> variables) {
            BigDecimal a = left.eval(variables);
            BigDecimal b = right.eval(variables);
            switch (op) {
                case '+': return a.add(b);
                case '-': return a.subtract(b);
                case '*': return a.multiply(b);
                default:
                    if (b.signum() == 0) {
                        throw new EvaluationFailed("division by zero");
                    }
                    return a.divide(b, MathContext.DECIMAL128);
            }
        }
    }

    private static final class Parser {
        private final String s;
        private final Set<String> allowed;
        private final Set<String> names = new LinkedHashSet<>();
        private int pos;

        Parser(String s, Set<String> allowed) {
            this.s = s;
            this.allowed = Objects.requireNonNull(allowed);
        }

        Node expression(int depth) {
            Node left = term(depth);
            while (true) {
                skipSpaces();
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    char op = s.charAt(pos++);
                    left = new Binary(op, left, term(depth));
                } else {
                    return left;
                }
            }
        }

        Node term(int depth) {
            Node left = factor(depth);
            while (true) {
                skipSpaces();
                if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
                    char op = s.charAt(pos++);
                    left = new Binary(op, left, factor(depth));
                } else {
                    return left;
                }
            }
        }

        Node factor(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("TOO_DEEP", "more than " + MAX_DEPTH + " nested levels");
            }
            skipSpaces();
            if (pos >= s.length()) {
                throw error("UNEXPECTED_END", "the expression ends where a number, a name or '(' is expected");
            }
            char c = s.charAt(pos);
            if (c == '-') {
                pos++;
                return new Negate(factor(depth + 1));
            }
            if (c == '(') {
                pos++;
                Node inner = expression(depth + 1);
                skipSpaces();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw error("UNBALANCED", "')' expected");
                }
                pos++;
                return inner;
            }
            if (c >= '0' && c <= '9') {
                return number();
            }
            if (isNameStart(c)) {
                int start = pos;
                while (pos < s.length() && isNamePart(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                skipSpaces();
                if (pos < s.length() && (s.charAt(pos) == '(' || s.charAt(pos) == '.')) {
                    throw error("NOT_ALLOWED", "calls and member access are not allowed");
                }
                if (!allowed.contains(name)) {
                    pos = start;
                    throw error("UNKNOWN_NAME", "unknown parameter '" + name + "'; known: " + String.join(", ", allowed));
                }
                names.add(name);
                return new Name(name);
            }
            throw error("UNEXPECTED", "unexpected '" + c + "'");
        }

        private Node number() {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                int fractionStart = pos;
                while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
                if (pos == fractionStart) {
                    throw error("BAD_NUMBER", "digits expected after '.'");
                }
            }
            if (pos < s.length() && (isNameStart(s.charAt(pos)) || s.charAt(pos) == '.')) {
                throw error("BAD_NUMBER", "malformed number");
            }
            if (pos - start > 30) {
                throw error("BAD_NUMBER", "number too long");
            }
            return new Number(new BigDecimal(s.substring(start, pos)));
        }

        void skipSpaces() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private static boolean isNameStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean isNamePart(char c) {
            return isNameStart(c) || (c >= '0' && c <= '9');
        }

        InvalidExpression error(String code, String message) {
            return new InvalidExpression(code, pos, message);
        }
    }
}
