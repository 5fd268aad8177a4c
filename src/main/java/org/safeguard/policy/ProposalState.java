package org.safeguard.policy;

/** Where a parameter proposal is in its life. Only PROPOSED is open; the others are final. */
public enum ProposalState {
    PROPOSED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
