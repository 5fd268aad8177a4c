package org.safeguard.specialhardship.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.specialhardship.SpecialHardshipCalculation;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calculations", description = "Benefit calculators; they store nothing")
class SpecialHardshipCalculationApiController {

    private final SpecialHardshipCalculation calculation;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    SpecialHardshipCalculationApiController(SpecialHardshipCalculation calculation, RegionCatalog regions,
                                            CurrentStaff currentStaff, MessageSource messages) {
        this.calculation = calculation;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @PostMapping("/api/v1/calculations/special-hardship")
    @PreAuthorize("hasAuthority('DASHBOARD')")
    @Operation(summary = "Special hardship: the three conditions, basic living standard, care tier and standard, monthly "
            + "support, with a readable trace",
            description = """
                    Any staff member, for a region in their area (else 404). Nothing is stored. Rules (domain.md §16 item 10):
                    no work ability = aged 60 or over, or under 16 (under 18 from 2020-07-29), or a disability of INTELLECTUAL
                    or MENTAL grade 1-3, LIMB grade 1-2, VISUAL grade 1, MULTIPLE grade 1-2; no means of living = own
                    per-capita monthly income (6-month totals / 6) strictly below the dibao standard of hukouType, not counting
                    RESIDENT_BASIC_PENSION, OLD_AGE_ALLOWANCE, PREFERENTIAL_PENSION and what dibao never counts, and the
                    region's dibao asset rules pass; no able supporter = none, or every one SPECIAL_HARDSHIP, DIBAO aged 60+,
                    aged 70+ with LOW_INCOME_AND_ASSETS, SEVERE_DISABILITY or INTELLECTUAL_MENTAL_GRADE3 with
                    LOW_INCOME_AND_ASSETS, NO_CIVIL_CAPACITY, MISSING or IN_PRISON. reasons: WORK_ABILITY, MEANS_OF_LIVING,
                    SUPPORTER (the conditions that fail). basicLivingStandard = 1.3 x the standard, rounded half-up to whole
                    yuan; careTier from the six ADL items (all met SELF_CARE, 1-3 unmet PARTIAL, 4+ FULL; an item not given
                    counts as met); careStandard = 10 / 30 / 60 % of the basic living standard, rounded (a region may set
                    shares of the minimum wage or fixed amounts); monthlyAmount = basic + care when eligible, else 0.
                    400 problem codes: REQUIRED, UNKNOWN_VALUE, INVALID_FORMAT, TOO_SMALL, TOO_LARGE, INVALID_REGION_CODE,
                    AFTER_REFERENCE_DATE, NO_STANDARD.""")
    ResponseEntity<SpecialHardshipCalculationResponse> calculate(@RequestBody SpecialHardshipCalculationRequest request,
                                                                 Locale locale) {
        var valid = SpecialHardshipRequestValidation.validate(request);
        if (!currentStaff.get().canSee(valid.region()) || regions.find(valid.region()).isEmpty()) {
            throw SafeguardException.notFound("region");
        }
        var result = calculation.calculate(valid.region(), valid.facts());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(SpecialHardshipCalculationResponse.of(result, messages, locale));
    }
}
