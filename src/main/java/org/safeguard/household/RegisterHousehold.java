package org.safeguard.household;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a new household with its members. A person already in the registry is reused, never duplicated. */
@Service
public class RegisterHousehold {

    private final HouseholdValidation validation;
    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterHousehold(HouseholdValidation validation, HouseholdStore store, HouseholdScope scope, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.validation = validation;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public HouseholdView register(HouseholdDraft draft) {
        ValidHousehold household = validation.validate(draft);
        scope.requireWritable(household.region(), "regionCode");
        for (int i = 0; i < household.members().size(); i++) {
            ValidMember m = household.members().get(i);
            if (store.findPerson(m.idNumber().value()).flatMap(HouseholdStore.PersonRow::activeHouseholdId).isPresent()) {
                throw new SafeguardException(ProblemCode.PERSON_ALREADY_IN_HOUSEHOLD, "problem.personInHousehold",
                        java.util.List.of(i + 1), java.util.List.of(org.safeguard.shared.FieldProblem.of(
                        "members[" + i + "].idNumber", "PERSON_ALREADY_IN_HOUSEHOLD")));
            }
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        store.insertHousehold(id, household, now);
        for (ValidMember m : household.members()) {
            UUID person = store.upsertPerson(m, household.region().value(), now);
            store.insertMember(id, person, m, now);
        }
        HouseholdView view = store.load(id).orElseThrow();
        audit.record(AuditRecord.of("HOUSEHOLD_CREATED", "HOUSEHOLD", id).detail("after", AuditSnapshots.of(view)));
        events.publishEvent(new HouseholdCreated(id, view.regionCode(), view.members().stream().map(MemberView::personId).toList()));
        return view;
    }
}
