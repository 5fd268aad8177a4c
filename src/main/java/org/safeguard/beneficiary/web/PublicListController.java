package org.safeguard.beneficiary.web;

import org.safeguard.beneficiary.PublishedCaseload;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public list of a community's dibao households, for the notice board and for anyone without an account
 * (2021 Art.24): masked names, household size and amount only, printable.
 */
@Controller
class PublicListController {

    private final PublishedCaseload published;
    private final RegionCatalog regions;

    PublicListController(PublishedCaseload published, RegionCatalog regions) {
        this.published = published;
        this.regions = regions;
    }

    @GetMapping("/public/dibao/{communityCode}")
    String list(@PathVariable String communityCode, Model model) {
        Region community = regions.find(communityCode).filter(r -> r.level() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> SafeguardException.notFound("community"));
        model.addAttribute("community", community);
        model.addAttribute("ancestry", regions.ancestry(community.code()));
        model.addAttribute("listing", published.of(communityCode));
        return "beneficiary/public-list";
    }
}
