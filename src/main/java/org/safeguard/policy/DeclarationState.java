package org.safeguard.policy;

/**
 * Where a declaration stands. Only APPROVED and ENDED declarations set flags: an ended one still covers the days up
 * to its end, so a case is judged under the flags of its own dates.
 */
public enum DeclarationState {
    PROPOSED, APPROVED, REJECTED, SUPERSEDED, ENDED;

    public boolean setsFlags() {
        return this == APPROVED || this == ENDED;
    }
}
