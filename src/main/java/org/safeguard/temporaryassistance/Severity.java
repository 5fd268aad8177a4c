package org.safeguard.temporaryassistance;

/** How serious an emergency is; it sets the months of the base standard (domain.md §16 item 11: 1, 2, 3). */
public enum Severity { GENERAL, SERIOUS, SEVERE }
