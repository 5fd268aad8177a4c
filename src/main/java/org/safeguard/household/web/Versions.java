package org.safeguard.household.web;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;

/** The version a client last saw: from the body, or from an {@code If-Match} ETag ({@code "3"} or {@code W/"3"}). */
final class Versions {

    private Versions() {
    }

    static Integer of(Integer bodyVersion, String ifMatch) {
        if (bodyVersion != null || ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw SafeguardException.invalid(FieldProblem.of("If-Match", "INVALID_FORMAT"));
        }
    }
}
