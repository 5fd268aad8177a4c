package org.safeguard.temporaryassistance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.temporaryassistance.AssistanceType;
import org.safeguard.temporaryassistance.Severity;
import org.safeguard.temporaryassistance.TaTraceRenderer;
import org.safeguard.temporaryassistance.TemporaryAssistanceCalculation;
import org.safeguard.temporaryassistance.UrbanRural;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff temporary-assistance calculator: the same request as the API, from a form fit for a phone (the few
 * fields every request needs first, the rest folded by type), answered with the same calculation. Stores nothing.
 * Each problem is shown beside its field and in a summary at the top.
 */
@Controller
@RequestMapping("/temporary-assistance/calculator")
@PreAuthorize("hasAuthority('DASHBOARD')")
class TaCalculatorPageController {

    static final List<String> CAUSES = List.of("FIRE", "ILLNESS", "ISOLATION", "DEATH", "ACCIDENT", "DISASTER", "STRANDED",
            "UNEMPLOYMENT", "EDUCATION_EXPENDITURE", "MEDICAL_EXPENDITURE", "OTHER");

    private final TemporaryAssistanceCalculation calculation;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final TaTraceRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;

    TaCalculatorPageController(TemporaryAssistanceCalculation calculation, RegionCatalog regions, CurrentStaff currentStaff,
                               TaTraceRenderer renderer, MessageSource messages, Clock clock) {
        this.calculation = calculation;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        TaCalculatorForm form = new TaCalculatorForm();
        form.setRequestDate(LocalDate.now(clock).toString());
        form.setRegionCode(currentStaff.get().homeRegion().value());
        return page(model, form, Map.of());
    }

    @PostMapping
    String calculate(@ModelAttribute("form") TaCalculatorForm form, Model model, Locale locale) {
        Set<String> unreadable = new TreeSet<>();
        var request = request(form, unreadable);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            var valid = TaRequestValidation.validate(request);
            if (!currentStaff.get().canSee(valid.region()) || regions.find(valid.region()).isEmpty()) {
                throw SafeguardException.invalid(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
            }
            if (unreadable.isEmpty()) {
                var result = calculation.calculate(valid.region(), valid.facts(), valid.disposableIncome());
                model.addAttribute("result", TemporaryAssistanceCalculationResponse.of(result, renderer, locale));
            }
        } catch (SafeguardException e) {
            for (FieldProblem p : e.fieldProblems()) {
                errors.merge(formField(p.field()), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale),
                        (a, b) -> a + " " + b);
            }
        }
        for (String field : unreadable) {
            errors.put(field, messages.getMessage("validation.INVALID_FORMAT", null, "INVALID_FORMAT", locale));
        }
        return page(model, form, errors);
    }

    private TemporaryAssistanceCalculationRequest request(TaCalculatorForm f, Set<String> unreadable) {
        var unemployment = f.getType() != null && f.getType().equals(AssistanceType.UNINSURED_UNEMPLOYED.name())
                ? new TemporaryAssistanceCalculationRequest.UnemploymentRequest(integer(f.getMonthsWithoutIncome(),
                        "monthsWithoutIncome", unreadable), f.isUnemploymentInsurance(), f.isInDibao())
                : null;
        List<TemporaryAssistanceCalculationRequest.GrantRequest> grants = new ArrayList<>();
        if (!blank(f.getGrant1Cause()) || !blank(f.getGrant1Date())) {
            grants.add(new TemporaryAssistanceCalculationRequest.GrantRequest(f.getGrant1Cause(), f.getGrant1Date(), blankToNull(f.getGrant1Region())));
        }
        if (!blank(f.getGrant2Cause()) || !blank(f.getGrant2Date())) {
            grants.add(new TemporaryAssistanceCalculationRequest.GrantRequest(f.getGrant2Cause(), f.getGrant2Date(), blankToNull(f.getGrant2Region())));
        }
        return new TemporaryAssistanceCalculationRequest(f.getRegionCode(), f.getRequestDate(), f.getType(),
                blankToNull(f.getHukouType()), blank(f.getLocalHukou()) ? null : Boolean.valueOf(f.getLocalHukou()),
                blankToNull(f.getSeverity()), integer(f.getPersons(), "persons", unreadable), f.getCause(),
                money(f.getRequestedAmount(), "requestedAmount", unreadable),
                money(f.getPerCapitaIncome(), "perCapitaIncome", unreadable),
                money(f.getOutOfPocketExpense(), "outOfPocketExpense", unreadable),
                money(f.getPreviousYearDisposableIncome(), "previousYearDisposableIncome", unreadable), unemployment, grants);
    }

    /** The API's field path as the form field's name ({@code previousGrants[1].date} is {@code grant2Date}). */
    static String formField(String path) {
        if (path.startsWith("unemployment.")) {
            return path.substring("unemployment.".length());
        }
        if (path.startsWith("previousGrants[") && path.length() > 18) {
            int i = path.charAt(15) - '0' + 1;
            String rest = path.substring(path.indexOf("].") + 2);
            return "grant" + i + Character.toUpperCase(rest.charAt(0)) + rest.substring(1).replace("regionCode", "Region").replace("RegionCode", "Region");
        }
        return path.equals("unemployment") ? "monthsWithoutIncome" : path;
    }

    private static Integer integer(String text, String field, Set<String> unreadable) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(field);
            return null;
        }
    }

    private static BigDecimal money(String text, String field, Set<String> unreadable) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(field);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private String page(Model model, TaCalculatorForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", errors.isEmpty() ? null : messages.getMessage("problem.validation", null,
                LocaleContextHolder.getLocale()));
        List<Map<String, String>> options = new ArrayList<>();
        for (Region r : regions.subtree(currentStaff.get().homeRegion())) {
            options.add(Map.of("code", r.code().value(), "nameZh", r.nameZh(), "nameEn", r.nameEn(),
                    "indent", "\u00a0\u00a0".repeat(r.level().ordinal())));
        }
        model.addAttribute("regionOptions", options);
        model.addAttribute("types", AssistanceType.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("hukouTypes", UrbanRural.values());
        model.addAttribute("causes", CAUSES);
        return "temporaryassistance/calculator";
    }
}
