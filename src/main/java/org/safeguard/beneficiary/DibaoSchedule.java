package org.safeguard.beneficiary;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily (and at start): periodic reviews that fall due, tapered exits that have ended. */
@Component
class DibaoSchedule {

    private final ManageDibaoBenefit management;
    private final Clock clock;

    DibaoSchedule(ManageDibaoBenefit management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @Scheduled(cron = "${safeguard.dibao.schedule-cron:0 15 1 * * *}")
    @EventListener(ApplicationReadyEvent.class)
    void daily() {
        LocalDate today = LocalDate.now(clock);
        management.markDueReviews(today);
        management.endTapers(today);
    }
}
