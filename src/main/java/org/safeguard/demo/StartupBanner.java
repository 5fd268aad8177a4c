package org.safeguard.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells a newcomer where Safeguard is running and how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demoEnabled;

    StartupBanner(@Value("${safeguard.demo.enabled:false}") boolean demoEnabled) {
        this.demoEnabled = demoEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder sb = new StringBuilder("\n\n  Safeguard is running at http://localhost:")
                .append(web.getWebServer().getPort()).append("/\n");
        if (demoEnabled) {
            sb.append("  Demo accounts (password ").append(DemoAccounts.PASSWORD).append("):\n");
            DemoAccounts.ALL.forEach(d -> sb.append(String.format("    %-12s %-20s %s%n", d.username(), d.role(), d.homeRegion())));
        }
        log.info(sb.toString());
    }
}
