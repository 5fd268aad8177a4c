package org.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserSkipReasonTest {

    @Test
    void turningBrowserTestsOffSaysWhyAndHowToTurnThemOn() {
        String before = System.getProperty("safeguard.browser-tests");
        System.setProperty("safeguard.browser-tests", "false");
        try {
            assertThat(BrowserTestSupport.whyUnavailable())
                    .contains("-Dsafeguard.browser-tests=false").contains("apt-get install -y chromium chromium-driver");
        } finally {
            if (before == null) {
                System.clearProperty("safeguard.browser-tests");
            } else {
                System.setProperty("safeguard.browser-tests", before);
            }
        }
    }
}
