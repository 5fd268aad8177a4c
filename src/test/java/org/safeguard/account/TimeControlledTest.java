package org.safeguard.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.safeguard.support.SafeguardTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The full application with a clock the test moves ({@link MutableClock}). One shared context for
 * every test that needs to let time pass, e.g. a lockout expiring.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SafeguardTest
@Import(TimeControlledTest.Config.class)
@interface TimeControlledTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneId.of("Asia/Shanghai"));
        }
    }
}
