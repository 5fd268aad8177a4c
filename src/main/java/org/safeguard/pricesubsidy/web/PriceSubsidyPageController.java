package org.safeguard.pricesubsidy.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.pricesubsidy.CoveredGroup;
import org.safeguard.pricesubsidy.GroupListImport;
import org.safeguard.pricesubsidy.GroupListJobs;
import org.safeguard.pricesubsidy.PriceDashboard;
import org.safeguard.pricesubsidy.PriceIndex;
import org.safeguard.pricesubsidy.PriceIndexRequest;
import org.safeguard.pricesubsidy.PriceIndices;
import org.safeguard.pricesubsidy.PriceIssuance;
import org.safeguard.pricesubsidy.PriceSubsidies;
import org.safeguard.pricesubsidy.PriceSubsidyResult;
import org.safeguard.pricesubsidy.PriceTraceRenderer;
import org.safeguard.pricesubsidy.UrbanRural;
import org.safeguard.shared.FieldProblem;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/** The price-subsidy page: dashboard, evaluations, index entry, calculator, issuance; and the list import page. */
@Controller
@RequestMapping("/price-subsidies")
class PriceSubsidyPageController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PriceDashboard dashboard;
    private final PriceIndices indices;
    private final PriceSubsidies subsidies;
    private final PriceIssuance issuance;
    private final GroupListJobs lists;
    private final PriceTraceRenderer renderer;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    PriceSubsidyPageController(PriceDashboard dashboard, PriceIndices indices, PriceSubsidies subsidies, PriceIssuance issuance,
                               GroupListJobs lists, PriceTraceRenderer renderer, CurrentStaff currentStaff,
                               MessageSource messages) {
        this.dashboard = dashboard;
        this.indices = indices;
        this.subsidies = subsidies;
        this.issuance = issuance;
        this.lists = lists;
        this.renderer = renderer;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PRICE_SUBSIDY_READ')")
    String page(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String month,
                @RequestParam(required = false) List<String> groups, @RequestParam(required = false) String urbanRural,
                Model model, Locale locale) {
        StaffPrincipal staff = currentStaff.get();
        String region = regionCode == null || regionCode.isBlank() ? staff.homeRegion().value() : regionCode.strip();
        if (!RegionCode.isWellFormed(region) || !staff.canSee(RegionCode.of(region))) {
            throw SafeguardException.notFound("region");
        }
        PriceDashboard.View view = dashboard.view(region);
        model.addAttribute("regionCode", region);
        model.addAttribute("view", view);
        model.addAttribute("rows", rows(view, locale));
        model.addAttribute("chartJson", chartJson(view, locale));
        model.addAttribute("issuances", issuance.list(region));
        model.addAttribute("indices", indices.list(null).stream()
                .sorted((a, b) -> b.month().compareTo(a.month())).limit(24).toList());
        model.addAttribute("groupsAll", CoveredGroup.values());
        model.addAttribute("mayRecord", staff.may(Permission.PRICE_INDEX_WRITE));
        model.addAttribute("mayIssue", staff.may(Permission.PAYROLL_GENERATE));
        model.addAttribute("mayImport", staff.may(Permission.PRICE_LIST_IMPORT));
        if (month != null && !month.isBlank()) {
            calculator(region, month, groups, urbanRural, model, locale);
        }
        return "pricesubsidy/index";
    }

    @PostMapping("/indices")
    @PreAuthorize("hasAuthority('PRICE_INDEX_WRITE')")
    String record(@RequestParam String regionCode, @RequestParam String month, @RequestParam String cpiYoy,
                  @RequestParam String foodYoy, @RequestParam(required = false) String scpiYoy,
                  @RequestParam String publishedOn, @RequestParam(required = false) String sourceRef,
                  RedirectAttributes redirect, Locale locale) {
        StaffPrincipal staff = currentStaff.get();
        String region = regionCode.strip();
        if (!RegionCode.isWellFormed(region) || !"000000000000".equals(region) && !staff.canSee(RegionCode.of(region))) {
            throw SafeguardException.notFound("region");
        }
        try {
            PriceIndexRequest request = new PriceIndexRequest(region, parseMonth(month), decimal(cpiYoy, "cpiYoy"),
                    decimal(foodYoy, "foodYoy"), scpiYoy == null || scpiYoy.isBlank() ? null : decimal(scpiYoy, "scpiYoy"),
                    date(publishedOn), sourceRef == null || sourceRef.isBlank() ? null : sourceRef.strip());
            var existing = subsidies.seriesFor(region, request.month()).filter(i -> i.regionCode().equals(region));
            PriceIndices.Recorded r = existing.isPresent() ? indices.correct(existing.get().id(), request) : indices.record(request);
            redirect.addFlashAttribute("notice", messages.getMessage(existing.isPresent() ? "pricesubsidy.notice.corrected"
                    : "pricesubsidy.notice.recorded", new Object[]{r.index().month().toString(), r.evaluations().size(),
                    r.evaluations().stream().filter(e -> e.triggered()).count()}, locale));
        } catch (SafeguardException e) {
            if (e.code() == org.safeguard.shared.ProblemCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", describe(e, locale));
            redirect.addFlashAttribute("indexForm", Map.of("regionCode", region, "month", month, "cpiYoy", cpiYoy,
                    "foodYoy", foodYoy, "publishedOn", publishedOn));
        }
        return "redirect:/price-subsidies?regionCode=" + region;
    }

    @PostMapping("/issuances")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String issue(@RequestParam String regionCode, @RequestParam String month, RedirectAttributes redirect, Locale locale) {
        try {
            PriceIssuance.Started s = issuance.start(regionCode.strip(), parseMonth(month));
            redirect.addFlashAttribute("notice", "payment.notice.started");
            return "redirect:/payrolls/" + s.payroll().id();
        } catch (SafeguardException e) {
            if (e.code() == org.safeguard.shared.ProblemCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", describe(e, locale));
            return "redirect:/price-subsidies?regionCode=" + regionCode.strip();
        }
    }

    @GetMapping("/lists")
    @PreAuthorize("hasAuthority('PRICE_LIST_IMPORT')")
    String listForm(Model model) {
        model.addAttribute("regionCode", currentStaff.get().homeRegion().value());
        model.addAttribute("groupsAll", EnumSet.complementOf(EnumSet.of(CoveredGroup.DIBAO)));
        model.addAttribute("columns", String.join(",", List.of("id_number", "name", "region_code", "urban_rural", "valid_from",
                "valid_to", "bank_name", "bank_account")));
        return "pricesubsidy/lists";
    }

    @PostMapping("/lists")
    @PreAuthorize("hasAuthority('PRICE_LIST_IMPORT')")
    String importList(@RequestParam String regionCode, @RequestParam(required = false) String group,
                      @RequestParam(required = false) String department, @RequestParam(required = false) MultipartFile file,
                      Model model, Locale locale) throws IOException {
        StaffPrincipal staff = currentStaff.get();
        if (!RegionCode.isWellFormed(regionCode.strip()) || !staff.canSee(RegionCode.of(regionCode.strip()))) {
            throw SafeguardException.notFound("region");
        }
        listForm(model);
        model.addAttribute("regionCode", regionCode.strip());
        model.addAttribute("department", department);
        model.addAttribute("group", group);
        try {
            if (file == null || file.isEmpty()) {
                throw SafeguardException.invalid(FieldProblem.of("file", "REQUIRED"));
            }
            GroupListJobs.Outcome o = lists.importOrQueue(new GroupListImport.Request(regionCode.strip(), group, department,
                    file.getOriginalFilename(), file), file.getSize());
            if (o.queued()) {
                return "redirect:/price-subsidies/lists/" + o.queuedId();
            }
            GroupListImport.Result r = o.result();
            model.addAttribute("result", r);
            model.addAttribute("problems", r.problems().stream().map(p -> Map.of("row", p.row(),
                    "column", p.column() == null ? "" : p.column(), "code", p.code(),
                    "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale))).toList());
        } catch (SafeguardException e) {
            if (e.code() == org.safeguard.shared.ProblemCode.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("error", describe(e, locale));
        }
        return "pricesubsidy/lists";
    }

    private void calculator(String region, String month, List<String> groups, String urbanRural, Model model, Locale locale) {
        try {
            Set<CoveredGroup> asked = EnumSet.noneOf(CoveredGroup.class);
            for (String g : groups == null ? List.<String>of() : groups) {
                if (CoveredGroup.isKnown(g)) {
                    asked.add(CoveredGroup.valueOf(g));
                }
            }
            if (asked.isEmpty()) {
                asked.add(CoveredGroup.DIBAO);
            }
            UrbanRural ur = "RURAL".equals(urbanRural) ? UrbanRural.RURAL : UrbanRural.URBAN;
            PriceSubsidyResult r = subsidies.calculate(region, parseMonth(month), asked, ur);
            model.addAttribute("calc", r);
            model.addAttribute("calcTrace", renderer.render(r.trace(), locale));
            model.addAttribute("calcForm", Map.of("month", month, "groups", asked.stream().map(Enum::name).toList(),
                    "urbanRural", ur.name()));
        } catch (SafeguardException e) {
            model.addAttribute("calcError", describe(e, locale));
        }
    }

    private List<Map<String, Object>> rows(PriceDashboard.View view, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PriceDashboard.Month m : view.months()) {
            var e = m.evaluation();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", m.month().toString());
            row.put("cpi", e.cpiYoy().stripTrailingZeros().toPlainString());
            row.put("food", e.foodYoy().stripTrailingZeros().toPlainString());
            row.put("cpiTrigger", e.cpiTrigger().stripTrailingZeros().toPlainString());
            row.put("foodTrigger", e.foodTrigger().stripTrailingZeros().toPlainString());
            row.put("triggered", e.triggered());
            row.put("by", String.join(", ", e.triggeringIndices()));
            row.put("rate", e.ratePercent().stripTrailingZeros().toPlainString());
            row.put("multiplier", e.multiplier().stripTrailingZeros().toPlainString());
            row.put("groups", e.coveredGroups().stream().map(g -> renderer.group(g, locale)).collect(Collectors.joining(", ")));
            row.put("dueBy", e.dueBy() == null ? "" : e.dueBy().toString());
            row.put("source", e.indexRegion());
            row.put("paid", m.paid().toPlainString());
            out.add(row);
        }
        return out;
    }

    private String chartJson(PriceDashboard.View view, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", view.months().stream().map(m -> m.month().toString()).toList());
        data.put("cpi", view.months().stream().map(m -> m.evaluation().cpiYoy()).toList());
        data.put("food", view.months().stream().map(m -> m.evaluation().foodYoy()).toList());
        data.put("cpiTrigger", view.months().stream().map(m -> m.evaluation().cpiTrigger()).toList());
        data.put("foodTrigger", view.months().stream().map(m -> m.evaluation().foodTrigger()).toList());
        data.put("triggered", view.months().stream().map(m -> m.evaluation().triggered()).toList());
        data.put("paid", view.months().stream().map(PriceDashboard.Month::paid).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        for (String k : List.of("cpi", "food", "cpiTrigger", "foodTrigger", "triggered", "paid", "percent", "yuan")) {
            labels.put(k, messages.getMessage("pricesubsidy.chart." + k, null, k, locale));
        }
        data.put("labels", labels);
        return JSON.writeValueAsString(data);
    }

    private String describe(SafeguardException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
        if (e.fieldProblems().isEmpty()) {
            return text;
        }
        return text + " " + e.fieldProblems().stream().limit(20)
                .map(p -> p.field() + ": " + messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale))
                .collect(Collectors.joining("; "));
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw SafeguardException.invalid(FieldProblem.of("month", "INVALID_MONTH"));
        }
    }

    private static BigDecimal decimal(String s, String field) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw SafeguardException.invalid(FieldProblem.of(field, "INVALID"));
        }
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw SafeguardException.invalid(FieldProblem.of("publishedOn", "INVALID"));
        }
    }
}
