package org.safeguard.payment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.safeguard.payment.PayrollAction.*;
import static org.safeguard.payment.PayrollState.*;

/**
 * The payroll lifecycle as a table: (state, action) → next state. Everything that changes a payroll's state goes
 * through {@link #next}; anything not in the table is refused with the actions that are allowed.
 * <pre>
 * GENERATING --FINISH_GENERATION--> GENERATED --APPROVE--> APPROVED --EXPORT--> EXPORTED --RECONCILE--> RECONCILED
 * GENERATING, GENERATED --CANCEL--> CANCELLED
 * EXPORTED --EXPORT--> EXPORTED   (the same file again; its hash must not change)
 * </pre>
 */
public final class PayrollTransitions {

    private static final Map<PayrollState, Map<PayrollAction, PayrollState>> TABLE = new EnumMap<>(PayrollState.class);

    static {
        allow(GENERATING, FINISH_GENERATION, GENERATED);
        allow(GENERATING, CANCEL, CANCELLED);
        allow(GENERATED, APPROVE, APPROVED);
        allow(GENERATED, CANCEL, CANCELLED);
        allow(APPROVED, EXPORT, EXPORTED);
        allow(EXPORTED, EXPORT, EXPORTED);
        allow(EXPORTED, RECONCILE, RECONCILED);
    }

    private PayrollTransitions() {
    }

    private static void allow(PayrollState from, PayrollAction action, PayrollState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(PayrollAction.class)).put(action, to);
    }

    public static Optional<PayrollState> next(PayrollState from, PayrollAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed in a state, in lifecycle order. */
    public static List<PayrollAction> allowed(PayrollState from) {
        return List.copyOf(TABLE.getOrDefault(from, Map.of()).keySet());
    }

    /** The next state, or a 409 naming the allowed actions. */
    public static PayrollState require(PayrollState from, PayrollAction action) {
        return next(from, action).orElseThrow(() -> new PayrollActionRefused(from, action, allowed(from)));
    }
}
