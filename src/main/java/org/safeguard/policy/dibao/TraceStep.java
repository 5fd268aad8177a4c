package org.safeguard.policy.dibao;

import java.util.List;

/**
 * One step of a calculation, in order: a stable key ({@code policy.trace.<key>} in the message bundles) and
 * its arguments (BigDecimal amounts, dates, enums, member references), rendered in the reader's language
 * by {@link TraceRenderer}.
 */
public record TraceStep(String key, List<Object> args) {

    static TraceStep of(String key, Object... args) {
        return new TraceStep(key, List.of(args));
    }
}
