package org.safeguard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Full application on the test database (H2 in memory, or PostgreSQL with -Dspring.profiles.active=postgres),
 * with demo accounts and a small demo population. All integration tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=60"})
@AutoConfigureMockMvc
public @interface SafeguardTest {
}
