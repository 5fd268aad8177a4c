package org.safeguard.household.web;

import java.util.List;
import java.util.Locale;

import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.stereotype.Component;

/** Region choices for the forms, always limited to the acting staff member's subtree, named in the UI language. */
@Component
class RegionOptions {

    /** One option; {@code depth} indents it under its parent in the search select. */
    record Option(String code, String label, int depth) {
    }

    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;

    RegionOptions(RegionCatalog regions, CurrentStaff currentStaff) {
        this.regions = regions;
        this.currentStaff = currentStaff;
    }

    /** Every region in scope (for search). */
    List<Option> inScope(Locale locale) {
        RegionCode home = currentStaff.get().homeRegion();
        int base = home.impliedLevel().ordinal();
        return regions.subtree(home).stream()
                .map(r -> new Option(r.code().value(), r.name(locale), r.level().ordinal() - base)).toList();
    }

    /** The communities and villages in scope: where a household can live. Labelled "township / community". */
    List<Option> communities(Locale locale) {
        return regions.subtree(currentStaff.get().homeRegion()).stream()
                .filter(r -> r.level() == RegionLevel.COMMUNITY)
                .map(r -> new Option(r.code().value(), parentName(r, locale) + " / " + r.name(locale), 0)).toList();
    }

    String name(String code, Locale locale) {
        return regions.find(code).map(r -> r.name(locale)).orElse(code);
    }

    /** Names from the staff member's home region down to {@code code}. */
    List<String> path(String code, Locale locale) {
        RegionCode home = currentStaff.get().homeRegion();
        return regions.ancestry(RegionCode.of(code)).stream().filter(r -> home.contains(r.code()))
                .map(r -> r.name(locale)).toList();
    }

    private String parentName(Region r, Locale locale) {
        return r.parentCode() == null ? "" : regions.find(r.parentCode()).map(p -> p.name(locale)).orElse("");
    }
}
