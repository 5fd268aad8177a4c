package org.safeguard.beneficiary;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/** An action the beneficiary's state does not allow (409); carries the allowed ones for the problem details. */
public class BenefitActionRefused extends SafeguardException {

    private final BenefitState state;
    private final BenefitAction action;
    private final transient List<BenefitAction> allowed;

    public BenefitActionRefused(BenefitState state, BenefitAction action, List<BenefitAction> allowed) {
        super(ProblemCode.CONFLICT, "beneficiary.problem.actionRefused", List.of(action.name(), String.valueOf(state)), List.of());
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public BenefitState state() {
        return state;
    }

    public BenefitAction action() {
        return action;
    }

    public List<BenefitAction> allowed() {
        return allowed;
    }
}
