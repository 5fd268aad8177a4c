package org.safeguard.household.importing;

/** What happens to a file in which some households have problems. */
public enum ImportMode {
    /** Any problem and nothing is imported (the default). */
    ALL_OR_NOTHING,
    /** Households without problems are imported; households with problems are reported and left out. */
    VALID_ONLY
}
