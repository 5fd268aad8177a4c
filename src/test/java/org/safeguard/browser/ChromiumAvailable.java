package org.safeguard.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests, before the application is started, when Chromium or its driver is missing or
 * {@code -Dsafeguard.browser-tests=false} is given. The reason (and how to enable them) goes to the test
 * report and to stdout, so it shows in the Maven log.
 */
class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = BrowserTestSupport.whyUnavailable();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (context.getTestMethod().isEmpty()) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
