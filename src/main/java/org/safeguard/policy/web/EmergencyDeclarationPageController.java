package org.safeguard.policy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.policy.DeclarationAction;
import org.safeguard.policy.DeclarationState;
import org.safeguard.policy.DeclarationView;
import org.safeguard.policy.EmergencyDeclarations;
import org.safeguard.policy.EmergencyLevel;
import org.safeguard.policy.ExtraSubsidyRule;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Emergency declaration pages: the list for the user's area (filter by subtree, period and state), the proposal and
 * amendment form, one declaration with its flags and timeline, the check-answers page a reviewer confirms before
 * approving, and the reject and end forms.
 */
@Controller
@RequestMapping("/policy/emergencies")
class EmergencyDeclarationPageController {

    private final EmergencyDeclarations declarations;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    EmergencyDeclarationPageController(EmergencyDeclarations declarations, RegionCatalog regions, CurrentStaff currentStaff,
                                       MessageSource messages) {
        this.declarations = declarations;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('POLICY_READ')")
    String list(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) DeclarationState state,
                Model model) {
        StaffPrincipal staff = currentStaff.get();
        RegionCode region = regionCode == null || regionCode.isBlank() ? null
                : PolicyApiController.scopedRegion(regionCode, currentStaff, regions);
        LocalDate fromDate = null;
        LocalDate toDate = null;
        try {
            fromDate = EmergencyDeclarationApiController.date(from, "from");
            toDate = EmergencyDeclarationApiController.date(to, "to");
        } catch (SafeguardException e) {
            model.addAttribute("dateError", true);
        }
        model.addAttribute("declarations", declarations.list(region, fromDate, toDate, state, staff));
        model.addAttribute("regionOptions", regionOptions(staff));
        model.addAttribute("regionCode", region == null ? "" : region.value());
        model.addAttribute("from", fromDate == null ? "" : fromDate.toString());
        model.addAttribute("to", toDate == null ? "" : toDate.toString());
        model.addAttribute("state", state == null ? "" : state.name());
        model.addAttribute("states", DeclarationState.values());
        model.addAttribute("mayPropose", staff.may(Permission.POLICY_PROPOSE));
        return "policy/emergencies";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String form(Model model) {
        DeclarationForm form = new DeclarationForm(Map.of("regionCode", currentStaff.get().homeRegion().value(), "level", "HIGH"));
        return form(model, form, null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String propose(@RequestParam Map<String, String> all, Model model, RedirectAttributes redirect, Locale locale,
                   HttpServletResponse response) {
        DeclarationForm form = new DeclarationForm(all);
        try {
            DeclarationView view = declarations.propose(form.request(), currentStaff.get());
            redirect.addFlashAttribute("notice", "policy.emergency.notice.proposed");
            return "redirect:/policy/emergencies/" + view.id();
        } catch (SafeguardException e) {
            return refusedForm(e, model, form, null, locale, response);
        }
    }

    @GetMapping("/{id}/amend")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String amendForm(@PathVariable long id, Model model) {
        DeclarationView view = declarations.find(id, currentStaff.get());
        return form(model, DeclarationForm.of(view.declaration()), view, Map.of(), null);
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String amend(@PathVariable long id, @RequestParam Map<String, String> all, Model model, RedirectAttributes redirect,
                 Locale locale, HttpServletResponse response) {
        DeclarationView target = declarations.find(id, currentStaff.get());
        DeclarationForm form = new DeclarationForm(all);
        form.fields().put("regionCode", target.declaration().regionCode().value());
        try {
            DeclarationView view = declarations.amend(id, form.request(), currentStaff.get());
            redirect.addFlashAttribute("notice", "policy.emergency.notice.proposed");
            return "redirect:/policy/emergencies/" + view.id();
        } catch (SafeguardException e) {
            return refusedForm(e, model, form, target, locale, response);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    String detail(@PathVariable long id, Model model, Locale locale) {
        return page(id, model, locale, "policy/emergency");
    }

    /** Check answers: everything the declaration says, once more, with the approve button. */
    @GetMapping("/{id}/check")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    String check(@PathVariable long id, Model model, Locale locale) {
        return page(id, model, locale, "policy/emergency-check");
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    String approve(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(id, DeclarationAction.APPROVE, reason, null, redirect, locale);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(id, DeclarationAction.REJECT, reason, null, redirect, locale);
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    String end(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String endsOn,
               RedirectAttributes redirect, Locale locale) {
        return act(id, DeclarationAction.END, reason, endsOn, redirect, locale);
    }

    private String act(long id, DeclarationAction action, String reason, String endsOn, RedirectAttributes redirect, Locale locale) {
        StaffPrincipal staff = currentStaff.get();
        declarations.find(id, staff);
        try {
            switch (action) {
                case APPROVE -> declarations.approve(id, reason, staff);
                case REJECT -> declarations.reject(id, reason, staff);
                default -> declarations.end(id, EmergencyDeclarationApiController.date(endsOn, "endsOn"), reason, staff);
            }
            redirect.addFlashAttribute("notice", "policy.emergency.notice." + action.name());
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", text(e, locale));
        }
        return "redirect:/policy/emergencies/" + id;
    }

    private String page(long id, Model model, Locale locale, String template) {
        StaffPrincipal staff = currentStaff.get();
        DeclarationView view = declarations.find(id, staff);
        boolean mine = staff.username().equals(view.proposedBy());
        boolean inScope = staff.canSee(view.declaration().regionCode());
        model.addAttribute("d", view);
        model.addAttribute("regionName", regions.find(view.declaration().regionCode()).map(r -> r.name(locale)).orElse(""));
        model.addAttribute("isProposer", mine);
        model.addAttribute("mayDecide", inScope && !mine && staff.may(Permission.POLICY_APPROVE)
                && view.allowedActions().contains(DeclarationAction.APPROVE));
        model.addAttribute("mayAmend", inScope && staff.may(Permission.POLICY_PROPOSE)
                && view.allowedActions().contains(DeclarationAction.AMEND));
        model.addAttribute("mayEnd", inScope && staff.may(Permission.POLICY_APPROVE)
                && view.allowedActions().contains(DeclarationAction.END));
        return template;
    }

    private String refusedForm(SafeguardException e, Model model, DeclarationForm form, DeclarationView target, Locale locale,
                               HttpServletResponse response) {
        if (e.code() != ProblemCode.VALIDATION_FAILED) {
            throw e;
        }
        response.setStatus(400);
        return form(model, form, target, form.errors(e.fieldProblems(), messages, locale),
                messages.getMessage(e.messageKey(), null, locale));
    }

    private String form(Model model, DeclarationForm form, DeclarationView target, Map<String, String> errors, String summary) {
        model.addAttribute("form", form);
        model.addAttribute("target", target);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary);
        model.addAttribute("regionOptions", regionOptions(currentStaff.get()));
        model.addAttribute("levels", EmergencyLevel.values());
        model.addAttribute("singleFlags", DeclarationForm.singleFlags());
        model.addAttribute("extraRows", java.util.stream.IntStream.range(0, DeclarationForm.EXTRA_ROWS).boxed().toList());
        model.addAttribute("targetGroups", ExtraSubsidyRule.TargetGroup.values());
        model.addAttribute("amountTypes", ExtraSubsidyRule.AmountType.values());
        return "policy/emergency-form";
    }

    private String text(SafeguardException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
        for (FieldProblem p : e.fieldProblems()) {
            text += " " + messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
        }
        return text;
    }

    private List<Map<String, String>> regionOptions(StaffPrincipal staff) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Region r : regions.subtree(staff.homeRegion())) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("code", r.code().value());
            o.put("nameZh", r.nameZh());
            o.put("nameEn", r.nameEn());
            o.put("indent", "\u00a0\u00a0".repeat(Math.max(0, r.level().ordinal())));
            options.add(o);
        }
        return options;
    }
}
