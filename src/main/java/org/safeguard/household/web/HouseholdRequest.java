package org.safeguard.household.web;

import java.util.List;

import org.safeguard.household.HouseholdDraft;
import org.safeguard.household.MemberDraft;

/** JSON body of POST and PUT /api/v1/households. */
record HouseholdRequest(String regionCode, String hukouType, String address, String bankAccount, String bankName,
                        Integer version, List<MemberRequest> members) {

    record MemberRequest(String idNumber, String name, String relationship, Boolean coResiding, Boolean countedInHousehold,
                         String exclusionReason, String phone, String disabilityCategory, Integer disabilityGrade,
                         Boolean seriousIllness, String labourAbility, String employmentStatus, String schooling,
                         String hukouRegionCode) {

        MemberDraft toDraft() {
            return new MemberDraft(idNumber, name, relationship, coResiding, countedInHousehold, exclusionReason, phone,
                    disabilityCategory, disabilityGrade, seriousIllness, labourAbility, employmentStatus, schooling,
                    hukouRegionCode);
        }

        @Override
        public String toString() {
            return "MemberRequest[" + relationship + "]";
        }
    }

    HouseholdDraft toDraft() {
        return new HouseholdDraft(regionCode, hukouType, address, bankAccount, bankName,
                members == null ? List.of() : members.stream().map(m -> m == null ? null : m.toDraft()).toList());
    }

    @Override
    public String toString() {
        return "HouseholdRequest[" + regionCode + "]";
    }
}
