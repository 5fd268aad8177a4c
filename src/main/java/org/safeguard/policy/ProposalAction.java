package org.safeguard.policy;

/** What can be done to a proposal; {@link ProposalTransitions} says from which state and to which. */
public enum ProposalAction {
    /** Creation: nothing → PROPOSED; not in the table because no existing proposal can take it. */
    PROPOSE,
    /** Run the impact preview again; keeps the state (not stored as a transition). */
    PREVIEW,
    APPROVE,
    REJECT,
    /** By the proposer only. */
    WITHDRAW
}
