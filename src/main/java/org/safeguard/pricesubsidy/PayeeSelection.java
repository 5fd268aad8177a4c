package org.safeguard.pricesubsidy;

/**
 * How one person in several covered groups is paid once a month (domain.md §6.1 "paid once", §16 item 9): the
 * group with the urban standard wins over a rural one (the urban standard is the higher one everywhere Safeguard
 * runs, so the person is never paid less than any one group would give), then the order of {@link CoveredGroup}.
 * The set-based issuance expresses the same rule in SQL; {@link #rank} is the number both use.
 */
public final class PayeeSelection {

    private PayeeSelection() {
    }

    /** Lower is preferred. */
    public static int rank(CoveredGroup group, UrbanRural urbanRural) {
        return (urbanRural == UrbanRural.URBAN ? 0 : 100) + group.ordinal();
    }
}
