package org.safeguard.household;

import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shows a member's full ID number and phone, or a household's bank account, and writes the reveal to the audit log. */
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
    public PersonalData member(UUID householdId, UUID memberId, String reason) {
        scope.requireVisible(householdId);
        var member = store.activeMembers(householdId).stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> SafeguardException.notFound("member"));
        audit.record(AuditRecord.of("PERSONAL_DATA_REVEALED", "HOUSEHOLD_MEMBER", memberId)
                .detail("household", householdId.toString())
                .detail("fields", member.phone() == null ? "idNumber" : "idNumber,phone")
                .detail("reason", reason == null || reason.isBlank() ? null : reason));
        return new PersonalData(member.idNumber(), member.phone());
    }

    @Transactional
    public String bankAccount(UUID householdId, String reason) {
        scope.requireVisible(householdId);
        String account = store.bankAccount(householdId).orElse(null);
        audit.record(AuditRecord.of("PERSONAL_DATA_REVEALED", "HOUSEHOLD", householdId)
                .detail("fields", "bankAccount").detail("reason", reason == null || reason.isBlank() ? null : reason));
        return account;
    }
}
