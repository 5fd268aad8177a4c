package org.safeguard.beneficiary.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safeguard.beneficiary.BeneficiaryQueries;
import org.safeguard.beneficiary.ManageDibaoBenefit;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/** The caseload pages: list with next review dates, one household's dibao with its forms, the suspended-exit queue. */
@Controller
@RequestMapping("/beneficiaries")
class BeneficiaryPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BeneficiaryQueries queries;
    private final ManageDibaoBenefit management;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    BeneficiaryPageController(BeneficiaryQueries queries, ManageDibaoBenefit management, CurrentStaff currentStaff,
                              MessageSource messages) {
        this.queries = queries;
        this.management = management;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('BENEFICIARY_READ')")
    String list(@RequestParam(required = false) String regionCode,
                @RequestParam(defaultValue = "ALL") BeneficiaryQueries.Filter filter, Model model) {
        model.addAttribute("beneficiaries", queries.list(blank(regionCode), filter, 200));
        model.addAttribute("filter", Map.of("regionCode", regionCode == null ? "" : regionCode, "kind", filter.name()));
        model.addAttribute("filters", BeneficiaryQueries.Filter.values());
        return "beneficiary/list";
    }

    @GetMapping("/queue")
    @PreAuthorize("hasAuthority('BENEFICIARY_READ')")
    String queue(Model model) {
        model.addAttribute("queue", queries.queue());
        model.addAttribute("mayDecide", currentStaff.get().may(Permission.BENEFICIARY_DECIDE));
        return "beneficiary/queue";
    }

    @GetMapping("/{householdId}")
    @PreAuthorize("hasAuthority('BENEFICIARY_READ')")
    String detail(@PathVariable UUID householdId, Model model) {
        BeneficiaryQueries.Detail detail = queries.find(householdId);
        var staff = currentStaff.get();
        model.addAttribute("b", detail);
        model.addAttribute("factsJson", detail.facts() == null ? "" : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(detail.facts()));
        model.addAttribute("mayWrite", staff.may(Permission.BENEFICIARY_WRITE));
        model.addAttribute("mayDecide", staff.may(Permission.BENEFICIARY_DECIDE));
        model.addAttribute("changeKinds", ManageDibaoBenefit.ChangeKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "beneficiary/detail";
    }

    @PostMapping("/{householdId}/change-reports")
    @PreAuthorize("hasAuthority('BENEFICIARY_WRITE')")
    String report(@PathVariable UUID householdId, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String occurredOn, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Integer version, RedirectAttributes redirect, Locale locale) {
        return act(householdId, version, redirect, locale, "beneficiary.notice.changeReported", () -> management.reportChange(householdId,
                changeKind(kind), date(occurredOn), blank(note)));
    }

    @PostMapping("/{householdId}/reviews")
    @PreAuthorize("hasAuthority('BENEFICIARY_WRITE')")
    String review(@PathVariable UUID householdId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer version, RedirectAttributes redirect, Locale locale) {
        return act(householdId, version, redirect, locale, "beneficiary.notice.reviewStarted",
                () -> management.startReview(householdId, blank(reason)));
    }

    @PostMapping("/{householdId}/review-outcome")
    @PreAuthorize("hasAuthority('BENEFICIARY_DECIDE')")
    String outcome(@PathVariable UUID householdId, @RequestParam(required = false) String facts,
                   @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean membersFoundWork,
                   @RequestParam(defaultValue = "false") boolean incomeUnstable, @RequestParam(required = false) Integer version,
                   RedirectAttributes redirect, Locale locale) {
        return act(householdId, version, redirect, locale, "beneficiary.notice.decided", () -> {
            HouseholdFacts parsed = null;
            if (facts != null && !facts.isBlank()) {
                try {
                    parsed = JSON.readValue(facts, HouseholdFacts.class);
                } catch (RuntimeException e) {
                    throw SafeguardException.invalid(new FieldProblem("facts", "INVALID_FACTS",
                            "beneficiary.validation.INVALID_FACTS", java.util.List.of()));
                }
            }
            var result = management.recordOutcome(householdId, new ManageDibaoBenefit.Outcome(parsed, blank(reason),
                    membersFoundWork, incomeUnstable));
            redirect.addFlashAttribute("decision", result);
        });
    }

    @PostMapping("/{householdId}/queued-decision")
    @PreAuthorize("hasAuthority('BENEFICIARY_DECIDE')")
    String decideQueued(@PathVariable UUID householdId, @RequestParam(defaultValue = "false") boolean execute,
                        @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
                        RedirectAttributes redirect, Locale locale) {
        return act(householdId, version, redirect, locale, execute ? "beneficiary.notice.queuedExecuted" : "beneficiary.notice.queuedDismissed",
                () -> management.decideQueued(householdId, execute, blank(note)));
    }

    @ExceptionHandler(SafeguardException.class)
    ModelAndView notFound(SafeguardException e) {
        HttpStatus status = e.code() == ProblemCode.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    /** Runs the action at the version the page was rendered at (a hidden field of every form). */
    private String act(UUID id, Integer version, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
        try {
            management.atVersion(id, version, () -> {
                action.run();
                return null;
            });
            redirect.addFlashAttribute("notice", notice);
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", describe(e, locale));
        }
        return "redirect:/beneficiaries/" + id;
    }

    private String describe(SafeguardException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
        if (e.fieldProblems().isEmpty()) {
            return text;
        }
        return text + " " + e.fieldProblems().stream().limit(20)
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale))
                .collect(Collectors.joining("; "));
    }

    private static ManageDibaoBenefit.ChangeKind changeKind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ManageDibaoBenefit.ChangeKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw SafeguardException.invalid(FieldProblem.of("kind", "INVALID_FORMAT"));
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw SafeguardException.invalid(FieldProblem.of("occurredOn", "INVALID_FORMAT"));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
