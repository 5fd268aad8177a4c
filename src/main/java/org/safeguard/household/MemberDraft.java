package org.safeguard.household;

/**
 * A member as submitted (API, form or import row), before validation. Enum-valued fields are text so
 * that a wrong value is reported against its field instead of failing the whole request.
 */
public record MemberDraft(String idNumber, String name, String relationship, Boolean coResiding, Boolean counted,
                          String exclusionReason, String phone, String disabilityCategory, Integer disabilityGrade,
                          Boolean seriousIllness, String labourAbility, String employmentStatus, String schooling,
                          String hukouRegionCode) {
}
