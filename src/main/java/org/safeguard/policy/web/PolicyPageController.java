package org.safeguard.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.policy.ImpactPreview;
import org.safeguard.policy.ParameterProposals;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ProposalAction;
import org.safeguard.policy.ProposalQueries;
import org.safeguard.policy.ProposalRequest;
import org.safeguard.policy.ProposalState;
import org.safeguard.policy.ProposalView;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Parameter administration: the parameters in force for a region and date with their sources and history, the
 * proposal form, the list of proposals (and those waiting for the user), and one proposal with its impact preview
 * and the maker-checker actions.
 */
@Controller
@RequestMapping("/policy")
class PolicyPageController {

    /** Rows of the proposal form; blank rows are ignored. */
    static final int FORM_ROWS = 5;

    private final PolicyParameters parameters;
    private final ParameterProposals proposals;
    private final ProposalQueries queries;
    private final ImpactPreview preview;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;
    private final Clock clock;

    PolicyPageController(PolicyParameters parameters, ParameterProposals proposals, ProposalQueries queries,
                         ImpactPreview preview, RegionCatalog regions, CurrentStaff currentStaff, MessageSource messages,
                         Clock clock) {
        this.parameters = parameters;
        this.proposals = proposals;
        this.queries = queries;
        this.preview = preview;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('POLICY_READ')")
    String parameters(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String date,
                      Model model) {
        StaffPrincipal staff = currentStaff.get();
        String code = regionCode == null || regionCode.isBlank() ? staff.homeRegion().value() : regionCode.strip();
        RegionCode region = PolicyApiController.scopedRegion(code, currentStaff, regions);
        LocalDate on;
        try {
            on = PolicyApiController.parseDate(date, clock);
        } catch (SafeguardException e) {
            on = LocalDate.now(clock);
            model.addAttribute("dateError", true);
        }
        ParameterOverview overview = ParameterOverview.of(parameters.catalog(), parameters.resolve(region, on),
                parameters.historyAlongAncestry(region), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        model.addAttribute("overview", overview);
        model.addAttribute("catalog", overview.byModule());
        model.addAttribute("regionOptions", regionOptions(staff));
        model.addAttribute("regionCode", region.value());
        model.addAttribute("date", on.toString());
        model.addAttribute("mayPropose", staff.may(Permission.POLICY_PROPOSE));
        model.addAttribute("waiting", staff.may(Permission.POLICY_APPROVE) ? queries.waitingForMe() : List.of());
        return "policy/parameters";
    }

    @GetMapping("/proposals")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    String list(@RequestParam(required = false) ProposalState state, Model model) {
        StaffPrincipal staff = currentStaff.get();
        model.addAttribute("proposals", queries.list(state));
        model.addAttribute("waiting", staff.may(Permission.POLICY_APPROVE) ? queries.waitingForMe() : List.of());
        model.addAttribute("state", state == null ? "" : state.name());
        model.addAttribute("states", ProposalState.values());
        model.addAttribute("mayPropose", staff.may(Permission.POLICY_PROPOSE));
        return "policy/proposals";
    }

    @GetMapping("/proposals/new")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String form(@RequestParam(required = false) String regionCode, Model model) {
        List<ProposalRequest.Change> rows = new ArrayList<>();
        for (int i = 0; i < FORM_ROWS; i++) {
            rows.add(new ProposalRequest.Change("", ""));
        }
        return form(model, new ProposalRequest(regionCode == null ? currentStaff.get().homeRegion().value() : regionCode,
                LocalDate.now(clock).withDayOfMonth(1).plusMonths(1).toString(), "", rows), Map.of(), null);
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String propose(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String effectiveFrom,
                   @RequestParam(required = false) String reason, @RequestParam Map<String, String> all, Model model,
                   RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        List<ProposalRequest.Change> rows = new ArrayList<>();
        for (int i = 0; i < FORM_ROWS; i++) {
            rows.add(new ProposalRequest.Change(all.getOrDefault("parameter" + i, ""), all.getOrDefault("value" + i, "")));
        }
        ProposalRequest request = new ProposalRequest(regionCode, effectiveFrom, reason, rows);
        try {
            ProposalView view = proposals.propose(request);
            redirect.addFlashAttribute("notice", "policy.notice.proposed");
            return "redirect:/policy/proposals/" + view.id();
        } catch (SafeguardException e) {
            if (e.code() != ProblemCode.VALIDATION_FAILED && e.code() != ProblemCode.PARAMETER_LEVEL_NOT_ALLOWED) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return form(model, request, fieldErrors(e, rows, locale),
                    messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        }
    }

    @GetMapping("/proposals/{id}")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    String detail(@PathVariable long id, Model model, Locale locale) {
        ProposalView proposal = queries.find(id);
        model.addAttribute("regionNames", regionNames(proposal, locale));
        StaffPrincipal staff = currentStaff.get();
        boolean open = proposal.state() == ProposalState.PROPOSED;
        boolean isProposer = staff.username().equals(proposal.proposedBy());
        model.addAttribute("proposal", proposal);
        model.addAttribute("isProposer", isProposer);
        model.addAttribute("mayDecide", open && !isProposer && staff.may(Permission.POLICY_APPROVE));
        model.addAttribute("mayWithdraw", open && isProposer && staff.may(Permission.POLICY_PROPOSE));
        model.addAttribute("mayPreview", open && (staff.may(Permission.POLICY_PROPOSE) || staff.may(Permission.POLICY_APPROVE)));
        return "policy/proposal";
    }

    /** Runs the preview; htmx swaps in the preview section, a plain form post gets the page again. */
    @PostMapping("/proposals/{id}/preview")
    @PreAuthorize("hasAnyAuthority('POLICY_PROPOSE', 'POLICY_APPROVE')")
    String preview(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect, Locale locale) {
        queries.find(id);
        try {
            ProposalView view = preview.run(id);
            if (htmx != null) {
                model.addAttribute("proposal", view);
                model.addAttribute("regionNames", regionNames(view, locale));
                model.addAttribute("mayPreview", true);
                return "policy/proposal :: preview";
            }
            redirect.addFlashAttribute("notice", "policy.notice.previewed");
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND) {
                throw e;
            }
            String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
            if (htmx != null) {
                ProposalView view = queries.find(id);
                model.addAttribute("proposal", view);
                model.addAttribute("regionNames", regionNames(view, locale));
                model.addAttribute("mayPreview", true);
                model.addAttribute("previewError", text);
                return "policy/proposal :: preview";
            }
            redirect.addFlashAttribute("error", text);
        }
        return "redirect:/policy/proposals/" + id;
    }

    @PostMapping("/proposals/{id}/approve")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    String approve(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(id, ProposalAction.APPROVE, reason, redirect, locale);
    }

    @PostMapping("/proposals/{id}/reject")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(id, ProposalAction.REJECT, reason, redirect, locale);
    }

    @PostMapping("/proposals/{id}/withdraw")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return act(id, ProposalAction.WITHDRAW, reason, redirect, locale);
    }

    private String act(long id, ProposalAction action, String reason, RedirectAttributes redirect, Locale locale) {
        queries.find(id);
        try {
            switch (action) {
                case APPROVE -> proposals.approve(id, reason);
                case REJECT -> proposals.reject(id, reason);
                default -> proposals.withdraw(id, reason);
            }
            redirect.addFlashAttribute("notice", "policy.notice." + action.name());
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND) {
                throw e;
            }
            String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
            for (FieldProblem p : e.fieldProblems()) {
                text += " " + messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
            }
            redirect.addFlashAttribute("error", text);
        }
        return "redirect:/policy/proposals/" + id;
    }

    private String form(Model model, ProposalRequest request, Map<String, String> errors, String summary) {
        model.addAttribute("form", request);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary);
        model.addAttribute("regionOptions", regionOptions(currentStaff.get()));
        model.addAttribute("parameterNames", parameters.catalog().all());
        model.addAttribute("backPath", "/policy/proposals/new");
        return "policy/proposal-form";
    }

    /** Field problems keyed by form field name (changes[i] are the form's rows i: blank rows are skipped before). */
    private Map<String, String> fieldErrors(SafeguardException e, List<ProposalRequest.Change> rows, Locale locale) {
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProposalRequest.Change c = rows.get(i);
            if (!(c.parameter().isBlank() && c.value().isBlank())) {
                given.add(i);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            String field = p.field();
            var m = java.util.regex.Pattern.compile("changes\\[(\\d+)]\\.(parameter|value)").matcher(field);
            if (m.matches()) {
                int row = given.get(Integer.parseInt(m.group(1)));
                field = m.group(2) + row;
            } else if (field.equals("changes")) {
                field = "parameter0";
            }
            String text = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale);
            errors.merge(field, text, (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Names of the proposal's region and of the preview's rows, in the reader's language. */
    private Map<String, String> regionNames(ProposalView proposal, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        codes.add(proposal.regionCode());
        if (proposal.preview() != null) {
            proposal.preview().rows().forEach(r -> codes.add(r.regionCode()));
        }
        for (String code : codes) {
            regions.find(code).ifPresent(r -> names.put(code, r.name(locale)));
        }
        return names;
    }

    private List<Map<String, String>> regionOptions(StaffPrincipal staff) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Region r : regions.subtree(staff.homeRegion())) {
            options.add(Map.of("code", r.code().value(), "nameZh", r.nameZh(), "nameEn", r.nameEn(),
                    "indent", "\u00a0\u00a0".repeat(Math.max(0, r.level().ordinal()))));
        }
        return options;
    }
}
