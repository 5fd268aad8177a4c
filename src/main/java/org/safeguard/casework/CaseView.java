package org.safeguard.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case as queues and other modules see it; the unregistered subject's ID number and phone are masked. */
public record CaseView(UUID id, String kind, String procedure, UUID householdId, UUID personId, String subjectName,
                       String subjectIdNumberMasked, String subjectPhoneMasked, String subjectLocation,
                       String subjectHukouPlace, String regionCode, String assignee, String state, boolean open,
                       long version, Instant openedAt, Instant updatedAt, LocalDate stateEnteredOn, LocalDate dueOn,
                       Instant dueAt, boolean overdue) {
}
