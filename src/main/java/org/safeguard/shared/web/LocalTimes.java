package org.safeguard.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Moments as people read them: local time in the clock's zone (Asia/Shanghai by default), to the minute, never a
 * UTC stamp. Pages use it as {@code ${@localTimes.of(t.at)}}.
 */
@Component("localTimes")
public class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    LocalTimes(Clock clock) {
        this.clock = clock;
    }

    public String of(Object moment) {
        if (moment == null) {
            return "";
        }
        if (moment instanceof Instant i) {
            return MINUTES.format(i.atZone(clock.getZone()));
        }
        if (moment instanceof OffsetDateTime o) {
            return MINUTES.format(o.atZoneSameInstant(clock.getZone()));
        }
        if (moment instanceof ZonedDateTime z) {
            return MINUTES.format(z.withZoneSameInstant(clock.getZone()));
        }
        if (moment instanceof LocalDateTime l) {
            return MINUTES.format(l);
        }
        return moment.toString();
    }
}
