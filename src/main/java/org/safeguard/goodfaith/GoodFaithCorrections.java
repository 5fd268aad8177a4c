package org.safeguard.goodfaith;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.policy.EmergencyDeclarationEnded;
import org.safeguard.policy.EmergencyOverlay;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.WorkingDayCalendar;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SimplifiedDecisionTaken;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every simplified decision as a good-faith record, and opens its re-check when the declaration that allowed
 * it ends: due within the region's working days (default 60) from the end, on the region's working-day calendar. A
 * decision recorded after all of its declarations have ended is due for re-check at once.
 */
@Component
class GoodFaithCorrections {

    private final GoodFaithStore store;
    private final EmergencyOverlay emergencies;
    private final PolicyParameters parameters;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    GoodFaithCorrections(GoodFaithStore store, EmergencyOverlay emergencies, PolicyParameters parameters,
                         WorkingDayCalendar calendar, AuditTrail audit, Clock clock) {
        this.store = store;
        this.emergencies = emergencies;
        this.parameters = parameters;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SimplifiedDecisionTaken decision) {
        if (!store.insert(decision, clock.instant())) {
            return;
        }
        GoodFaithStore.Row row = store.findByCase(decision.caseKind(), decision.caseId()).orElseThrow();
        audit.record(AuditRecord.of("GOOD_FAITH_RECORDED", "good_faith_record", row.id())
                .actingAs(decision.decidedBy())
                .detail("caseKind", decision.caseKind()).detail("case", decision.caseId().toString())
                .detail("procedures", String.join(",", row.procedures()))
                .detail("declarations", row.declarationIds().toString()));
        LocalDate today = LocalDate.now(clock);
        RegionCode region = RegionCode.of(decision.regionCode());
        if (Collections.disjoint(emergencies.flagsFor(region, today).declarationIds(), decision.declarationIds())) {
            open(row, today);
        }
    }

    @ApplicationModuleListener
    void on(EmergencyDeclarationEnded ended) {
        for (GoodFaithStore.Row row : store.awaitingCorrection(ended.declarationId())) {
            open(row, ended.endsOn());
        }
    }

    private void open(GoodFaithStore.Row row, LocalDate from) {
        RegionCode region = RegionCode.of(row.regionCode());
        int days = parameters.resolve(region, from).integer(GoodFaithParameterDeclarations.CORRECTION_WORKING_DAYS);
        LocalDate due = calendar.addWorkingDays(region, from, days);
        store.openCorrection(row.id(), from, due);
        audit.record(AuditRecord.of("GOOD_FAITH_CORRECTION_OPENED", "good_faith_record", row.id())
                .detail("from", from.toString()).detail("dueOn", due.toString()).detail("workingDays", days));
    }
}
