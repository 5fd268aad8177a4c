package org.safeguard.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Registering an application for a household already in the registry. {@code applicantPersonId} defaults to the
 * head; {@code submittedOn} to today (for a draft: the date it was saved). {@code nearRelativeOfStaff} registers the case separately (单独登记备案).
 */
public record NewApplication(UUID householdId, Channel channel, UUID applicantPersonId, LocalDate submittedOn,
                             Boolean nearRelativeOfStaff, Boolean draft, Boolean residencePermit) {

    public NewApplication(UUID householdId, Channel channel, UUID applicantPersonId, LocalDate submittedOn,
                          Boolean nearRelativeOfStaff) {
        this(householdId, channel, applicantPersonId, submittedOn, nearRelativeOfStaff, null, null);
    }

    public NewApplication(UUID householdId, Channel channel, UUID applicantPersonId, LocalDate submittedOn,
                          Boolean nearRelativeOfStaff, Boolean draft) {
        this(householdId, channel, applicantPersonId, submittedOn, nearRelativeOfStaff, draft, null);
    }

    /** A member lives here with a residence permit and applies here rather than at the hukou place (2021 Art.5). */
    public boolean byResidencePermit() {
        return Boolean.TRUE.equals(residencePermit);
    }

    /** Saved as a draft: not submitted, no clock; only its author's queue shows it; SUBMIT later. */
    public boolean asDraft() {
        return Boolean.TRUE.equals(draft);
    }

    public boolean nearRelative() {
        return Boolean.TRUE.equals(nearRelativeOfStaff);
    }
}
