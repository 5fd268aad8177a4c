package org.safeguard.household;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Moves an active member from one household to another as one audited operation. The head cannot be
 * moved (appoint another head first), and both households must be in the caller's region.
 */
@Service
public class MovePerson {

    public record Move(UUID targetHouseholdId, String relationship, Boolean coResiding, Boolean counted,
                       String exclusionReason, String reason) {
    }

    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final HouseholdValidation validation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MovePerson(HouseholdStore store, HouseholdScope scope, HouseholdValidation validation, AuditTrail audit,
               ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HouseholdView move(UUID householdId, UUID memberId, Move move) {
        scope.requireVisible(householdId);
        if (move.targetHouseholdId() == null) {
            throw SafeguardException.invalid(FieldProblem.of("targetHouseholdId", "REQUIRED"));
        }
        if (move.reason() == null || move.reason().isBlank()) {
            throw SafeguardException.invalid(FieldProblem.of("reason", "REQUIRED"));
        }
        scope.requireVisible(move.targetHouseholdId());
        if (move.targetHouseholdId().equals(householdId)) {
            throw SafeguardException.invalid(FieldProblem.of("targetHouseholdId", "SAME_HOUSEHOLD"));
        }
        HouseholdStore.MemberRow member = store.activeMembers(householdId).stream()
                .filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> SafeguardException.notFound("member"));
        if (member.relationship() == Relationship.HEAD) {
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "problem.headCannotMove");
        }
        HouseholdDraft target = store.draftOf(move.targetHouseholdId()).orElseThrow();
        MemberDraft current = store.draftOf(householdId).orElseThrow().members().stream()
                .filter(d -> d.idNumber().equals(member.idNumber())).findFirst().orElseThrow();
        MemberDraft moved = new MemberDraft(current.idNumber(), current.name(), move.relationship(), move.coResiding(),
                move.counted(), move.exclusionReason(), current.phone(), current.disabilityCategory(),
                current.disabilityGrade(), current.seriousIllness(), current.labourAbility(), current.employmentStatus(),
                current.schooling(), current.hukouRegionCode());
        List<FieldProblem> problems = new java.util.ArrayList<>();
        ValidMember valid = validation.checkMember(moved, problems);
        if (valid != null && valid.relationship() == Relationship.HEAD) {
            problems.add(FieldProblem.of("relationship", "ONE_HEAD_ONLY"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        Instant now = clock.instant();
        store.endMembership(memberId, now);
        UUID person = store.upsertPerson(valid, target.regionCode(), now);
        store.insertMember(move.targetHouseholdId(), person, valid, now);
        store.touch(householdId, now);
        store.touch(move.targetHouseholdId(), now);
        audit.record(AuditRecord.of("MEMBER_MOVED", "HOUSEHOLD", householdId)
                .detail("person", org.safeguard.shared.Masking.idNumber(member.idNumber()))
                .detail("from", householdId.toString()).detail("to", move.targetHouseholdId().toString())
                .detail("relationship", valid.relationship().name()).detail("reason", move.reason()));
        audit.record(AuditRecord.of("MEMBER_MOVED", "HOUSEHOLD", move.targetHouseholdId())
                .detail("person", org.safeguard.shared.Masking.idNumber(member.idNumber()))
                .detail("from", householdId.toString()).detail("to", move.targetHouseholdId().toString())
                .detail("relationship", valid.relationship().name()).detail("reason", move.reason()));
        events.publishEvent(new PersonMovedHousehold(person, householdId, store.regionOf(householdId).orElseThrow(),
                move.targetHouseholdId(), target.regionCode(), valid.counted()));
        return store.load(move.targetHouseholdId()).orElseThrow();
    }
}
