package org.safeguard.payment;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/** An action the payroll's state does not allow (409); carries the allowed ones for the problem details. */
public class PayrollActionRefused extends SafeguardException {

    private final PayrollState state;
    private final PayrollAction action;
    private final transient List<PayrollAction> allowed;

    public PayrollActionRefused(PayrollState state, PayrollAction action, List<PayrollAction> allowed) {
        super(ProblemCode.CONFLICT, "payroll.problem.actionRefused", List.of(action.name(), state.name()), List.of());
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
    }

    public PayrollState state() {
        return state;
    }

    public PayrollAction action() {
        return action;
    }

    public List<PayrollAction> allowed() {
        return allowed;
    }
}
