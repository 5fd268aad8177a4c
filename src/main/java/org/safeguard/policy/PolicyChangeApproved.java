package org.safeguard.policy;

import java.time.LocalDate;
import java.util.Set;

/**
 * A parameter proposal was approved and its versions recorded. When {@code effectiveFrom} lies in a month that
 * has already been paid (parameters are named as in the {@link ParameterCatalog}), the beneficiary module recalculates and books arrears or recoveries for the next payroll.
 */
public record PolicyChangeApproved(long proposalId, String regionCode, Set<String> parameters,
                                   LocalDate effectiveFrom, String proposedBy, String approvedBy) {
    public PolicyChangeApproved {
        parameters = Set.copyOf(parameters);
    }
}
