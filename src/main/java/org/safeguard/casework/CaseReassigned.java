package org.safeguard.casework;

import java.util.UUID;

/** A case changed hands; published in the transaction of the change so that a kind's own copy follows. */
public record CaseReassigned(UUID caseId, String kind, String fromAssignee, String toAssignee) {
}
