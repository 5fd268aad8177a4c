package org.safeguard.household;

import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a member's full ID number and phone, or a household's bank account, for a stated purpose, and writes the
 * reveal with its purpose to the audit log. A reveal without a purpose is refused before anything is read.
 */
@Service
public class RevealPersonalData {

    public record PersonalData(String idNumber, String phone) {
        @Override
        public String toString() {
            return "PersonalData[masked]";
        }
    }

    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final AuditTrail audit;

    RevealPersonalData(HouseholdStore store, HouseholdScope scope, AuditTrail audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public PersonalData member(UUID householdId, UUID memberId, RevealRequest why) {
        scope.requireVisible(householdId);
        RevealPurpose purpose = why.validated();
        var member = store.activeMembers(householdId).stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> SafeguardException.notFound("member"));
        audit.record(AuditRecord.of("PERSONAL_DATA_REVEALED", "HOUSEHOLD_MEMBER", memberId)
                .detail("household", householdId.toString())
                .detail("fields", member.phone() == null ? "idNumber" : "idNumber,phone")
                .detail("purpose", purpose.name()).detail("reference", why.referenceOrNull()).detail("note", why.noteOrNull()));
        return new PersonalData(member.idNumber(), member.phone());
    }

    @Transactional
    public String bankAccount(UUID householdId, RevealRequest why) {
        scope.requireVisible(householdId);
        RevealPurpose purpose = why.validated();
        String account = store.bankAccount(householdId).orElse(null);
        audit.record(AuditRecord.of("PERSONAL_DATA_REVEALED", "HOUSEHOLD", householdId)
                .detail("fields", "bankAccount").detail("purpose", purpose.name())
                .detail("reference", why.referenceOrNull()).detail("note", why.noteOrNull()));
        return account;
    }
}
