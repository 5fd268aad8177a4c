package org.safeguard.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A case to open. {@code id} may be given so that the kind's own row shares it; {@code due} null lets the procedure's
 * deadline of the initial state apply. {@code openAction} names the recorded first transition (e.g. REGISTER);
 * {@code auditDetails} go into its audit entry.
 */
public record NewCase(UUID id, CaseKind kind, String procedure, CaseSubject subject, String regionCode, String assignee,
                      String initialState, LocalDate openedOn, Due due, String openAction, Map<String, Object> auditDetails) {
}
