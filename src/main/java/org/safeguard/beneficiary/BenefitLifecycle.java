package org.safeguard.beneficiary;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Applies a lifecycle action: checks it against {@link BenefitTransitions}, stores the transition and audits it. */
@Component
class BenefitLifecycle {

    static final String SYSTEM = "system";

    private final BeneficiaryStore store;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    BenefitLifecycle(BeneficiaryStore store, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    String actor() {
        return currentStaff.find().map(StaffPrincipal::username).orElse(SYSTEM);
    }

    /** Moves the household from {@code from} (null for enrolment) by the action; returns the new state. */
    BenefitState apply(UUID householdId, BenefitState from, BenefitAction action, String reason) {
        BenefitState to = BenefitTransitions.require(from, action);
        Instant now = clock.instant();
        String actor = actor();
        if (from != null) {
            store.setState(householdId, to, now);
        }
        store.recordTransition(householdId, from, to, action, actor, now, reason);
        audit.record(AuditRecord.of("DIBAO_" + action.name(), "dibao_beneficiary", householdId)
                .detail("from", from == null ? null : from.name()).detail("to", to.name()).detail("reason", reason));
        return to;
    }
}
