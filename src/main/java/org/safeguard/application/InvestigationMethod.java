package org.safeguard.application;

/** How the household was investigated. PHONE and VIDEO only where an emergency declaration allows remote investigation. */
public enum InvestigationMethod {
    ONSITE, NEIGHBOUR_VISIT, LETTER, PHONE, VIDEO;

    public boolean remote() {
        return this == PHONE || this == VIDEO;
    }
}
