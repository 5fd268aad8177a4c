package org.safeguard.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member as shown: ID number and phone are always masked here; see {@link RevealPersonalData}. {@code dateOfDeath}
 * is null while the registry knows of no death.
 */
public record MemberView(UUID memberId, UUID personId, String idNumberMasked, String name, Sex sex, LocalDate birthDate,
                         String phoneMasked, Relationship relationship, boolean coResiding, boolean counted,
                         ExclusionReason exclusionReason, DisabilityCategory disabilityCategory, Integer disabilityGrade,
                         boolean seriousIllness, LabourAbility labourAbility, EmploymentStatus employmentStatus,
                         Schooling schooling, String hukouRegionCode, LocalDate dateOfDeath) {
}
