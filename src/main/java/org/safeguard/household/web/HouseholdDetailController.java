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
import org.safeguard.household.RevealPurpose;
import org.safeguard.household.RevealRequest;
import org.safeguard.shared.ProblemCode;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The household page: members masked, history, and the audited reveal of a member's ID number and phone
 * or the bank account, after the user has said why (the purpose is asked first, in the cell or on a page). A reveal answers with the cell (htmx) or the whole page with that one value shown;
 * it is never redirected, so the full value is not kept in the session or the browser history.
 */
@Controller
class HouseholdDetailController {

    private final HouseholdQueries queries;
    private final RevealPersonalData reveal;
    private final HouseholdHistory history;
    private final RegionOptions regions;
    private final MessageSource messages;
    private final RecordDeath recordDeath;

    HouseholdDetailController(HouseholdQueries queries, RevealPersonalData reveal, HouseholdHistory history,
                              RegionOptions regions, MessageSource messages, RecordDeath recordDeath) {
        this.messages = messages;
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

    @GetMapping("/households/{id}/members/{memberId}/reveal")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ') and hasAuthority('PERSONAL_DATA_REVEAL')")
    String askMemberPurpose(@PathVariable UUID id, @PathVariable UUID memberId, Model model, HttpServletRequest request) {
        HouseholdView household = queries.find(id);
        var member = household.members().stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> org.safeguard.shared.SafeguardException.notFound("member"));
        return purposeForm(model, request, id, "/households/" + id + "/members/" + memberId + "/reveal",
                "identity-" + memberId, member.name(), new RevealRequest(null, null, null), FormErrors.none());
    }

    @PostMapping("/households/{id}/members/{memberId}/reveal")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ') and hasAuthority('PERSONAL_DATA_REVEAL')")
    String revealMember(@PathVariable UUID id, @PathVariable UUID memberId, RevealRequest form, Model model, Locale locale,
                        HttpServletRequest request, HttpServletResponse response) {
        RevealPersonalData.PersonalData data;
        try {
            data = reveal.member(id, memberId, form);
        } catch (org.safeguard.shared.SafeguardException e) {
            if (e.code() != ProblemCode.VALIDATION_FAILED) {
                throw e;
            }
            var member = queries.find(id).members().stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                    .orElseThrow(() -> org.safeguard.shared.SafeguardException.notFound("member"));
            return purposeForm(model, request, id, "/households/" + id + "/members/" + memberId + "/reveal",
                    "identity-" + memberId, member.name(), form, FormErrors.of(e, messages, locale));
        }
        model.addAttribute("revealed", Map.of(memberId, data));
        if (Htmx.isHtmx(request)) {
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("memberId", memberId);
            model.addAttribute("data", data);
            return "household/detail :: revealedMember";
        }
        return page(queries.find(id), model, locale, response);
    }

    @GetMapping("/households/{id}/bank-account/reveal")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ') and hasAuthority('PERSONAL_DATA_REVEAL')")
    String askBankPurpose(@PathVariable UUID id, Model model, Locale locale, HttpServletRequest request) {
        queries.find(id);
        return purposeForm(model, request, id, "/households/" + id + "/bank-account/reveal", "bank-account",
                messages.getMessage("household.field.bankAccount", null, locale), new RevealRequest(null, null, null),
                FormErrors.none());
    }

    @PostMapping("/households/{id}/bank-account/reveal")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ') and hasAuthority('PERSONAL_DATA_REVEAL')")
    String revealBankAccount(@PathVariable UUID id, RevealRequest form, Model model,
                             Locale locale, HttpServletRequest request, HttpServletResponse response) {
        String account;
        try {
            account = reveal.bankAccount(id, form);
        } catch (org.safeguard.shared.SafeguardException e) {
            if (e.code() != ProblemCode.VALIDATION_FAILED) {
                throw e;
            }
            return purposeForm(model, request, id, "/households/" + id + "/bank-account/reveal", "bank-account",
                    messages.getMessage("household.field.bankAccount", null, locale), form, FormErrors.of(e, messages, locale));
        }
        model.addAttribute("revealedBankAccount", account);
        if (Htmx.isHtmx(request)) {
            response.setHeader("Cache-Control", "no-store");
            return "household/detail :: revealedBank";
        }
        return page(queries.find(id), model, locale, response);
    }

    /** The purpose question: in the table cell (htmx) or as a page of its own. */
    private String purposeForm(Model model, HttpServletRequest request, UUID householdId, String action, String target,
                               String subject, RevealRequest form, FormErrors errors) {
        model.addAttribute("householdId", householdId);
        model.addAttribute("action", action);
        model.addAttribute("target", target);
        model.addAttribute("subject", subject);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("purposes", RevealPurpose.values());
        return Htmx.isHtmx(request) ? "household/reveal :: purposeForm" : "household/reveal";
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
