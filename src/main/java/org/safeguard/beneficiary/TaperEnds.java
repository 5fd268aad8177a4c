package org.safeguard.beneficiary;

import java.time.LocalDate;
import java.time.YearMonth;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The nightly end of tapered exits. An end of taper is an exit, so while a declaration suspends exits in the
 * household's region the taper is held (issue 9): its last month moves on to next month, which a payroll may already
 * be generated for, and the frozen amount goes on being paid; once exits are no longer suspended, the taper ends after
 * its (held) last month.
 */
@Component
class TaperEnds {

    private final BeneficiaryStore store;
    private final BenefitLifecycle lifecycle;
    private final DibaoAmounts amounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TaperEnds(BeneficiaryStore store, BenefitLifecycle lifecycle, DibaoAmounts amounts, AuditTrail audit,
              ApplicationEventPublisher events) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.amounts = amounts;
        this.audit = audit;
        this.events = events;
    }

    /** Returns how many tapers ended. */
    int run(LocalDate today) {
        int n = 0;
        YearMonth current = YearMonth.from(today);
        for (BeneficiaryStore.BeneficiaryRow b : store.tapersEndingBy(current)) {
            RegionCode region = RegionCode.of(b.regionCode());
            if (amounts.exitsSuspended(region, today)) {
                YearMonth held = current.plusMonths(1);
                if (b.lastMonth().isBefore(held)) {
                    store.setLastMonth(b.householdId(), held);
                    audit.record(AuditRecord.of("DIBAO_TAPER_HELD", "dibao_beneficiary", b.householdId())
                            .detail("lastMonth", b.lastMonth().toString()).detail("heldTo", held.toString())
                            .detail("declarations", amounts.declarations(region, today)));
                    events.publishEvent(new DibaoEnded(b.householdId(), held, "TAPERED_EXIT"));
                }
            } else if (b.lastMonth().isBefore(current)) {
                lifecycle.apply(b.householdId(), b.state(), BenefitAction.END_TAPER, "taper ended " + b.lastMonth());
                n++;
            }
        }
        return n;
    }
}
