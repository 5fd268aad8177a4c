package org.safeguard.goodfaith;

/**
 * What the re-check of a simplified decision found: the decision stands (CONFIRMED), it was corrected (an amount or a
 * member, CORRECTED), or the household was not eligible and the benefit was stopped (STOPPED).
 */
public enum CorrectionOutcome {
    CONFIRMED, CORRECTED, STOPPED;

    boolean needsNote() {
        return this != CONFIRMED;
    }
}
