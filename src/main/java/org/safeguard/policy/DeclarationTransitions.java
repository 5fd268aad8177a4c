package org.safeguard.policy;

import static org.safeguard.policy.DeclarationAction.AMEND;
import static org.safeguard.policy.DeclarationAction.APPROVE;
import static org.safeguard.policy.DeclarationAction.END;
import static org.safeguard.policy.DeclarationAction.LAPSE;
import static org.safeguard.policy.DeclarationAction.REJECT;
import static org.safeguard.policy.DeclarationAction.SUPERSEDE;
import static org.safeguard.policy.DeclarationState.APPROVED;
import static org.safeguard.policy.DeclarationState.ENDED;
import static org.safeguard.policy.DeclarationState.PROPOSED;
import static org.safeguard.policy.DeclarationState.REJECTED;
import static org.safeguard.policy.DeclarationState.SUPERSEDED;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration lifecycle as a table; anything not in it is refused (409, code CONFLICT) with the allowed actions.
 * <pre>
 * PROPOSED --APPROVE--> APPROVED     (a different user with POLICY_APPROVE whose subtree holds the region)
 * PROPOSED --REJECT---> REJECTED     (the same; a reason is required)
 * APPROVED --AMEND----> APPROVED     (a new proposal that names this one; this one stays in force meanwhile)
 * APPROVED --SUPERSEDE-> SUPERSEDED  (when that amendment is approved)
 * APPROVED --END------> ENDED        (from a day on; publishes EmergencyDeclarationEnded and EmergencyFlagEnded)
 * APPROVED --LAPSE----> ENDED        (the daily job, once the last day has passed; publishes the same)
 * </pre>
 */
public final class DeclarationTransitions {

    private static final Map<DeclarationState, Map<DeclarationAction, DeclarationState>> TABLE = new EnumMap<>(DeclarationState.class);

    static {
        allow(PROPOSED, APPROVE, APPROVED);
        allow(PROPOSED, REJECT, REJECTED);
        allow(APPROVED, AMEND, APPROVED);
        allow(APPROVED, SUPERSEDE, SUPERSEDED);
        allow(APPROVED, END, ENDED);
        allow(APPROVED, LAPSE, ENDED);
    }

    private DeclarationTransitions() {
    }

    private static void allow(DeclarationState from, DeclarationAction action, DeclarationState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(DeclarationAction.class)).put(action, to);
    }

    public static Optional<DeclarationState> next(DeclarationState from, DeclarationAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions staff may take in the state (SUPERSEDE and LAPSE happen to a declaration, they are no buttons). */
    public static List<DeclarationAction> allowed(DeclarationState from) {
        return TABLE.getOrDefault(from, Map.of()).keySet().stream().filter(a -> a != SUPERSEDE && a != LAPSE).toList();
    }

    public static DeclarationState require(DeclarationState from, DeclarationAction action) {
        return next(from, action).orElseThrow(() -> new DeclarationActionRefused(from, action, allowed(from)));
    }
}
