package org.safeguard.shared;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A benefit covers these persons from {@code from} on (open-ended until a {@link BenefitPeriodEnded} with the same
 * benefit, case and {@code from}). Every caseload publishes it, so lists of "who is covered" (price subsidies, later
 * ones) follow every benefit without depending on its module. {@code benefit} is the benefit's code (DIBAO, ...);
 * {@code caseId} the caseload's own id of the case (the household for dibao); {@code urbanRural} is URBAN or RURAL,
 * the standard the benefit was assessed against.
 */
public record BenefitPeriodStarted(String benefit, UUID caseId, String regionCode, String urbanRural,
                                   List<UUID> payeePersonIds, YearMonth from) {
    public BenefitPeriodStarted {
        payeePersonIds = List.copyOf(payeePersonIds);
    }
}
