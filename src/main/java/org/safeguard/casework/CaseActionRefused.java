package org.safeguard.casework;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/**
 * An action the case's state does not allow, or whose preconditions fail (409): carries the allowed actions and the
 * failed precondition codes for the problem details.
 */
public class CaseActionRefused extends SafeguardException {

    private final String state;
    private final String action;
    private final transient List<String> allowed;
    private final transient List<String> failed;

    public CaseActionRefused(String state, String action, List<String> allowed, List<String> failed) {
        super(ProblemCode.CONFLICT, failed.isEmpty() ? "casework.problem.actionRefused" : "casework.problem.preconditions",
                List.of(action, state, failed.toString()), List.of());
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
        this.failed = List.copyOf(failed);
    }

    public String state() {
        return state;
    }

    public String action() {
        return action;
    }

    public List<String> allowed() {
        return allowed;
    }

    public List<String> failed() {
        return failed;
    }
}
