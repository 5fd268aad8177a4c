package org.safeguard.policy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily (and at start, after the demo data): declarations whose last day has passed lapse. Running it twice
 * changes nothing (the state guards it), so a second node or a restart on the same day is harmless.
 */
@Component
class EmergencyLapses {

    static final String ACTOR = "system:emergency-lapse";

    private final EmergencyDeclarations declarations;

    EmergencyLapses(EmergencyDeclarations declarations) {
        this.declarations = declarations;
    }

    @Scheduled(cron = "${safeguard.emergency.lapse-cron:0 5 0 * * *}")
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void daily() {
        declarations.lapse(ACTOR);
    }
}
