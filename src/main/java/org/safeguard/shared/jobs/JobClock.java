package org.safeguard.shared.jobs;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.Clock;

/**
 * Real time for the job runner: when work is due and whether a node still heart-beats. Business time (deadlines,
 * months, stamps people see) comes from the injected {@link java.time.Clock}; the two differ when that one is fixed.
 */
public final class JobClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }

    /** "At once" for the scheduler, whatever the business clock says. */
    public Instant atOnce() {
        return now();
    }
}
