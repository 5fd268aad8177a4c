package org.safeguard.pricesubsidy;

/**
 * The groups the price subsidy may cover (domain.md §6.1–6.4). {@link #DIBAO} comes from Safeguard's own caseload;
 * every other group, including special-hardship persons until Safeguard has a special-hardship module, comes
 * from lists imported from the department that holds them. The order is the order of preference when one
 * person is in several groups (after the urban standard, see {@link PayeeSelection}).
 */
public enum CoveredGroup {
    DIBAO,
    SPECIAL_HARDSHIP,
    PREFERENTIAL,
    UNEMPLOYMENT_INSURANCE,
    UNEMPLOYMENT_SUBSIDY,
    ORPHAN,
    UNSUPPORTED_CHILD,
    HIV_CHILD,
    DIBAO_EDGE;

    public boolean imported() {
        return this != DIBAO;
    }

    public static boolean isKnown(String code) {
        for (CoveredGroup g : values()) {
            if (g.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
