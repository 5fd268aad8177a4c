package org.safeguard.temporaryassistance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One step of a temporary-assistance calculation: a key ({@code temporaryassistance.trace.<key>}) and its arguments. */
public record TaTraceStep(String key, List<Object> args) {

    public TaTraceStep {
        args = Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    static TaTraceStep of(String key, Object... args) {
        return new TaTraceStep(key, Arrays.asList(args));
    }
}
