package org.safeguard.policy.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.DeductionType;
import org.safeguard.policy.dibao.DibaoCalculation;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.policy.dibao.TraceRenderer;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public dibao calculator: anyone, signed in or not, enters a household and gets eligibility, the amount and why,
 * from {@link DibaoCalculation} (nothing else computes amounts). Stores nothing. Blank member, asset and deduction rows
 * are ignored; each problem is shown beside its field.
 */
@Controller
@RequestMapping("/calculator")
class CalculatorPageController {

    private static final Pattern PATH = Pattern.compile("(members|assets|deductions)\\[(\\d+)](?:\\.(\\w+)(?:\\[(\\d+)]\\.(\\w+))?)?");

    private final DibaoCalculation calculation;
    private final RegionCatalog regions;
    private final TraceRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;

    CalculatorPageController(DibaoCalculation calculation, RegionCatalog regions, TraceRenderer renderer,
                             MessageSource messages, Clock clock) {
        this.calculation = calculation;
        this.regions = regions;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        CalculatorForm form = new CalculatorForm();
        form.setReferenceDate(LocalDate.now(clock).toString());
        return page(model, form, Map.of(), null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.OK)
    String calculate(@ModelAttribute("form") CalculatorForm form,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) String addMember,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) Integer removeMember,
                     Model model, Locale locale) {
        if (addMember != null || removeMember != null) {
            // add or remove a member row and show the form again, without calculating (works with or without htmx)
            if (addMember != null) {
                form.normalise();
                form.addMember();
            } else {
                form.removeMember(removeMember);
                form.normalise();
            }
            return page(model, form, Map.of(), null);
        }
        form.normalise();
        Built built = build(form);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            var valid = DibaoRequestValidation.validate(built.request());
            if (regions.find(valid.region()).isEmpty()) {
                throw SafeguardException.invalid(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
            }
            DibaoResult result = calculation.calculate(valid.region(), valid.referenceDate(), valid.household(), valid.overrides());
            model.addAttribute("result", DibaoCalculationResponse.of(result, renderer, locale));
        } catch (SafeguardException e) {
            for (FieldProblem p : e.fieldProblems()) {
                errors.merge(built.formField(p.field()), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale),
                        (a, b) -> a + " " + b);
            }
            for (String field : built.unreadable()) {
                errors.put(field, messages.getMessage("validation.INVALID_FORMAT", null, "INVALID_FORMAT", locale));
            }
            if (errors.isEmpty()) {
                errors.put("regionCode", messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale));
            }
        }
        return page(model, form, errors, errors.isEmpty() ? null : messages.getMessage("problem.validation", null, locale));
    }

    /** The API request the form stands for, and how its list indexes map back to form rows. */
    record Built(DibaoCalculationRequest request, List<Integer> memberRows, List<List<String>> incomeTypes,
                 List<Integer> assetRows, List<Integer> deductionRows, java.util.Set<String> unreadable) {

        String formField(String path) {
            Matcher m = PATH.matcher(path);
            if (!m.matches()) {
                return path;
            }
            int i = Integer.parseInt(m.group(2));
            String field = m.group(3);
            return switch (m.group(1)) {
                case "members" -> {
                    if (i >= memberRows.size()) {
                        yield "members[0].birthDate";
                    }
                    int row = memberRows.get(i);
                    if (m.group(4) != null) {
                        yield "members[" + row + "].incomes[" + incomeTypes.get(i).get(Integer.parseInt(m.group(4))) + "]";
                    }
                    yield "members[" + row + "]." + (field == null || field.equals("ref") ? "birthDate" : field);
                }
                case "assets" -> "assets[" + assetRows.get(i) + "]." + (field == null ? "type" : field.equals("ownerRef") ? "owner" : field);
                default -> "deductions[" + deductionRows.get(i) + "]." + (field == null ? "type" : field);
            };
        }
    }

    static Built build(CalculatorForm form) {
        java.util.Set<String> unreadable = new java.util.LinkedHashSet<>();
        List<DibaoCalculationRequest.MemberRequest> members = new ArrayList<>();
        List<Integer> memberRows = new ArrayList<>();
        List<List<String>> incomeTypes = new ArrayList<>();
        for (int r = 0; r < form.getMembers().size(); r++) {
            CalculatorForm.MemberRow row = form.getMembers().get(r);
            if (row.blank()) {
                continue;
            }
            List<DibaoCalculationRequest.IncomeRequest> incomes = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (IncomeType type : IncomeType.values()) {
                String amount = row.getIncomes().get(type.name());
                if (!CalculatorForm.isBlank(amount)) {
                    incomes.add(new DibaoCalculationRequest.IncomeRequest(type.name(),
                            decimal(amount, "members[" + r + "].incomes[" + type.name() + "]", unreadable)));
                    types.add(type.name());
                }
            }
            members.add(new DibaoCalculationRequest.MemberRequest(Integer.toString(r + 1), row.getBirthDate(),
                    !"false".equals(row.getCounted()), blankToNull(row.getExclusionReason()),
                    integer(row.getDisabilityGrade(), "members[" + r + "].disabilityGrade", unreadable),
                    row.isSeriousIllness(), incomes));
            memberRows.add(r);
            incomeTypes.add(types);
        }
        List<DibaoCalculationRequest.AssetRequest> assets = new ArrayList<>();
        List<Integer> assetRows = new ArrayList<>();
        for (int r = 0; r < form.getAssets().size(); r++) {
            CalculatorForm.AssetRow row = form.getAssets().get(r);
            if (!row.blank()) {
                assets.add(new DibaoCalculationRequest.AssetRequest(row.getType(),
                        decimal(row.getValue(), "assets[" + r + "].value", unreadable),
                        integer(row.getCount(), "assets[" + r + "].count", unreadable), blankToNull(row.getOwner())));
                assetRows.add(r);
            }
        }
        List<DibaoCalculationRequest.DeductionRequest> deductions = new ArrayList<>();
        List<Integer> deductionRows = new ArrayList<>();
        for (int r = 0; r < form.getDeductions().size(); r++) {
            CalculatorForm.DeductionRow row = form.getDeductions().get(r);
            if (!row.blank()) {
                deductions.add(new DibaoCalculationRequest.DeductionRequest(row.getType(),
                        decimal(row.getAmount(), "deductions[" + r + "].amount", unreadable)));
                deductionRows.add(r);
            }
        }
        return new Built(new DibaoCalculationRequest(form.getRegionCode(), form.getReferenceDate(), form.getHukouType(), members,
                assets, deductions, null), memberRows, incomeTypes, assetRows, deductionRows, unreadable);
    }

    /** An unreadable number is sent as -1 (so validation refuses it) and its field is remembered as unreadable. */
    private static BigDecimal decimal(String text, String field, java.util.Set<String> unreadable) {
        if (CalculatorForm.isBlank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(field);
            return BigDecimal.ONE.negate();
        }
    }

    private static Integer integer(String text, String field, java.util.Set<String> unreadable) {
        if (CalculatorForm.isBlank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(field);
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return CalculatorForm.isBlank(s) ? null : s.strip();
    }

    private String page(Model model, CalculatorForm form, Map<String, String> errors, String summary) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary);
        List<Map<String, String>> options = new ArrayList<>();
        for (Region root : regions.roots()) {
            for (Region r : regions.subtree(root.code())) {
                options.add(Map.of("code", r.code().value(), "nameZh", r.nameZh(), "nameEn", r.nameEn(),
                        "indent", "\u00a0\u00a0".repeat(r.level().ordinal())));
            }
        }
        model.addAttribute("regionOptions", options);
        model.addAttribute("hukouTypes", HukouType.values());
        model.addAttribute("incomeTypes", IncomeType.values());
        model.addAttribute("assetTypes", AssetType.values());
        model.addAttribute("deductionTypes", DeductionType.values());
        model.addAttribute("backPath", "/calculator");
        return "policy/calculator";
    }
}
