package org.safeguard.shared.web;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/**
 * The version a client last saw of a versioned resource: from the body, or from an {@code If-Match} ETag ({@code "3"}
 * or {@code W/"3"}). Every update of a versioned resource needs one (issue 15 item 5): without it a change made in
 * the meantime would be silently overwritten, so a missing version is 428 VERSION_REQUIRED, never a pass.
 */
public final class Versions {

    private Versions() {
    }

    /** The version given, or null when neither the body nor If-Match has one. */
    public static Long of(Number bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion.longValue();
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw SafeguardException.invalid(FieldProblem.of("If-Match", "INVALID_FORMAT"));
        }
    }

    /** {@link #of} for resources whose version is an int column. */
    public static Integer ofInt(Number bodyVersion, String ifMatch) {
        Long v = of(bodyVersion, ifMatch);
        if (v == null) {
            return null;
        }
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw SafeguardException.invalid(FieldProblem.of("version", "INVALID_VALUE"));
        }
        return v.intValue();
    }

    /** The version given; 428 VERSION_REQUIRED when there is none. */
    public static long required(Number bodyVersion, String ifMatch) {
        Long v = of(bodyVersion, ifMatch);
        if (v == null) {
            throw missing();
        }
        return v;
    }

    public static SafeguardException missing() {
        return SafeguardException.conflict(ProblemCode.VERSION_REQUIRED, "problem.versionRequired");
    }
}
