package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 2012 county spot check: deterministic, and at every point at least the configured share of cases is picked. */
class SpotCheckPickTest {

    @ParameterizedTest
    @ValueSource(ints = {30, 50, 100, 1})
    void atEveryPointAtLeastThePercentageOfTheCountysCasesIsPicked(int percent) {
        int picked = 0;
        for (int n = 0; n < 1000; n++) {
            if (ApplicationDeadlines.picked(n, percent)) {
                picked++;
            }
            assertThat(picked * 100L).as("after %d cases", n + 1).isGreaterThanOrEqualTo((long) (n + 1) * percent);
            assertThat(ApplicationDeadlines.picked(n, percent)).isEqualTo(ApplicationDeadlines.picked(n, percent));
        }
        assertThat(picked).isEqualTo(percent * 10);
    }

    @ParameterizedTest
    @ValueSource(ints = {30})
    void theFirstCaseOfACountyIsAlwaysVisitedAndThePatternRepeats(int percent) {
        assertThat(ApplicationDeadlines.picked(0, percent)).isTrue();
        for (int n = 0; n < 100; n++) {
            assertThat(ApplicationDeadlines.picked(n + 100, percent)).isEqualTo(ApplicationDeadlines.picked(n, percent));
        }
    }
}
