package org.safeguard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LocalTimesTest {

    private final LocalTimes times = new LocalTimes(Clock.system(ZoneId.of("Asia/Shanghai")));

    @Test
    void aUtcMomentIsShownInChinaStandardTimeToTheMinute() {
        assertThat(times.of(Instant.parse("2026-12-03T10:29:39.523274Z"))).isEqualTo("2026-12-03 18:29");
    }

    @Test
    void anOffsetMomentIsConvertedAcrossMidnight() {
        assertThat(times.of(OffsetDateTime.parse("2020-01-31T20:15:00Z"))).isEqualTo("2020-02-01 04:15");
    }

    @Test
    void nothingIsShownForNoMoment() {
        assertThat(times.of(null)).isEmpty();
    }
}
