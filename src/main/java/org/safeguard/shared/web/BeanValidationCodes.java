package org.safeguard.shared.web;

import java.util.Locale;
import java.util.Map;

/** Maps Bean Validation constraint names to our stable field error codes. */
final class BeanValidationCodes {

    private static final Map<String, String> CODES = Map.of(
            "NotNull", "REQUIRED",
            "NotBlank", "REQUIRED",
            "NotEmpty", "REQUIRED",
            "Size", "LENGTH",
            "Pattern", "INVALID_FORMAT",
            "Min", "TOO_SMALL",
            "Max", "TOO_LARGE",
            "Email", "INVALID_FORMAT");

    private BeanValidationCodes() {
    }

    static String codeOf(String constraint) {
        if (constraint == null) {
            return "INVALID";
        }
        return CODES.getOrDefault(constraint, constraint.toUpperCase(Locale.ROOT));
    }
}
