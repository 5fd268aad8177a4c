package org.safeguard.policy;

import static org.safeguard.policy.ProposalAction.APPROVE;
import static org.safeguard.policy.ProposalAction.PREVIEW;
import static org.safeguard.policy.ProposalAction.REJECT;
import static org.safeguard.policy.ProposalAction.WITHDRAW;
import static org.safeguard.policy.ProposalState.APPROVED;
import static org.safeguard.policy.ProposalState.PROPOSED;
import static org.safeguard.policy.ProposalState.REJECTED;
import static org.safeguard.policy.ProposalState.WITHDRAWN;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proposal lifecycle as a table: (state, action) → next state. Every state change goes through {@link #require};
 * anything not in the table is refused (409) with the actions that are allowed.
 * <pre>
 * PROPOSED --APPROVE--> APPROVED      (a different user with POLICY_APPROVE whose subtree holds the region)
 * PROPOSED --REJECT---> REJECTED      (the same)
 * PROPOSED --WITHDRAW-> WITHDRAWN     (the proposer)
 * PROPOSED --PREVIEW--> PROPOSED      (impact preview; not a state change)
 * </pre>
 */
public final class ProposalTransitions {

    private static final Map<ProposalState, Map<ProposalAction, ProposalState>> TABLE = new EnumMap<>(ProposalState.class);

    static {
        allow(PROPOSED, PREVIEW, PROPOSED);
        allow(PROPOSED, APPROVE, APPROVED);
        allow(PROPOSED, REJECT, REJECTED);
        allow(PROPOSED, WITHDRAW, WITHDRAWN);
    }

    private ProposalTransitions() {
    }

    private static void allow(ProposalState from, ProposalAction action, ProposalState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(ProposalAction.class)).put(action, to);
    }

    public static Optional<ProposalState> next(ProposalState from, ProposalAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions the state allows, in lifecycle order. */
    public static List<ProposalAction> allowed(ProposalState from) {
        return List.copyOf(TABLE.getOrDefault(from, Map.of()).keySet());
    }

    /** The next state, or a 409 naming the allowed actions. */
    public static ProposalState require(ProposalState from, ProposalAction action) {
        return next(from, action).orElseThrow(() -> new ProposalActionRefused(from, action, allowed(from)));
    }
}
