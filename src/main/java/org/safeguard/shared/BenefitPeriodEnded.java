package org.safeguard.shared;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The period of a benefit that started at {@code from} (see {@link BenefitPeriodStarted}) covers these persons up to
 * and including {@code to}. {@code to} before {@code from} means the period never began (stopped before its first
 * month). Naming the period by its start keeps a consumer right whatever order it receives an end and the start of
 * the next period in. {@code reason} is a stable code (STOPPED, TAPERED_EXIT, MEMBERS_CHANGED, ...).
 */
public record BenefitPeriodEnded(String benefit, UUID caseId, List<UUID> payeePersonIds, YearMonth from, YearMonth to,
                                 String reason) {
    public BenefitPeriodEnded {
        payeePersonIds = List.copyOf(payeePersonIds);
    }
}
