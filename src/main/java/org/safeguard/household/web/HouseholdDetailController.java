package org.safeguard.household.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.RecordDeath;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.RevealPersonalData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The household page: members masked, history, and the audited reveal of a member's ID number and phone
 * or the bank account. A reveal answers with the cell (htmx) or the whole page with that one value shown;
 * it is never redirected, so the full value is not kept in the session or the browser history.
 */
@Controller
class HouseholdDetailController {

    private final HouseholdQueries queries;
    private final RevealPersonalData reveal;
    private final HouseholdHistory history;
    private final RegionOptions regions;
    private final RecordDeath recordDeath;

    HouseholdDetailController(HouseholdQueries queries, RevealPersonalData reveal, HouseholdHistory history,
                              RegionOptions regions, RecordDeath recordDeath) {
        this.queries = queries;
        this.reveal = reveal;
        this.history = history;
        this.regions = regions;
        this.recordDeath = recordDeath;
    }

    /** Records a member's death from the page, then shows the household again (post, redirect, get). */
    @PostMapping("/households/{id}/members/{memberId}/death")
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    String death(@PathVariable UUID id, @PathVariable UUID memberId,
                 @RequestParam(required = false) java.time.LocalDate dateOfDeath,
                 @RequestParam(required = false) String source, @RequestParam(required = false) String reference) {
        recordDeath.record(id, memberId, new RecordDeath.Death(dateOfDeath, source, reference));
        return "redirect:/households/" + id;
    }

    @GetMapping("/households/{id}")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ')")
    String show(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
        return page(queries.find(id), model, locale, response);
    }

    @PostMapping("/households/{id}/members/{memberId}/reveal")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ') and hasAuthority('PERSONAL_DATA_REVEAL')")
    String revealMember(@PathVariable UUID id, @PathVariable UUID memberId,
                        @RequestParam(required = false) String reason, Model model, Locale locale,
                        HttpServletRequest request, HttpServletResponse response) {
        RevealPersonalData.PersonalData data = reveal.member(id, memberId, reason);
        model.addAttribute("revealed", Map.of(memberId, data));
        if (Htmx.isHtmx(request)) {
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("memberId", memberId);
            model.addAttribute("data", data);
            return "household/detail :: revealedMember";
        }
        return page(queries.find(id), model, locale, response);
    }

    @PostMapping("/households/{id}/bank-account/reveal")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ') and hasAuthority('PERSONAL_DATA_REVEAL')")
    String revealBankAccount(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
                             Locale locale, HttpServletRequest request, HttpServletResponse response) {
        String account = reveal.bankAccount(id, reason);
        model.addAttribute("revealedBankAccount", account);
        if (Htmx.isHtmx(request)) {
            response.setHeader("Cache-Control", "no-store");
            return "household/detail :: revealedBank";
        }
        return page(queries.find(id), model, locale, response);
    }

    private String page(HouseholdView household, Model model, Locale locale, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("household", household);
        model.addAttribute("regionPath", regions.path(household.regionCode(), locale));
        model.addAttribute("history", history.of(household, locale));
        model.addAttribute("backPath", "/households/" + household.id());
        if (!model.containsAttribute("revealed")) {
            model.addAttribute("revealed", Map.of());
        }
        return "household/detail";
    }
}
