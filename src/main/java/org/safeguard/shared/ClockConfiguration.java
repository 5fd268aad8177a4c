package org.safeguard.shared;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". {@code safeguard.clock.fixed} lets trainers and tests run Safeguard
 * as of a past date, e.g. {@code 2020-03-15T09:00:00+08:00}.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock(@Value("${safeguard.clock.fixed:}") String fixed) {
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(CHINA);
        }
        return Clock.fixed(OffsetDateTime.parse(fixed).toInstant(), CHINA);
    }
}
