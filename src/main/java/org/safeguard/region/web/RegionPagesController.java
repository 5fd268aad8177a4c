package org.safeguard.region.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The region tree from the staff member's home region down. With htmx a node expands in place
 * ({@code /regions/{code}/children} is a fragment); without JavaScript the node is a link to its own page.
 */
@Controller
@PreAuthorize("hasAuthority('REGION_READ')")
class RegionPagesController {

    /** A region as shown: named in the UI language; {@code expandable} when it can have children. */
    record Node(String code, String name, RegionLevel level, Region.UrbanRural urbanRural, boolean expandable) {
    }

    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;

    RegionPagesController(RegionCatalog regions, CurrentStaff currentStaff) {
        this.regions = regions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/regions")
    String tree(Model model, Locale locale) {
        return page(currentStaff.get().homeRegion().value(), model, locale);
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model, Locale locale) {
        return page(code, model, locale);
    }

    @GetMapping("/regions/{code}/children")
    String children(@PathVariable String code, Model model, Locale locale, HttpServletRequest request) {
        Region region = inScope(code);
        if (!"true".equals(request.getHeader("HX-Request"))) {
            return "redirect:/regions/" + region.code().value();
        }
        model.addAttribute("nodes", children(region, locale));
        return "region/tree :: children";
    }

    private String page(String code, Model model, Locale locale) {
        Region region = inScope(code);
        RegionCode home = currentStaff.get().homeRegion();
        List<Node> path = regions.ancestry(region.code()).stream().filter(r -> home.contains(r.code()))
                .map(r -> node(r, locale)).toList();
        model.addAttribute("region", node(region, locale));
        model.addAttribute("path", path);
        model.addAttribute("nodes", children(region, locale));
        model.addAttribute("backPath", "/regions/" + region.code().value());
        return "region/tree";
    }

    private List<Node> children(Region region, Locale locale) {
        return regions.children(region.code()).stream().map(r -> node(r, locale)).toList();
    }

    /** A region outside the caller's subtree does not exist for them. */
    private Region inScope(String code) {
        return regions.find(code).filter(r -> currentStaff.get().canSee(r.code()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Node node(Region r, Locale locale) {
        return new Node(r.code().value(), r.name(locale), r.level(), r.urbanRural(), r.level() != RegionLevel.COMMUNITY);
    }
}
