package org.safeguard.beneficiary;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.household.HouseholdRegionChanged;
import org.safeguard.household.PersonDied;
import org.safeguard.household.PersonMovedHousehold;
import org.safeguard.household.RegistryQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the caseload in step with the registry. The caseload's region is a copy (it scopes lists and payrolls and
 * picks the standard), so a region change or a move refreshes it from the registry's current value rather than from
 * the event's, which makes late or repeated deliveries harmless. A death or a member moving in or out is never
 * decided here: it becomes a change report with the reason, and the case goes to the caseworker's queue
 * (CHANGE_REPORTED, then UNDER_REVIEW for a death as when a caseworker reports one, §3.7). A case already in
 * review, taper or queued keeps its state and gets the report on its record; a death is applied in every state (the
 * member is no longer paid for from the month after, see {@link MemberDeaths}); a terminated case is left alone.
 */
@Component
class RegistryChangesListener {

    private final BeneficiaryStore store;
    private final BenefitLifecycle lifecycle;
    private final RegistryQueries registry;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final MemberDeaths deaths;
    private final Clock clock;

    RegistryChangesListener(BeneficiaryStore store, BenefitLifecycle lifecycle, RegistryQueries registry, JdbcClient jdbc,
                            AuditTrail audit, MemberDeaths deaths, Clock clock) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.registry = registry;
        this.jdbc = jdbc;
        this.audit = audit;
        this.deaths = deaths;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HouseholdRegionChanged e) {
        refreshRegion(e.householdId());
    }

    @ApplicationModuleListener
    void on(PersonMovedHousehold e) {
        for (UUID household : new UUID[] {e.fromHouseholdId(), e.toHouseholdId()}) {
            refreshRegion(household);
            String direction = household.equals(e.fromHouseholdId()) ? "left the household" : "joined the household";
            report(household, ManageDibaoBenefit.ChangeKind.MEMBERS, "Registry: member " + e.personId() + " " + direction, false);
        }
    }

    @ApplicationModuleListener
    void on(PersonDied e) {
        if (e.householdId() != null) {
            report(e.householdId(), ManageDibaoBenefit.ChangeKind.DEATH, "Registry: member " + e.personId() + " died on "
                    + e.dateOfDeath() + " (" + e.source() + ")", true, e.dateOfDeath(), e.personId().toString());
        }
    }

    private void refreshRegion(UUID householdId) {
        var current = store.find(householdId);
        var household = registry.household(householdId);
        if (current.isEmpty() || household.isEmpty() || current.get().regionCode().equals(household.get().regionCode())) {
            return;
        }
        String to = household.get().regionCode();
        jdbc.sql("update dibao_beneficiary set region_code = ?, updated_at = ?, version = version + 1 where household_id = ?")
                .params(to, Timestamp.from(clock.instant()), householdId).update();
        audit.record(AuditRecord.of("DIBAO_REGION_REFRESHED", "dibao_beneficiary", householdId)
                .detail("from", current.get().regionCode()).detail("to", to));
    }

    private void report(UUID householdId, ManageDibaoBenefit.ChangeKind kind, String note, boolean review) {
        report(householdId, kind, note, review, java.time.LocalDate.now(clock), null);
    }

    private void report(UUID householdId, ManageDibaoBenefit.ChangeKind kind, String note, boolean review,
                        java.time.LocalDate occurredOn, String personId) {
        var found = store.lock(householdId);
        if (found.isEmpty() || found.get().state() == BenefitState.TERMINATED) {
            return;
        }
        // A redelivered event must not report twice: the note names the person and the fact.
        if (store.changeReports(householdId).stream().anyMatch(r -> r.kind().equals(kind.name()) && r.note().equals(note))) {
            return;
        }
        store.insertChangeReport(householdId, kind.name(), occurredOn, note, lifecycle.actor(), clock.instant());
        BenefitState state = found.get().state();
        // Recorded in every state but TERMINATED (issue 9); a death is applied whatever the state (§3.7).
        state = lifecycle.apply(householdId, state, BenefitAction.REPORT_CHANGE, note);
        if (kind == ManageDibaoBenefit.ChangeKind.DEATH) {
            deaths.record(householdId, state, occurredOn, personId);
        } else if (review && BenefitTransitions.next(state, BenefitAction.START_REVIEW).isPresent()) {
            lifecycle.apply(householdId, state, BenefitAction.START_REVIEW, kind + " reported by the registry");
        }
    }
}
