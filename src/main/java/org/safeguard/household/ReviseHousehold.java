package org.safeguard.household;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a household: either a full replacement (members matched by ID number; new ones join, missing
 * ones leave) or a partial change of the household's own fields. Optimistic: a stale version is refused.
 */
@Service
public class ReviseHousehold {

    /** The household's own fields a partial edit may change; null means "leave as is". */
    public record Patch(String regionCode, String hukouType, String address, String bankAccount, String bankName) {
    }

    private final HouseholdValidation validation;
    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviseHousehold(HouseholdValidation validation, HouseholdStore store, HouseholdScope scope, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.validation = validation;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HouseholdView replace(UUID id, HouseholdDraft draft, Integer expectedVersion) {
        scope.requireVisible(id);
        return apply(id, draft, expectedVersion);
    }

    @Transactional
    public HouseholdView patch(UUID id, Patch patch, Integer expectedVersion) {
        scope.requireVisible(id);
        HouseholdDraft current = store.draftOf(id).orElseThrow(() -> SafeguardException.notFound("household"));
        HouseholdDraft merged = new HouseholdDraft(
                patch.regionCode() != null ? patch.regionCode() : current.regionCode(),
                patch.hukouType() != null ? patch.hukouType() : current.hukouType(),
                patch.address() != null ? patch.address() : current.address(),
                patch.bankAccount() != null ? patch.bankAccount() : current.bankAccount(),
                patch.bankName() != null ? patch.bankName() : current.bankName(),
                current.members());
        return apply(id, merged, expectedVersion);
    }

    private HouseholdView apply(UUID id, HouseholdDraft draft, Integer expectedVersion) {
        ValidHousehold household = validation.validate(draft);
        scope.requireWritable(household.region(), "regionCode");
        HouseholdView before = store.load(id).orElseThrow();
        HouseholdDraft stored = store.draftOf(id).orElseThrow();
        if (expectedVersion == null) {
            // without the version the caller last saw, a concurrent edit would be overwritten silently
            throw SafeguardException.conflict(ProblemCode.VERSION_REQUIRED, "problem.versionRequired");
        }
        int version = expectedVersion;
        Instant now = clock.instant();
        if (!store.updateHousehold(id, version, household, now)) {
            throw SafeguardException.conflict(ProblemCode.STALE_VERSION, "problem.staleVersion");
        }
        Map<String, HouseholdStore.MemberRow> current = new HashMap<>();
        store.activeMembers(id).forEach(m -> current.put(m.idNumber(), m));
        List<ValidMember> members = household.members();
        for (var row : current.values()) {
            if (members.stream().noneMatch(m -> m.idNumber().value().equals(row.idNumber()))) {
                store.endMembership(row.memberId(), now);
            }
        }
        // Non-heads first: the old head must give up its marker before the new head takes it.
        for (boolean headPass : new boolean[] {false, true}) {
            for (ValidMember m : members) {
                HouseholdStore.MemberRow existing = current.get(m.idNumber().value());
                if (existing != null && (m.relationship() == Relationship.HEAD) == headPass) {
                    store.upsertPerson(m, household.region().value(), now);
                    store.updateMembership(existing.memberId(), id, m);
                    if (existing.counted() != m.counted()) {
                        events.publishEvent(new CountedStatusChanged(id, existing.personId(), m.counted(),
                                m.exclusionReason() == null ? null : m.exclusionReason().name()));
                    }
                }
            }
        }
        for (int i = 0; i < members.size(); i++) {
            ValidMember m = members.get(i);
            if (current.containsKey(m.idNumber().value())) {
                continue;
            }
            var elsewhere = store.findPerson(m.idNumber().value()).flatMap(HouseholdStore.PersonRow::activeHouseholdId);
            if (elsewhere.isPresent()) {
                throw new SafeguardException(ProblemCode.PERSON_ALREADY_IN_HOUSEHOLD, "problem.personInHousehold",
                        List.of(i + 1), List.of(FieldProblem.of("members[" + i + "].idNumber", "PERSON_ALREADY_IN_HOUSEHOLD")));
            }
            UUID person = store.upsertPerson(m, household.region().value(), now);
            store.insertMember(id, person, m, now);
        }
        HouseholdView after = store.load(id).orElseThrow();
        audit.record(AuditRecord.of("HOUSEHOLD_UPDATED", "HOUSEHOLD", id)
                .detail("before", AuditSnapshots.of(before)).detail("after", AuditSnapshots.of(after)));
        publishHouseholdChanges(id, stored, household);
        return after;
    }

    /** The registry events of the household's own fields; members' counted status is published where it changes. */
    private void publishHouseholdChanges(UUID id, HouseholdDraft stored, ValidHousehold now) {
        if (!stored.regionCode().equals(now.region().value())) {
            events.publishEvent(new HouseholdRegionChanged(id, stored.regionCode(), now.region().value()));
        }
        if (!java.util.Objects.equals(stored.bankAccount(), now.bankAccount())
                || !java.util.Objects.equals(stored.bankName(), now.bankName())) {
            events.publishEvent(new BankAccountChanged(id, now.region().value(), now.bankAccount() != null));
        }
    }
}
