package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProposalTransitionsTest {

    @Test
    void anOpenProposalCanBePreviewedApprovedRejectedOrWithdrawn() {
        assertThat(ProposalTransitions.allowed(ProposalState.PROPOSED)).containsExactly(ProposalAction.PREVIEW,
                ProposalAction.APPROVE, ProposalAction.REJECT, ProposalAction.WITHDRAW);
        assertThat(ProposalTransitions.require(ProposalState.PROPOSED, ProposalAction.APPROVE)).isEqualTo(ProposalState.APPROVED);
        assertThat(ProposalTransitions.require(ProposalState.PROPOSED, ProposalAction.WITHDRAW)).isEqualTo(ProposalState.WITHDRAWN);
    }

    @Test
    void aDecidedProposalAllowsNothingAndSaysSo() {
        for (ProposalState decided : new ProposalState[]{ProposalState.APPROVED, ProposalState.REJECTED, ProposalState.WITHDRAWN}) {
            assertThat(ProposalTransitions.allowed(decided)).isEmpty();
            assertThatThrownBy(() -> ProposalTransitions.require(decided, ProposalAction.APPROVE))
                    .isInstanceOfSatisfying(ProposalActionRefused.class, e -> {
                        assertThat(e.state()).isEqualTo(decided);
                        assertThat(e.allowed()).isEmpty();
                    });
        }
    }
}
