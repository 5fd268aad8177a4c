package org.safeguard.goodfaith.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safeguard.casework.CaseKindDefinition;
import org.safeguard.casework.CaseKinds;
import org.safeguard.goodfaith.CorrectionOutcome;
import org.safeguard.goodfaith.GoodFaithQueries;
import org.safeguard.goodfaith.GoodFaithView;
import org.safeguard.goodfaith.RecordCorrectionOutcome;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
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

/** The correction work list of simplified decisions and one record with its outcome form. */
@Controller
@RequestMapping("/good-faith")
class GoodFaithPageController {

    private final GoodFaithQueries queries;
    private final RecordCorrectionOutcome outcomes;
    private final RegionCatalog regions;
    private final CaseKinds kinds;
    private final MessageSource messages;

    GoodFaithPageController(GoodFaithQueries queries, RecordCorrectionOutcome outcomes, RegionCatalog regions,
                            CaseKinds kinds, MessageSource messages) {
        this.queries = queries;
        this.outcomes = outcomes;
        this.regions = regions;
        this.kinds = kinds;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('GOOD_FAITH_READ')")
    String list(@RequestParam(defaultValue = "OPEN") GoodFaithQueries.Filter filter, Model model, Locale locale) {
        GoodFaithQueries.Listing listing = queries.list(filter, null);
        model.addAttribute("listing", listing);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", GoodFaithQueries.Filter.values());
        model.addAttribute("regionNames", names(listing.records(), locale));
        return "goodfaith/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('GOOD_FAITH_READ')")
    String detail(@PathVariable long id, Model model, Locale locale) {
        return page(queries.find(id), Map.of(), null, null, model, locale);
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAuthority('GOOD_FAITH_CORRECT')")
    String outcome(@PathVariable long id, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
                   Model model, RedirectAttributes redirect, Locale locale) {
        try {
            if (version == null) {
                throw SafeguardException.invalid(FieldProblem.of("version", "REQUIRED"));
            }
            outcomes.record(id, GoodFaithApiController.parse(outcome), note, version);
            redirect.addFlashAttribute("notice", messages.getMessage("goodfaith.notice.recorded", null, locale));
            return "redirect:/good-faith/" + id;
        } catch (SafeguardException e) {
            if (e.code() == ProblemCode.NOT_FOUND || e.code() == ProblemCode.FORBIDDEN) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.fieldProblems()) {
                errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale));
            }
            if (errors.isEmpty()) {
                errors.put("", messages.getMessage(e.messageKey(), e.arguments().toArray(), e.code().name(), locale));
            }
            return page(queries.find(id), errors, outcome, note, model, locale);
        }
    }

    private String page(GoodFaithView record, Map<String, String> errors, String outcome, String note, Model model,
                        Locale locale) {
        model.addAttribute("r", record);
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of("outcome", outcome == null ? "" : outcome, "note", note == null ? "" : note));
        model.addAttribute("outcomes", CorrectionOutcome.values());
        model.addAttribute("regionName", names(List.of(record), locale).get(record.regionCode()));
        model.addAttribute("casePath", kinds.find(record.caseKind()).map(k -> pathOf(k, record)).orElse(null));
        return "goodfaith/detail";
    }

    private static String pathOf(CaseKindDefinition kind, GoodFaithView record) {
        return kind.pathOf(record.caseId());
    }

    private Map<String, String> names(List<GoodFaithView> records, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (GoodFaithView r : records) {
            names.computeIfAbsent(r.regionCode(), c -> regions.find(c).map(x -> x.name(locale)).orElse(c));
        }
        return names;
    }
}
