package org.safeguard.policy;

import java.time.Instant;
import java.util.List;

/**
 * A declaration as staff and the API see it: what it says, its state, the declaration it amends (and the one that
 * superseded it), who proposed, decided and ended it, every transition and the actions its state allows.
 */
public record DeclarationView(long id, EmergencyDeclaration declaration, DeclarationState state, Long amendsId,
                              Long supersededById, String proposedBy, Instant proposedAt, String decidedBy,
                              Instant decidedAt, String decisionNote, String endedBy, Instant endedAt, String endReason,
                              List<Transition> transitions, List<DeclarationAction> allowedActions) {

    public record Transition(DeclarationState from, DeclarationState to, DeclarationAction action, String actor,
                             Instant at, String reason) {
    }
}
