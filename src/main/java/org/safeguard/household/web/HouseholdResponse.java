package org.safeguard.household.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;

/** JSON shape of a household; ID numbers, phones and bank accounts masked. */
record HouseholdResponse(UUID id, String regionCode, String hukouType, String address, String bankAccount,
                         String bankName, int version, Instant createdAt, Instant updatedAt, List<Member> members) {

    record Member(UUID memberId, UUID personId, String idNumber, String name, String sex, LocalDate birthDate,
                  String phone, String relationship, boolean coResiding, boolean countedInHousehold,
                  String exclusionReason, String disabilityCategory, Integer disabilityGrade, boolean seriousIllness,
                  String labourAbility, String employmentStatus, String schooling, String hukouRegionCode,
                  LocalDate dateOfDeath) {

        static Member of(MemberView m) {
            return new Member(m.memberId(), m.personId(), m.idNumberMasked(), m.name(), m.sex().name(), m.birthDate(),
                    m.phoneMasked(), m.relationship().name(), m.coResiding(), m.counted(), HouseholdResponse.enumName(m.exclusionReason()),
                    HouseholdResponse.enumName(m.disabilityCategory()), m.disabilityGrade(), m.seriousIllness(), HouseholdResponse.enumName(m.labourAbility()),
                    HouseholdResponse.enumName(m.employmentStatus()), HouseholdResponse.enumName(m.schooling()), m.hukouRegionCode(),
                    m.dateOfDeath());
        }
    }

    static HouseholdResponse of(HouseholdView h) {
        return new HouseholdResponse(h.id(), h.regionCode(), h.hukouType().name(), h.address(), h.bankAccountMasked(),
                h.bankName(), h.version(), h.createdAt(), h.updatedAt(), h.members().stream().map(Member::of).toList());
    }

    static String enumName(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
