package org.safeguard.household;

import java.util.List;

import org.safeguard.shared.RegionCode;

/** A household that passed validation; only built by {@link HouseholdValidation}. */
public record ValidHousehold(RegionCode region, HukouType hukouType, String address, String bankAccount,
                             String bankName, List<ValidMember> members) {
}
