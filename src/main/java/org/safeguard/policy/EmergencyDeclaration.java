package org.safeguard.policy;

import java.time.LocalDate;
import java.util.Objects;

import org.safeguard.shared.RegionCode;

/** An emergency declaration (domain.md §1.3); {@code endDate} is inclusive, null while not yet revoked. */
public record EmergencyDeclaration(Long id, RegionCode regionCode, String level, LocalDate startDate, LocalDate endDate,
                                   boolean remoteInvestigationAllowed, boolean exitsSuspended,
                                   boolean approvalDevolvedToTownship, boolean periodicReviewsExtended, String note) {

    public EmergencyDeclaration {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate before startDate");
        }
    }

    public boolean covers(RegionCode region, LocalDate date) {
        return regionCode.contains(region) && !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
