package org.safeguard.household.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.safeguard.household.HouseholdDraft;
import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberDraft;
import org.safeguard.household.MemberView;
import org.safeguard.household.RegisterHousehold;
import org.safeguard.household.ReviseHousehold;
import org.safeguard.shared.Masking;
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
 * Create and edit a household with its members. Adding or removing a member row is a submit button
 * ({@code addMember} / {@code removeMember}) that re-renders the form with what was typed; htmx swaps just
 * the form, a browser without JavaScript reloads the page. Saving validates through the use case, shows
 * each problem beside its field and in the summary, and on success redirects (303) to the household.
 */
@Controller
@PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
class HouseholdFormController {

    private final RegisterHousehold register;
    private final ReviseHousehold revise;
    private final HouseholdQueries queries;
    private final RegionOptions regions;
    private final MessageSource messages;

    HouseholdFormController(RegisterHousehold register, ReviseHousehold revise, HouseholdQueries queries,
                            RegionOptions regions, MessageSource messages) {
        this.register = register;
        this.revise = revise;
        this.queries = queries;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/households/new")
    String newForm(Model model, Locale locale) {
        return page(HouseholdForm.blank(), null, FormErrors.none(), model, locale, false);
    }

    @PostMapping("/households/new")
    Object create(@ModelAttribute("form") HouseholdForm form,
                  @RequestParam(required = false) String addMember,
                  @RequestParam(required = false) Integer removeMember,
                  Model model, Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        if (changeRows(form, addMember, removeMember)) {
            return page(form, null, FormErrors.none(), model, locale, Htmx.isHtmx(request));
        }
        try {
            HouseholdView created = register.register(form.toDraft(m -> null, null));
            redirect.addFlashAttribute("flash", "household.flash.created");
            return Redirects.seeOther("/households/" + created.id());
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty() && e.code() == ProblemCode.NOT_FOUND) {
                throw e;
            }
            return page(form, null, FormErrors.of(e, messages, locale), model, locale, Htmx.isHtmx(request));
        }
    }

    @GetMapping("/households/{id}/edit")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        HouseholdView view = queries.find(id);
        return page(HouseholdForm.of(view), view, FormErrors.none(), model, locale, false);
    }

    @PostMapping("/households/{id}/edit")
    Object update(@PathVariable UUID id, @ModelAttribute("form") HouseholdForm form,
                  @RequestParam(required = false) String addMember,
                  @RequestParam(required = false) Integer removeMember,
                  Model model, Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        HouseholdView view = queries.find(id);
        if (changeRows(form, addMember, removeMember)) {
            return page(form, view, FormErrors.none(), model, locale, Htmx.isHtmx(request));
        }
        HouseholdDraft stored = queries.editableDraft(id);
        Map<UUID, MemberDraft> storedMembers = storedByMemberId(view, stored);
        try {
            HouseholdDraft draft = form.toDraft(m -> storedMembers.get(m.getMemberId()), stored.bankAccount());
            revise.replace(id, draft, form.getVersion());
            redirect.addFlashAttribute("flash", "household.flash.updated");
            return Redirects.seeOther("/households/" + id);
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty() && e.code() == ProblemCode.NOT_FOUND) {
                throw e;
            }
            return page(form, view, FormErrors.of(e, messages, locale), model, locale, Htmx.isHtmx(request));
        }
    }

    /** Applies an "add member" or "remove member" button; true when one was pressed (then nothing is saved). */
    private static boolean changeRows(HouseholdForm form, String addMember, Integer removeMember) {
        if (addMember != null) {
            form.getMembers().add(MemberForm.empty(form.getMembers().isEmpty() ? "HEAD" : null));
            return true;
        }
        if (removeMember != null) {
            if (removeMember >= 0 && removeMember < form.getMembers().size()) {
                form.getMembers().remove((int) removeMember);
            }
            return true;
        }
        return false;
    }

    /**
     * The stored member behind each shown member: matched on the masked ID number and the name, which the
     * view and the stored draft share. The full values stay on the server.
     */
    private static Map<UUID, MemberDraft> storedByMemberId(HouseholdView view, HouseholdDraft stored) {
        Map<UUID, MemberDraft> byId = new java.util.HashMap<>();
        List<MemberDraft> unmatched = new ArrayList<>(stored.members());
        for (MemberView m : view.members()) {
            unmatched.stream()
                    .filter(d -> Objects.equals(Masking.idNumber(d.idNumber()), m.idNumberMasked())
                            && Objects.equals(d.name(), m.name()))
                    .findFirst().ifPresent(d -> {
                        byId.put(m.memberId(), d);
                        unmatched.remove(d);
                    });
        }
        return byId;
    }

    private String page(HouseholdForm form, HouseholdView existing, FormErrors errors, Model model, Locale locale,
                        boolean fragment) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("household", existing);
        model.addAttribute("action", existing == null ? "/households/new" : "/households/" + existing.id() + "/edit");
        model.addAttribute("communities", regions.communities(locale));
        FormOptions.addTo(model);
        model.addAttribute("backPath", existing == null ? "/households/new" : "/households/" + existing.id() + "/edit");
        return fragment ? "household/form :: householdForm" : "household/form";
    }
}
