package org.safeguard.application;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded action: who, when (and the date it took effect), from, to, why; for REASSIGN the new assignee. */
public record TransitionView(ApplicationState from, ApplicationState to, ApplicationAction action, String actor,
                             Instant at, LocalDate effectiveOn, String reason, String assignedTo) {
}
