package org.safeguard.policy;

import java.util.List;

import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.safeguard.shared.web.HomeFigures;
import org.springframework.stereotype.Component;

/** The home page's count of parameter proposals in the user's subtree waiting for their approval. */
@Component
class PolicyHomeFigures implements HomeFigures {

    private final ProposalQueries queries;

    PolicyHomeFigures(ProposalQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<HomeFigure> figuresFor(StaffPrincipal staff) {
        if (!staff.may(Permission.POLICY_APPROVE)) {
            return List.of();
        }
        return List.of(new HomeFigure("figure-policy-proposals", queries.countWaitingFor(staff),
                "policy.home.waiting", "/policy/proposals?waitingForMe=true", false));
    }
}
