package org.safeguard.pricesubsidy;

import java.util.List;

/** One step of a price-subsidy calculation: a key ({@code pricesubsidy.trace.<key>}) and its arguments. */
public record PriceTraceStep(String key, List<Object> args) {

    public PriceTraceStep {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    static PriceTraceStep of(String key, Object... args) {
        return new PriceTraceStep(key, java.util.Arrays.asList(args));
    }
}
