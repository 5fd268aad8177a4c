package org.safeguard.household.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.household.MovePerson;
import org.safeguard.household.SearchCriteria;
import org.safeguard.household.SearchHit;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moves a member to another household: the target is picked from a name search (GET, htmx active search
 * or a plain submit), then the move is one audited POST through {@link MovePerson}.
 */
@Controller
@PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
class MoveMemberController {

    /** A candidate household, named in the UI language. */
    record Target(SearchHit hit, String regionName) {
    }

    private final HouseholdQueries queries;
    private final MovePerson movePerson;
    private final RegionOptions regions;
    private final MessageSource messages;

    MoveMemberController(HouseholdQueries queries, MovePerson movePerson, RegionOptions regions, MessageSource messages) {
        this.queries = queries;
        this.movePerson = movePerson;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/households/{id}/members/{memberId}/move")
    String form(@PathVariable UUID id, @PathVariable UUID memberId, @RequestParam(required = false) String q,
                Model model, Locale locale, HttpServletRequest request) {
        HouseholdView household = queries.find(id);
        MemberView member = member(household, memberId);
        model.addAttribute("targets", targets(q, id, locale));
        model.addAttribute("q", q);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("move", new MoveForm());
            model.addAttribute("errors", FormErrors.none());
            return "household/move :: targets";
        }
        return page(household, member, new MoveForm(), q, FormErrors.none(), model, locale);
    }

    @PostMapping("/households/{id}/members/{memberId}/move")
    Object move(@PathVariable UUID id, @PathVariable UUID memberId, @ModelAttribute("move") MoveForm form,
                @RequestParam(required = false) String q, Model model, Locale locale, RedirectAttributes redirect) {
        HouseholdView household = queries.find(id);
        MemberView member = member(household, memberId);
        try {
            HouseholdView target = movePerson.move(id, memberId, form.toMove());
            redirect.addFlashAttribute("flash", "household.flash.moved");
            return Redirects.seeOther("/households/" + target.id());
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND && e.fieldProblems().isEmpty() && form.getTargetHouseholdId() != null
                    && !form.getTargetHouseholdId().equals(id)) {
                // The chosen target is not in the caller's region: report it on the field, not as a missing page.
                e = SafeguardException.invalid(org.safeguard.shared.FieldProblem.of("targetHouseholdId", "REGION_OUT_OF_SCOPE"));
            }
            model.addAttribute("targets", targets(q, id, locale));
            return page(household, member, form, q, FormErrors.of(e, messages, locale), model, locale);
        }
    }

    private String page(HouseholdView household, MemberView member, MoveForm form, String q, FormErrors errors,
                        Model model, Locale locale) {
        model.addAttribute("household", household);
        model.addAttribute("member", member);
        model.addAttribute("move", form);
        model.addAttribute("q", q);
        model.addAttribute("errors", errors);
        model.addAttribute("regionPath", regions.path(household.regionCode(), locale));
        FormOptions.addTo(model);
        model.addAttribute("backPath", "/households/" + household.id() + "/members/" + member.memberId() + "/move");
        return "household/move";
    }

    private List<Target> targets(String q, UUID source, Locale locale) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return queries.search(new SearchCriteria(null, q, SearchCriteria.NameMatch.CONTAINS, null, null, 0, 20))
                .items().stream().filter(h -> !h.householdId().equals(source))
                .map(h -> new Target(h, regions.name(h.regionCode(), locale))).toList();
    }

    private static MemberView member(HouseholdView household, UUID memberId) {
        return household.members().stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> SafeguardException.notFound("member"));
    }
}
