package org.safeguard.household;

import org.safeguard.shared.RegionCode;

/** A member that passed validation; only built by {@link HouseholdValidation}. */
public record ValidMember(ResidentIdNumber idNumber, String name, Relationship relationship, boolean coResiding,
                          boolean counted, ExclusionReason exclusionReason, String phone,
                          DisabilityCategory disabilityCategory, Integer disabilityGrade, boolean seriousIllness,
                          LabourAbility labourAbility, EmploymentStatus employmentStatus, Schooling schooling,
                          RegionCode hukouRegion) {

    @Override
    public String toString() {
        return "ValidMember[" + idNumber + ", " + relationship + "]";
    }
}
