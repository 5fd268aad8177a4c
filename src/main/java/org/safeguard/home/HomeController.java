package org.safeguard.home;

import java.util.List;
import java.util.Locale;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.web.HomeFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CurrentStaff currentStaff;
    private final RegionCatalog regions;
    private final HouseholdQueries households;
    private final List<HomeFigures> figures;

    HomeController(CurrentStaff currentStaff, RegionCatalog regions, HouseholdQueries households, List<HomeFigures> figures) {
        this.currentStaff = currentStaff;
        this.regions = regions;
        this.households = households;
        this.figures = figures;
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
        model.addAttribute("figures", figures.stream().flatMap(f -> f.figuresFor(staff).stream()).toList());
        return "home/index";
    }
}
