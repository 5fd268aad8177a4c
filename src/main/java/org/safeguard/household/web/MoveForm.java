package org.safeguard.household.web;

import java.util.UUID;

import org.safeguard.household.MovePerson;

/** Moving a member to another household, as typed. */
public class MoveForm {

    private UUID targetHouseholdId;
    private String relationship;
    private boolean coResiding = true;
    private boolean counted = true;
    private String exclusionReason;
    private String reason;

    MovePerson.Move toMove() {
        return new MovePerson.Move(targetHouseholdId, relationship, coResiding, counted,
                exclusionReason == null || exclusionReason.isBlank() ? null : exclusionReason, reason);
    }

    public UUID getTargetHouseholdId() { return targetHouseholdId; }
    public void setTargetHouseholdId(UUID targetHouseholdId) { this.targetHouseholdId = targetHouseholdId; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public boolean isCoResiding() { return coResiding; }
    public void setCoResiding(boolean coResiding) { this.coResiding = coResiding; }
    public boolean isCounted() { return counted; }
    public void setCounted(boolean counted) { this.counted = counted; }
    public String getExclusionReason() { return exclusionReason; }
    public void setExclusionReason(String exclusionReason) { this.exclusionReason = exclusionReason; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
