package org.safeguard.policy;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/** An action the declaration's state does not allow (409); carries the allowed ones for the problem details. */
public class DeclarationActionRefused extends SafeguardException {

    private final DeclarationState state;
    private final DeclarationAction action;
    private final transient List<DeclarationAction> allowed;

    public DeclarationActionRefused(DeclarationState state, DeclarationAction action, List<DeclarationAction> allowed) {
        super(ProblemCode.CONFLICT, "policy.emergency.problem.actionRefused", List.of(action.name(), state.name()), List.of());
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public DeclarationState state() {
        return state;
    }

    public DeclarationAction action() {
        return action;
    }

    public List<DeclarationAction> allowed() {
        return allowed;
    }
}
