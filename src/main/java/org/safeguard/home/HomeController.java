package org.safeguard.home;

import java.util.Locale;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CurrentStaff currentStaff;
    private final RegionCatalog regions;
    private final HouseholdQueries households;

    HomeController(CurrentStaff currentStaff, RegionCatalog regions, HouseholdQueries households) {
        this.currentStaff = currentStaff;
        this.regions = regions;
        this.households = households;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        var staff = currentStaff.get();
        var region = regions.find(staff.homeRegion()).orElseThrow();
        model.addAttribute("regionName", region.name(locale));
        model.addAttribute("role", staff.role());
        model.addAttribute("regionCount", regions.subtree(staff.homeRegion()).size());
        if (staff.may(Permission.HOUSEHOLD_READ)) {
            model.addAttribute("counts", households.counts());
        }
        return "home/index";
    }
}
