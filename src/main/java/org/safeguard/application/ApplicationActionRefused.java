package org.safeguard.application;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/**
 * An action the application's state does not allow, or whose preconditions fail (409); carries the allowed
 * actions and the failed preconditions for the problem details.
 */
public class ApplicationActionRefused extends SafeguardException {

    private final ApplicationState state;
    private final ApplicationAction action;
    private final transient List<ApplicationAction> allowed;
    private final transient List<Precondition> failed;

    public ApplicationActionRefused(ApplicationState state, ApplicationAction action, List<ApplicationAction> allowed,
                                    List<Precondition> failed) {
        super(ProblemCode.CONFLICT, failed.isEmpty() ? "application.problem.actionRefused" : "application.problem.preconditions",
                List.of(action.name(), state.name(), failed.stream().map(Enum::name).toList().toString()), List.of());
        this.state = state;
        this.action = action;
        this.allowed = List.copyOf(allowed);
        this.failed = List.copyOf(failed);
    }

    public ApplicationState state() {
        return state;
    }

    public ApplicationAction action() {
        return action;
    }

    public List<ApplicationAction> allowed() {
        return allowed;
    }

    public List<Precondition> failed() {
        return failed;
    }
}
