package org.safeguard.casework;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded transition: who, when (and the date it took effect), from, to, action, why; for a reassignment the new assignee. */
public record CaseTransitionView(String from, String to, String action, String actor, Instant at, LocalDate effectiveOn,
                                 String reason, String assignedTo) {
}
