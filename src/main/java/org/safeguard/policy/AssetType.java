package org.safeguard.policy;

/** Asset item types (domain.md §2.3). The first four are financial assets, measured by value in yuan. */
public enum AssetType {
    DEPOSIT, SECURITIES, SAVINGS_INSURANCE, DEBT_OWED,
    VEHICLE, DISABILITY_VEHICLE, RESIDENTIAL_PROPERTY, NON_RESIDENTIAL_PROPERTY, BUSINESS_REGISTRATION;

    public boolean financial() {
        return ordinal() <= DEBT_OWED.ordinal();
    }
}
