package org.safeguard.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Records a member's date of death on the person and publishes {@link PersonDied} after commit. The membership is
 * left alone: the caseloads decide what the death means for them, and the household is changed by its own edit.
 * Recording the same date again changes nothing (a department's file may be loaded twice); a different date is
 * refused, because a correction of a recorded death needs the record's owner, not a second report.
 */
@Service
public class RecordDeath {

    /** The request: the date, where it came from (a {@link DeathSource} name) and its reference (report or file). */
    public record Death(LocalDate dateOfDeath, String source, String reference) {
    }

    private final LifeEventStore lifeEvents;
    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    RecordDeath(LifeEventStore lifeEvents, HouseholdStore store, HouseholdScope scope, ApplicationEventPublisher events,
                AuditTrail audit, Clock clock) {
        this.lifeEvents = lifeEvents;
        this.store = store;
        this.scope = scope;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public HouseholdView record(UUID householdId, UUID memberId, Death death) {
        scope.requireVisible(householdId);
        LifeEventStore.PersonFacts person = lifeEvents.personOfMember(householdId, memberId)
                .orElseThrow(() -> SafeguardException.notFound("member"));
        DeathSource source = validate(death, person);
        if (person.dateOfDeath() != null) {
            if (person.dateOfDeath().equals(death.dateOfDeath())) {
                return store.load(householdId).orElseThrow();
            }
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "problem.deathAlreadyRecorded");
        }
        lifeEvents.recordDeath(person.personId(), death.dateOfDeath(), source.name(), clock.instant());
        String region = store.regionOf(householdId).orElseThrow();
        audit.record(AuditRecord.of("PERSON_DEATH_RECORDED", "HOUSEHOLD", householdId)
                .detail("person", person.personId().toString()).detail("dateOfDeath", death.dateOfDeath().toString())
                .detail("source", source.name()).detail("reference", death.reference()));
        events.publishEvent(new PersonDied(person.personId(), householdId, region, death.dateOfDeath(), source.name()));
        return store.load(householdId).orElseThrow();
    }

    private DeathSource validate(Death death, LifeEventStore.PersonFacts person) {
        List<FieldProblem> problems = new ArrayList<>();
        if (death == null || death.dateOfDeath() == null) {
            problems.add(FieldProblem.of("dateOfDeath", "REQUIRED"));
        } else if (death.dateOfDeath().isAfter(LocalDate.now(clock))) {
            problems.add(FieldProblem.of("dateOfDeath", "DATE_IN_FUTURE"));
        } else if (death.dateOfDeath().isBefore(person.birthDate())) {
            problems.add(FieldProblem.of("dateOfDeath", "BEFORE_BIRTH"));
        }
        DeathSource source = null;
        String raw = death == null ? null : death.source();
        if (raw == null || raw.isBlank()) {
            problems.add(FieldProblem.of("source", "REQUIRED"));
        } else {
            try {
                source = DeathSource.valueOf(raw.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("source", "UNKNOWN_VALUE"));
            }
        }
        if (death != null && death.reference() != null && death.reference().length() > 200) {
            problems.add(FieldProblem.of("reference", "TOO_LONG", 200));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        return source;
    }
}
