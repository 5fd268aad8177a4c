package org.safeguard.household;

import java.util.UUID;

/** One search result: a matching person and the household they are an active member of. */
public record SearchHit(UUID householdId, String regionCode, HukouType hukouType, UUID memberId, String name,
                        String idNumberMasked, String phoneMasked, Relationship relationship, int memberCount) {
}
