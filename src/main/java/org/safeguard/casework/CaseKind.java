package org.safeguard.casework;

/** The code of a benefit or service kind (DIBAO, later TEMPORARY_ASSISTANCE, ...), contributed by the kind's module. */
public record CaseKind(String code) {

    public CaseKind {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw new IllegalArgumentException("case kind code: " + code);
        }
    }

    public static CaseKind of(String code) {
        return new CaseKind(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
