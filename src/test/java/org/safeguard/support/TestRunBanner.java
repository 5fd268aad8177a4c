package org.safeguard.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Says once, at the top of the test run, which database the suite uses and whether browser tests run. */
public class TestRunBanner implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String profile = System.getProperty("spring.profiles.active", "");
        String database = profile.contains("postgres")
                ? "PostgreSQL at " + System.getProperty("SAFEGUARD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/safeguard")
                : "H2 in memory (PostgreSQL mode). For PostgreSQL: -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=... -DSAFEGUARD_DB_USER=...";
        boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        String browser = "false".equals(System.getProperty("safeguard.browser-tests")) ? "off (-Dsafeguard.browser-tests=false)"
                : chromium ? "on (/usr/bin/chromium)" : "SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install chromium chromium-driver)";
        System.out.println();
        System.out.println("Safeguard test run — database: " + database);
        System.out.println("Safeguard test run — browser tests: " + browser);
        System.out.println();
    }
}
