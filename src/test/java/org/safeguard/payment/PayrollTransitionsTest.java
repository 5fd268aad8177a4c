package org.safeguard.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every (state, action) pair: the allowed ones lead where the lifecycle says, every other one is refused. */
class PayrollTransitionsTest {

    private static final Map<PayrollState, Map<PayrollAction, PayrollState>> EXPECTED = Map.of(
            PayrollState.GENERATING, Map.of(PayrollAction.FINISH_GENERATION, PayrollState.GENERATED,
                    PayrollAction.CANCEL, PayrollState.CANCELLED),
            PayrollState.GENERATED, Map.of(PayrollAction.APPROVE, PayrollState.APPROVED,
                    PayrollAction.CANCEL, PayrollState.CANCELLED),
            PayrollState.APPROVED, Map.of(PayrollAction.EXPORT, PayrollState.EXPORTED),
            PayrollState.EXPORTED, Map.of(PayrollAction.EXPORT, PayrollState.EXPORTED,
                    PayrollAction.RECONCILE, PayrollState.RECONCILED),
            PayrollState.RECONCILED, Map.of(),
            PayrollState.CANCELLED, Map.of());

    @ParameterizedTest
    @EnumSource(PayrollState.class)
    void eachStateAllowsExactlyItsActionsAndRefusesTheRestNamingTheAllowedOnes(PayrollState state) {
        Map<PayrollAction, PayrollState> allowed = EXPECTED.get(state);
        assertThat(PayrollTransitions.allowed(state)).containsExactlyInAnyOrderElementsOf(allowed.keySet());
        for (PayrollAction action : PayrollAction.values()) {
            if (allowed.containsKey(action)) {
                assertThat(PayrollTransitions.require(state, action)).isEqualTo(allowed.get(action));
            } else {
                assertThatThrownBy(() -> PayrollTransitions.require(state, action))
                        .isInstanceOfSatisfying(PayrollActionRefused.class, e -> {
                            assertThat(e.state()).isEqualTo(state);
                            assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(allowed.keySet());
                            assertThat(e.code().status().value()).isEqualTo(409);
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PayrollState.class)
    void onlyGeneratingGeneratedAndApprovedAreOpen(PayrollState state) {
        Set<PayrollState> open = EnumSet.of(PayrollState.GENERATING, PayrollState.GENERATED, PayrollState.APPROVED);
        assertThat(state.open()).isEqualTo(open.contains(state));
    }
}
