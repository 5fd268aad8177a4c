package org.safeguard.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A decision was taken under simplified emergency procedures (domain.md §12): a remote investigation, approval
 * devolved to the township, or help first and paperwork after. Every kind of case that allows one publishes this, so
 * the good-faith record and its correction work list follow every benefit without depending on its module.
 * {@code procedures} are codes of {@link #PROCEDURES}; {@code declarationIds} the emergency declarations that allowed them.
 */
public record SimplifiedDecisionTaken(String caseKind, UUID caseId, UUID householdId, String regionCode,
                                      LocalDate decidedOn, String decidedBy, Set<String> procedures,
                                      List<Long> declarationIds, String justification) {

    public static final Set<String> PROCEDURES = Set.of("REMOTE_INVESTIGATION", "DEVOLVED_APPROVAL", "HELP_FIRST");

    public SimplifiedDecisionTaken {
        procedures = Set.copyOf(procedures);
        declarationIds = List.copyOf(declarationIds);
        if (!PROCEDURES.containsAll(procedures) || procedures.isEmpty()) {
            throw new IllegalArgumentException("unknown simplified procedures " + procedures);
        }
    }
}
