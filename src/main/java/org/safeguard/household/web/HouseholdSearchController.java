package org.safeguard.household.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.SearchCriteria;
import org.safeguard.household.SearchHit;
import org.safeguard.household.SearchPage;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Household search. One page, two renderings: the whole page, or only the results for htmx (active search).
 * A search by name or region may be a GET; a search by ID number or phone is a POST so the value stays out of URLs.
 */
@Controller
@PreAuthorize("hasAuthority('HOUSEHOLD_READ')")
class HouseholdSearchController {

    /** One result row with the region named in the UI language. */
    record Row(SearchHit hit, String regionName) {
    }

    private final HouseholdQueries queries;
    private final RegionOptions regions;
    private final MessageSource messages;

    HouseholdSearchController(HouseholdQueries queries, RegionOptions regions, MessageSource messages) {
        this.queries = queries;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/households")
    String list(@RequestParam(required = false) String name,
                @RequestParam(required = false) SearchCriteria.NameMatch nameMatch,
                @RequestParam(required = false) String regionCode,
                @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        SearchForm form = new SearchForm();
        form.setName(name);
        form.setNameMatch(nameMatch == null ? SearchCriteria.NameMatch.PREFIX : nameMatch);
        form.setRegionCode(regionCode);
        form.setPage(page);
        return render(form, request, response, model, locale);
    }

    @PostMapping("/households/search")
    String search(@ModelAttribute("search") SearchForm form, HttpServletRequest request, HttpServletResponse response,
                  Model model, Locale locale) {
        return render(form, request, response, model, locale);
    }

    /** A bookmarked or reloaded search address: nothing to repeat, so show the empty form. */
    @GetMapping("/households/search")
    String searchAddress() {
        return "redirect:/households";
    }

    private String render(SearchForm form, HttpServletRequest request, HttpServletResponse response, Model model,
                          Locale locale) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("search", form);
        model.addAttribute("errors", FormErrors.none());
        if (!form.isEmpty()) {
            try {
                SearchPage result = queries.search(form.toCriteria());
                List<Row> rows = result.items().stream().map(h -> new Row(h, regions.name(h.regionCode(), locale))).toList();
                model.addAttribute("result", result);
                model.addAttribute("rows", rows);
            } catch (SafeguardException e) {
                model.addAttribute("errors", searchErrors(e, locale));
            }
        }
        model.addAttribute("backPath", "/households");
        if (Htmx.isHtmx(request)) {
            return "household/list :: results";
        }
        model.addAttribute("regionOptions", regions.inScope(locale));
        return "household/list";
    }

    private FormErrors searchErrors(SafeguardException e, Locale locale) {
        if (e.code() == ProblemCode.NOT_FOUND) {
            // A region outside the caller's subtree: say so beside the region field.
            e = SafeguardException.invalid(FieldProblem.of("regionCode", "REGION_OUT_OF_SCOPE"));
        }
        return FormErrors.of(e, messages, locale);
    }
}
