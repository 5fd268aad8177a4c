package org.safeguard.application;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.safeguard.policy.EmergencyFlags;
import org.safeguard.shared.SimplifiedDecisionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces an approval taken under simplified emergency procedures (domain.md §12): an investigation by phone or
 * video, which only a declaration allows, or a confirmation by the township where a declaration devolved approval.
 * The good-faith record keeps it and re-checks it after the declaration ends.
 */
@Component
class SimplifiedProcedures {

    private final ApplicationEventPublisher events;

    SimplifiedProcedures(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** {@code r} is the application as it is approved, in the state it is approved from. */
    void announce(ApplicationRow r, LocalDate on, String decidedBy, EmergencyFlags flags, String reason) {
        Set<String> used = new LinkedHashSet<>();
        if (r.investigationMethod() != null && r.investigationMethod().remote()) {
            used.add("REMOTE_INVESTIGATION");
        }
        if (r.state() == ApplicationState.TOWNSHIP_CONFIRMATION) {
            used.add("DEVOLVED_APPROVAL");
        }
        if (used.isEmpty()) {
            return;
        }
        String justification = reason != null && !reason.isBlank() ? reason
                : "investigation " + r.investigationMethod() + ", procedure " + r.procedure() + ", flags " + flags.declarationIds();
        events.publishEvent(new SimplifiedDecisionTaken("DIBAO", r.id(), r.householdId(), r.regionCode(), on, decidedBy,
                used, flags.declarationIds(), justification.length() > 500 ? justification.substring(0, 500) : justification));
    }
}
