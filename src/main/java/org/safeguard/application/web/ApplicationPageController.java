package org.safeguard.application.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguard.application.ActionRequest;
import org.safeguard.application.ApplicationAction;
import org.safeguard.application.ApplicationActionRefused;
import org.safeguard.application.ApplicationQueries;
import org.safeguard.application.ApplicationState;
import org.safeguard.application.ApplicationView;
import org.safeguard.application.Channel;
import org.safeguard.application.DibaoApplications;
import org.safeguard.application.RegisterDibaoApplication;
import org.safeguard.application.InvestigationMethod;
import org.safeguard.application.NewApplication;
import org.safeguard.application.Precondition;
import org.safeguard.application.ProcedureDefinitions;
import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.SearchCriteria;
import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.policy.dibao.TraceRenderer;
import org.safeguard.shared.Masking;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The application pages: work queue, registration wizard, case page with a form per allowed action, printouts. */
@Controller
@RequestMapping("/applications")
class ApplicationPageController {

    /** An action form on the case page: which extra fields it shows. */
    record ActionForm(ApplicationAction action, boolean needsReason) {
    }

    private final DibaoApplications applications;
    private final ApplicationFormParsing forms;
    private final RegisterDibaoApplication registration;
    private final ApplicationQueries queries;
    private final HouseholdQueries households;
    private final TraceRenderer traces;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    private final Clock clock;

    ApplicationPageController(DibaoApplications applications, RegisterDibaoApplication registration, ApplicationQueries queries, HouseholdQueries households,
                              TraceRenderer traces, CurrentStaff currentStaff, MessageSource messages,
                              Clock clock, ApplicationFormParsing forms) {
        this.forms = forms;
        this.clock = clock;
        this.applications = applications;
        this.registration = registration;
        this.queries = queries;
        this.households = households;
        this.traces = traces;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    String list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page, Model model,
                Locale locale) {
        ApplicationState st = parseState(state);
        ApplicationQueries.Page result;
        try {
            result = queries.list(new ApplicationQueries.Filter(st, overdue, blank(regionCode), mine, open, page, 50));
        } catch (SafeguardException e) {
            model.addAttribute("error", forms.describe(e, locale));
            result = queries.list(new ApplicationQueries.Filter(st, overdue, null, mine, open, page, 50));
        }
        model.addAttribute("page", result);
        model.addAttribute("states", ApplicationState.values());
        model.addAttribute("filter", Map.of("state", st == null ? "" : st.name(), "overdue", overdue, "regionCode",
                regionCode == null ? "" : regionCode, "mine", mine, "open", open));
        model.addAttribute("mayWrite", currentStaff.get().may(Permission.APPLICATION_WRITE));
        model.addAttribute("regionNames", forms.regionNames(result.items().stream().map(ApplicationView::regionCode).toList(), locale));
        return "application/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('APPLICATION_WRITE')")
    String wizard(@RequestParam(required = false) String householdId, @RequestParam(required = false) String name,
                  Model model) {
        if (blank(name) != null && blank(householdId) == null) {
            model.addAttribute("name", name.trim());
            model.addAttribute("hits", households.search(new SearchCriteria(null, name.trim(), SearchCriteria.NameMatch.PREFIX,
                    null, null, 0, 20)).items().stream().map(h -> Map.of("householdId", h.householdId().toString(),
                    "name", Masking.name(h.name()), "regionCode", h.regionCode(), "members", h.memberCount(),
                    "relationship", h.relationship().name())).toList());
        }
        model.addAttribute("form", new LinkedHashMap<>(Map.of("householdId", householdId == null ? "" : householdId,
                "channel", "WINDOW", "submittedOn", "", "applicantPersonId", "", "nearRelativeOfStaff", false, "residencePermit", false)));
        model.addAttribute("fieldErrors", Map.of());
        return wizardPage(householdId, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('APPLICATION_WRITE')")
    String register(@RequestParam(required = false) String householdId, @RequestParam(required = false) String channel,
                    @RequestParam(required = false) String submittedOn, @RequestParam(required = false) String applicantPersonId,
                    @RequestParam(defaultValue = "false") boolean nearRelativeOfStaff,
                    @RequestParam(defaultValue = "false") boolean draft,
                    @RequestParam(defaultValue = "false") boolean residencePermit, Model model,
                    RedirectAttributes redirect, Locale locale) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("householdId", householdId == null ? "" : householdId);
        form.put("channel", channel == null ? "" : channel);
        form.put("submittedOn", submittedOn == null ? "" : submittedOn);
        form.put("applicantPersonId", applicantPersonId == null ? "" : applicantPersonId);
        form.put("nearRelativeOfStaff", nearRelativeOfStaff);
        form.put("residencePermit", residencePermit);
        model.addAttribute("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID household = forms.parseUuid(householdId, "householdId", errors);
        Channel ch = null;
        try {
            ch = channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            errors.put("channel", message("validation.INVALID", locale));
        }
        LocalDate submitted = forms.parseDate(submittedOn, "submittedOn", errors, locale);
        UUID applicant = blank(applicantPersonId) == null ? null : forms.parseUuid(applicantPersonId, "applicantPersonId", errors);
        if (errors.isEmpty()) {
            try {
                UUID id = registration.register(new NewApplication(household, ch, applicant, submitted,
                        nearRelativeOfStaff, draft, residencePermit));
                redirect.addFlashAttribute("notice", message(draft ? "application.notice.draftSaved" : "application.notice.registered", locale));
                return "redirect:/applications/" + id;
            } catch (SafeguardException e) {
                if (e.code() == ProblemCode.FORBIDDEN) {
                    throw e;
                }
                errors.putAll(forms.fieldErrors(e, locale));
                if (errors.isEmpty()) {
                    model.addAttribute("error", forms.describe(e, locale));
                }
            }
        }
        model.addAttribute("fieldErrors", errors);
        return wizardPage(householdId, model);
    }

    private String wizardPage(String householdId, Model model) {
        HouseholdView household = null;
        if (blank(householdId) != null) {
            try {
                household = households.find(UUID.fromString(householdId.trim()));
            } catch (IllegalArgumentException | SafeguardException e) {
                household = null;
            }
        }
        model.addAttribute("household", household);
        model.addAttribute("channels", Channel.values());
        if (household != null) {
            model.addAttribute("members", household.members().stream()
                    .map(m -> Map.of("personId", m.personId().toString(), "name", Masking.name(m.name()),
                            "relationship", m.relationship().name())).toList());
        }
        return "application/new";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    String detail(@PathVariable UUID id, Model model, Locale locale) {
        ApplicationView app = queries.find(id);
        model.addAttribute("app", app);
        model.addAttribute("regionName", forms.regionNames(List.of(app.regionCode()), locale).get(app.regionCode()));
        model.addAttribute("transitions", queries.transitions(id));
        model.addAttribute("members", queries.members(id));
        List<ActionForm> forms = new ArrayList<>();
        for (ApplicationAction a : app.allowedActions()) {
            var rule = ProcedureDefinitions.require(app.procedure(), app.state(), a);
            forms.add(new ActionForm(a, rule.preconditions().contains(Precondition.REASON_GIVEN)));
        }
        model.addAttribute("actionForms", forms);
        model.addAttribute("methods", InvestigationMethod.values());
        model.addAttribute("assignees", app.allowedActions().contains(ApplicationAction.REASSIGN) ? queries.assignees(id) : List.of());
        model.addAttribute("missingMaterialLabels", app.materials().stream().filter(ApplicationView.Material::missing)
                .map(m -> message("application.material." + m.code(), locale)).collect(java.util.stream.Collectors.joining("\n")));
        model.addAttribute("incomeTypes", IncomeType.values());
        model.addAttribute("assetTypes", AssetType.values());
        // the trainer's fixed clock (safeguard.clock.fixed) decides "today" here too, like every deadline
        model.addAttribute("today", LocalDate.now(clock));
        queries.calculation(id).ifPresent(result -> {
            model.addAttribute("calculation", result);
            model.addAttribute("trace", result.trace().stream().map(t -> traces.render(t, locale)).toList());
            model.addAttribute("reasons", result.reasons().stream().map(r -> traces.render(r, locale)).toList());
        });
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "application/detail";
    }

    @PostMapping("/{id}/actions/{action}")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    String act(@PathVariable UUID id, @PathVariable ApplicationAction action, @RequestParam MultiValueMap<String, String> params,
               RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        ActionRequest request = forms.parseAction(params, errors, locale);
        try {
            if (!errors.isEmpty()) {
                throw SafeguardException.invalid(List.of());
            }
            applications.act(id, action, request);
            redirect.addFlashAttribute("notice", message("application.notice.done",
                    locale, message("application.action." + action.name(), locale)));
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND || e.code() == ProblemCode.FORBIDDEN) {
                throw e;
            }
            errors.putAll(forms.fieldErrors(e, locale));
            redirect.addFlashAttribute("error", e instanceof ApplicationActionRefused r ? forms.refusal(r, locale)
                    : message("application.error.summary", locale));
            redirect.addFlashAttribute("fieldErrors", errors);
            redirect.addFlashAttribute("failedAction", action.name());
        }
        return "redirect:/applications/" + id;
    }

    @GetMapping("/{id}/notices/public")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    String publicNotice(@PathVariable UUID id, Model model, Locale locale) {
        ApplicationQueries.Notice notice = queries.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("regionName", forms.regionNames(List.of(notice.regionCode()), locale).get(notice.regionCode()));
        return "application/notice-public";
    }

    @GetMapping("/{id}/notices/decision")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    String decisionNotice(@PathVariable UUID id, Model model, Locale locale) {
        ApplicationQueries.Notice notice = queries.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("regionName", forms.regionNames(List.of(notice.regionCode()), locale).get(notice.regionCode()));
        ApplicationView app = notice.application();
        if (app.decidedOn() != null) {
            model.addAttribute("firstMonth", YearMonth.from(app.decidedOn()).plusMonths(1).toString());
        }
        return "application/notice-decision";
    }

    @ExceptionHandler(SafeguardException.class)
    ModelAndView refused(SafeguardException e) {
        HttpStatus status = e.code() == ProblemCode.NOT_FOUND ? HttpStatus.NOT_FOUND
                : e.code() == ProblemCode.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static ApplicationState parseState(String state) {
        try {
            return state == null || state.isBlank() ? null : ApplicationState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static final EnumSet<ApplicationState> DECIDED = EnumSet.of(ApplicationState.APPROVED, ApplicationState.REJECTED,
            ApplicationState.TERMINATED_NONCOOPERATION);
}
