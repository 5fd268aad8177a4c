package org.safeguard.beneficiary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.safeguard.beneficiary.BenefitAction.*;
import static org.safeguard.beneficiary.BenefitState.*;

/**
 * The dibao benefit lifecycle as a table: (state, action) → next state. Every state change of a beneficiary goes
 * through {@link #require}; anything not in the table is refused (409) with the actions that are allowed.
 * <pre>
 * (none) --ENROL--> ACTIVE --REVIEW_FALLS_DUE--> REVIEW_DUE --START_REVIEW--> UNDER_REVIEW
 * ACTIVE, REVIEW_DUE --REPORT_CHANGE--> CHANGE_REPORTED --START_REVIEW--> UNDER_REVIEW
 * ACTIVE --START_REVIEW--> UNDER_REVIEW                     (an ad-hoc review)
 * UNDER_REVIEW --KEEP_AMOUNT | CHANGE_AMOUNT--> ACTIVE      (a change takes effect next month)
 * UNDER_REVIEW --BEGIN_TAPER--> TAPER --END_TAPER--> TERMINATED
 * UNDER_REVIEW --TERMINATE--> TERMINATED                    (written reasons; paid to the end of this month)
 * UNDER_REVIEW --QUEUE_EXIT--> SUSPENDED_PENDING            (a decrease or stop while exits are suspended)
 * SUSPENDED_PENDING --CHANGE_AMOUNT | DISMISS_QUEUED--> ACTIVE, --BEGIN_TAPER--> TAPER, --TERMINATE--> TERMINATED
 * SUSPENDED_PENDING --CHANGE_AMOUNT--> ACTIVE               (also an increase decided during the freeze)
 * CHANGE_REPORTED, UNDER_REVIEW, TAPER, SUSPENDED_PENDING --REPORT_CHANGE--> (same state: the report is recorded)
 * every non-final state --RECORD_DEATH--> TERMINATED        (the last counted member died; paid to the month of death)
 * every non-final state --FIND_FRAUD--> TERMINATED          (concealed income or assets: stop, recover, fine)
 * TERMINATED --RE_ENROL--> ACTIVE                           (approved again: a new benefit period)
 * </pre>
 */
public final class BenefitTransitions {

    private static final Map<BenefitState, Map<BenefitAction, BenefitState>> TABLE = new EnumMap<>(BenefitState.class);

    static {
        allow(ACTIVE, REVIEW_FALLS_DUE, REVIEW_DUE);
        allow(ACTIVE, REPORT_CHANGE, CHANGE_REPORTED);
        allow(ACTIVE, START_REVIEW, UNDER_REVIEW);
        allow(REVIEW_DUE, REPORT_CHANGE, CHANGE_REPORTED);
        allow(REVIEW_DUE, START_REVIEW, UNDER_REVIEW);
        allow(CHANGE_REPORTED, START_REVIEW, UNDER_REVIEW);
        allow(UNDER_REVIEW, KEEP_AMOUNT, ACTIVE);
        allow(UNDER_REVIEW, CHANGE_AMOUNT, ACTIVE);
        allow(UNDER_REVIEW, BEGIN_TAPER, TAPER);
        allow(UNDER_REVIEW, TERMINATE, TERMINATED);
        allow(UNDER_REVIEW, QUEUE_EXIT, SUSPENDED_PENDING);
        allow(SUSPENDED_PENDING, CHANGE_AMOUNT, ACTIVE);
        allow(SUSPENDED_PENDING, DISMISS_QUEUED, ACTIVE);
        allow(SUSPENDED_PENDING, BEGIN_TAPER, TAPER);
        allow(SUSPENDED_PENDING, TERMINATE, TERMINATED);
        allow(TAPER, END_TAPER, TERMINATED);
        // A change is recorded in every non-final state (issue 9): a death during a freeze or a taper is never lost.
        for (BenefitState s : List.of(CHANGE_REPORTED, UNDER_REVIEW, TAPER, SUSPENDED_PENDING)) {
            allow(s, REPORT_CHANGE, s);
        }
        for (BenefitState s : List.of(ACTIVE, REVIEW_DUE, CHANGE_REPORTED, UNDER_REVIEW, TAPER, SUSPENDED_PENDING)) {
            allow(s, RECORD_DEATH, TERMINATED);
            allow(s, FIND_FRAUD, TERMINATED);
        }
        allow(TERMINATED, RE_ENROL, ACTIVE);
    }

    private BenefitTransitions() {
    }

    private static void allow(BenefitState from, BenefitAction action, BenefitState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(BenefitAction.class)).put(action, to);
    }

    public static Optional<BenefitState> next(BenefitState from, BenefitAction action) {
        if (from == null) {
            return action == ENROL ? Optional.of(ACTIVE) : Optional.empty();
        }
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions allowed in a state, in lifecycle order. */
    public static List<BenefitAction> allowed(BenefitState from) {
        return List.copyOf(TABLE.getOrDefault(from, Map.of()).keySet());
    }

    /** The next state, or a 409 naming the allowed actions. */
    public static BenefitState require(BenefitState from, BenefitAction action) {
        return next(from, action).orElseThrow(() -> new BenefitActionRefused(from, action, allowed(from)));
    }
}
