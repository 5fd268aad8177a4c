package org.safeguard.policy;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/** An action the proposal's state does not allow (409); carries the allowed ones for the problem details. */
public class ProposalActionRefused extends SafeguardException {

    private final ProposalState state;
    private final ProposalAction action;
    private final transient List<ProposalAction> allowed;

    public ProposalActionRefused(ProposalState state, ProposalAction action, List<ProposalAction> allowed) {
        super(ProblemCode.CONFLICT, "policy.problem.actionRefused", List.of(action.name(), state.name()), List.of());
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public ProposalState state() {
        return state;
    }

    public ProposalAction action() {
        return action;
    }

    public List<ProposalAction> allowed() {
        return allowed;
    }
}
