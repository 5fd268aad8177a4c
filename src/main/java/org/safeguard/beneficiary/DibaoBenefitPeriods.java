package org.safeguard.beneficiary;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.safeguard.policy.dibao.HukouType;
import org.safeguard.shared.BenefitPeriodEnded;
import org.safeguard.shared.BenefitPeriodStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the dibao caseload's benefit periods. A period is the run of months in which the same persons are
 * covered; it starts at enrolment and at every change of the covered members, and ends at a stop, a tapered exit or
 * the next change of members. Its start is found from the entitlements (the first one, then every one whose covered
 * members differ from the one before), so no extra state is kept.
 */
@Component
class DibaoBenefitPeriods {

    static final String BENEFIT = "DIBAO";

    private final BeneficiaryStore store;
    private final ApplicationEventPublisher events;

    DibaoBenefitPeriods(BeneficiaryStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    void started(UUID householdId, String regionCode, HukouType hukouType, List<UUID> covered, YearMonth from) {
        events.publishEvent(new BenefitPeriodStarted(BENEFIT, householdId, regionCode, urbanRural(hukouType), covered, from));
    }

    /** Ends the period in force in the month before {@code effective} (entitlements from then on are ignored) at {@code last}. */
    void ended(UUID householdId, YearMonth effective, YearMonth last, String reason) {
        Period p = periodBefore(householdId, effective);
        events.publishEvent(new BenefitPeriodEnded(BENEFIT, householdId, p.covered(), p.from(), last, reason));
    }

    /** The covered members change from {@code effective}: the old period ends the month before, a new one starts. */
    void membersChanged(UUID householdId, String regionCode, String hukouType, YearMonth effective, List<UUID> covered) {
        ended(householdId, effective, effective.minusMonths(1), "MEMBERS_CHANGED");
        events.publishEvent(new BenefitPeriodStarted(BENEFIT, householdId, regionCode,
                urbanRural(HukouType.valueOf(hukouType)), covered, effective));
    }

    private record Period(YearMonth from, List<UUID> covered) {
    }

    private Period periodBefore(UUID householdId, YearMonth effective) {
        List<BeneficiaryStore.EntitlementRow> rows = store.entitlements(householdId);
        // Only the current benefit period's rows: a household enrolled again keeps its earlier months' rows.
        YearMonth first = store.find(householdId).map(BeneficiaryStore.BeneficiaryRow::firstMonth).orElse(null);
        Period period = null;
        for (BeneficiaryStore.EntitlementRow e : rows) {
            if (first != null && e.fromMonth().isBefore(first)) {
                continue;
            }
            if (period != null && !e.fromMonth().isBefore(effective)) {
                break;
            }
            List<UUID> covered = DibaoAmounts.covered(FactsJson.read(e.factsJson()));
            if (period == null || !new HashSet<>(covered).equals(new HashSet<>(period.covered()))) {
                period = new Period(e.fromMonth(), covered);
            }
        }
        return period;
    }

    private static String urbanRural(HukouType hukouType) {
        return hukouType == HukouType.RURAL ? "RURAL" : "URBAN";
    }
}
