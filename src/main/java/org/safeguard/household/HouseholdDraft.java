package org.safeguard.household;

import java.util.List;

/** A household as submitted, before validation. */
public record HouseholdDraft(String regionCode, String hukouType, String address, String bankAccount, String bankName,
                             List<MemberDraft> members) {

    public HouseholdDraft {
        members = members == null ? List.of() : members;
    }
}
