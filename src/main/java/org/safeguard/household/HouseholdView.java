package org.safeguard.household;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household as shown, personal fields masked. */
public record HouseholdView(UUID id, String regionCode, HukouType hukouType, String address, String bankAccountMasked,
                            String bankName, int version, Instant createdAt, Instant updatedAt,
                            List<MemberView> members) {

    public MemberView head() {
        return members.stream().filter(m -> m.relationship() == Relationship.HEAD).findFirst().orElse(null);
    }

    public long countedMembers() {
        return members.stream().filter(MemberView::counted).count();
    }
}
