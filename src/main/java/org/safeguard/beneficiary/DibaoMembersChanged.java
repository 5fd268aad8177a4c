package org.safeguard.beneficiary;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** From {@code fromMonth} the household's covered (counted) members are these persons. */
public record DibaoMembersChanged(UUID householdId, YearMonth fromMonth, List<UUID> coveredPersonIds) {
    public DibaoMembersChanged {
        coveredPersonIds = List.copyOf(coveredPersonIds);
    }
}
