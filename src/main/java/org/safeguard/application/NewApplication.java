package org.safeguard.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Registering an application for a household already in the registry. {@code applicantPersonId} defaults to the
 * head; {@code submittedOn} to today. {@code nearRelativeOfStaff} registers the case separately (单独登记备案).
 */
public record NewApplication(UUID householdId, Channel channel, UUID applicantPersonId, LocalDate submittedOn,
                             Boolean nearRelativeOfStaff) {

    public boolean nearRelative() {
        return Boolean.TRUE.equals(nearRelativeOfStaff);
    }
}
