package org.safeguard.policy.dibao;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One step of a calculation, in order: a stable key ({@code policy.trace.<key>} in the message bundles) and
 * its arguments (BigDecimal amounts, dates, enums, member references), rendered in the reader's language
 * by {@link TraceRenderer}. The arguments are kept as given (no copy): the calculator builds many of these.
 */
public final class TraceStep {

    private final String key;
    private final Object[] args;

    private TraceStep(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    static TraceStep of(String key, Object... args) {
        return new TraceStep(key, args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(args));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceStep other && other.key.equals(key) && Arrays.equals(other.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
