package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one query every module asks for emergency flags (domain.md §1.3): what the approved declarations for a region
 * and its ancestors switch on for a date. Nobody keeps a copy: ending or amending a declaration changes the answer
 * at once, and {@link EmergencyFlagEnded} tells holders to ask again.
 */
@Service
public class EmergencyOverlay {

    private final EmergencyDeclarationStore store;

    EmergencyOverlay(EmergencyDeclarationStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public EmergencyFlags flagsFor(RegionCode region, LocalDate date) {
        Set<EmergencyFlag> on = EnumSet.noneOf(EmergencyFlag.class);
        List<ExtraSubsidyRule> rules = new ArrayList<>();
        BigDecimal multiplier = null;
        List<Long> ids = new ArrayList<>();
        for (EmergencyDeclarationStore.Row row : store.settingFlagsOn(date)) {
            EmergencyDeclaration d = row.declaration();
            if (!d.covers(region, date)) {
                continue;
            }
            boolean holdsAny = false;
            for (DeclaredFlag f : d.flags()) {
                if (!f.holdsOn(date, d.startDate(), d.endDate())) {
                    continue;
                }
                holdsAny = true;
                on.add(f.flag());
                if (f.rule() != null) {
                    rules.add(f.rule());
                }
                if (f.multiplier() != null && (multiplier == null || f.multiplier().compareTo(multiplier) > 0)) {
                    multiplier = f.multiplier();
                }
            }
            if (holdsAny) {
                ids.add(row.id());
            }
        }
        return ids.isEmpty() ? EmergencyFlags.NONE : new EmergencyFlags(on, rules, multiplier, ids);
    }
}
