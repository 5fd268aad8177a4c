package org.safeguard.payment;

import java.time.Clock;
import java.util.Map;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.stereotype.Component;

/** The one place where a payroll changes state: checks the table, stores the change, records and audits it. */
@Component
class PayrollLifecycle {

    private final PayrollStore store;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    PayrollLifecycle(PayrollStore store, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Applies the action to a payroll row the caller has locked; returns the new state. */
    PayrollState apply(PayrollStore.PayrollRow row, PayrollAction action, String reason, Map<String, Object> details) {
        return apply(row, action, reason, details, null);
    }

    /** The same, by a named user when no one is signed in (a job acting for the user who asked for it). */
    PayrollState apply(PayrollStore.PayrollRow row, PayrollAction action, String reason, Map<String, Object> details,
                       String actingAs) {
        PayrollState to = PayrollTransitions.require(row.state(), action);
        String actor = actingAs != null ? actingAs : actor();
        var now = clock.instant();
        store.changeState(row.id(), to, action, actor, now);
        store.recordTransition(row.id(), row.state(), to, action, actor, now, reason);
        AuditRecord record = AuditRecord.of("PAYROLL_" + action.name(), "payroll", row.id())
                .detail("benefit", row.benefit()).detail("region", row.regionCode()).detail("month", row.month().toString())
                .detail("from", row.state().name()).detail("to", to.name());
        details.forEach(record::detail);
        if (actingAs != null) {
            record.actingAs(actingAs);
        }
        if (reason != null) {
            record.detail("reason", reason);
        }
        audit.record(record);
        return to;
    }

    /** The first transition of a new payroll (nothing → GENERATING). */
    void created(PayrollStore.PayrollRow row, Map<String, Object> details) {
        store.recordTransition(row.id(), null, PayrollState.GENERATING, PayrollAction.START, actor(), clock.instant(), null);
        AuditRecord record = AuditRecord.of("PAYROLL_START", "payroll", row.id()).detail("benefit", row.benefit())
                .detail("region", row.regionCode()).detail("month", row.month().toString()).detail("purpose", row.purpose());
        details.forEach(record::detail);
        audit.record(record);
    }

    String actor() {
        return currentStaff.find().map(s -> s.username()).orElse("system");
    }
}
