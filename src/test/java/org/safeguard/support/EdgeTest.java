package org.safeguard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application on a real port with the edge settings that MockMvc cannot show: a tiny upload limit, the
 * production proxy and cookie settings, a small sign-in allowance per address, and a pool that a test may suspend
 * to play a database outage (with jobs that retry and are revived within seconds). One shared context for every test of the edge, so it starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.demo.enabled=true", "safeguard.demo.households=60",
        "spring.servlet.multipart.max-file-size=2KB", "spring.servlet.multipart.max-request-size=2KB",
        "server.forward-headers-strategy=native", "server.servlet.session.cookie.secure=true",
        "safeguard.account.failures-per-client=3", "safeguard.account.failure-window=15m",
        "spring.datasource.hikari.allow-pool-suspension=true", "spring.datasource.hikari.connection-timeout=1500",
        "safeguard.payroll.retry-after=1s", "safeguard.jobs.heartbeat=1s", "safeguard.jobs.missed-heartbeats=4"})
@AutoConfigureMockMvc
public @interface EdgeTest {
}
