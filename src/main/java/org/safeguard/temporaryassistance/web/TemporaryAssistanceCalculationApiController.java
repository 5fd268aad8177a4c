package org.safeguard.temporaryassistance.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.temporaryassistance.TaTraceRenderer;
import org.safeguard.temporaryassistance.TemporaryAssistanceCalculation;
import org.safeguard.temporaryassistance.TemporaryAssistanceResult;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calculations", description = "Benefit calculators; they store nothing")
class TemporaryAssistanceCalculationApiController {

    private final TemporaryAssistanceCalculation calculation;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final TaTraceRenderer renderer;

    TemporaryAssistanceCalculationApiController(TemporaryAssistanceCalculation calculation, RegionCatalog regions,
                                                CurrentStaff currentStaff, TaTraceRenderer renderer) {
        this.calculation = calculation;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.renderer = renderer;
    }

    @PostMapping("/api/v1/calculations/temporary-assistance")
    @PreAuthorize("hasAuthority('DASHBOARD')")
    @Operation(summary = "Temporary assistance: allowed or not with reason codes, base standard S, suggested amount, "
            + "township and county limits, approval level and help-first, with a readable trace",
            description = """
                    Any staff member, for a place of hardship (regionCode) in their area (else 404). Nothing is stored.
                    Rules (domain.md §16 item 11): S is the monthly dibao standard in force on requestDate at the place of
                    hardship (or the region's own temporary-assistance base), urban or rural by hukouType when localHukou is
                    true, otherwise by the place's own urban/rural classification (non-local people: no hukou check).
                    type EMERGENCY: S × persons × months (severity GENERAL 1, SERIOUS 2, SEVERE 3).
                    EXPENDITURE: allowed only if perCapitaIncome (monthly) < previousYearDisposableIncome ÷ 12 (the region's
                    parameter unless given here as a what-if), else INCOME_ABOVE_EXPENDITURE_LINE; amount = the smaller of
                    outOfPocketExpense (last 12 months) and 6 × S × persons.
                    UNINSURED_UNEMPLOYED: 3 × the urban S for one person, 2020-07-29 to 2021-12-31 (else OUTSIDE_PERIOD),
                    refused with INCOME_WITHIN_3_MONTHS (fewer than 3 months without income), UNEMPLOYMENT_INSURANCE or IN_DIBAO.
                    A region's tier table (TEMP_ASSIST_TIERS) replaces the amount formula for the types and tiers it lists.
                    Any type: a grant for the same cause (any region) within 12 months before requestDate refuses with
                    SAME_CAUSE_WITHIN_12_MONTHS (approvalLevel CASE_BY_CASE).
                    approvalLevel for requestedAmount if given, else suggestedAmount: ≤ 3 × S × n TOWNSHIP, ≤ 10 × S × n
                    COUNTY, above CASE_BY_CASE (n = persons; 1 for the one-off); helpFirstAllowed for an allowed EMERGENCY
                    at TOWNSHIP level. Money is decimal strings in yuan; suggestedAmount is rounded half-up to whole yuan
                    once and is 0 when not allowed. 400 problem codes: REQUIRED, UNKNOWN_VALUE, INVALID_FORMAT,
                    TOO_SMALL, TOO_LARGE, INVALID_REGION_CODE, GRANT_AFTER_REQUEST_DATE, NO_STANDARD, NO_URBAN_RURAL,
                    NO_DISPOSABLE_INCOME.""")
    ResponseEntity<TemporaryAssistanceCalculationResponse> calculate(@RequestBody TemporaryAssistanceCalculationRequest request,
                                                                     Locale locale) {
        var valid = TaRequestValidation.validate(request);
        if (!currentStaff.get().canSee(valid.region()) || regions.find(valid.region()).isEmpty()) {
            throw SafeguardException.notFound("region");
        }
        TemporaryAssistanceResult result = calculation.calculate(valid.region(), valid.facts(), valid.disposableIncome());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(TemporaryAssistanceCalculationResponse.of(result, renderer, locale));
    }
}
