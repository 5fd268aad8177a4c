package org.safeguard.household;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dissolves a household (its members died, emigrated or joined other households): every remaining membership ends,
 * the household row stays for its history, and {@link HouseholdDissolved} is published after commit.
 */
@Service
public class DissolveHousehold {

    private final LifeEventStore lifeEvents;
    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DissolveHousehold(LifeEventStore lifeEvents, HouseholdStore store, HouseholdScope scope,
                      ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.lifeEvents = lifeEvents;
        this.store = store;
        this.scope = scope;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void dissolve(UUID householdId, String reason) {
        scope.requireVisible(householdId);
        if (reason == null || reason.isBlank()) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "REQUIRED"));
        }
        if (reason.length() > 500) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "TOO_LONG", 500));
        }
        Instant now = clock.instant();
        if (!lifeEvents.markDissolved(householdId, now)) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "problem.householdDissolved");
        }
        List<UUID> former = lifeEvents.endAllMemberships(householdId, now);
        String region = store.regionOf(householdId).orElseThrow();
        audit.record(AuditRecord.of("HOUSEHOLD_DISSOLVED", "HOUSEHOLD", householdId)
                .detail("members", former.size()).detail("reason", reason.strip()));
        events.publishEvent(new HouseholdDissolved(householdId, region, former, reason.strip()));
    }
}
