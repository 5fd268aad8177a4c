package org.safeguard.policy.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.policy.dibao.DibaoCalculation;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.TraceRenderer;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calculations", description = "Benefit calculators; they store nothing")
class DibaoCalculationApiController {

    private final DibaoCalculation calculation;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final TraceRenderer renderer;

    DibaoCalculationApiController(DibaoCalculation calculation, RegionCatalog regions, CurrentStaff currentStaff,
                                  TraceRenderer renderer) {
        this.calculation = calculation;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.renderer = renderer;
    }

    @PostMapping("/api/v1/calculations/dibao")
    @PreAuthorize("hasAuthority('DASHBOARD')")
    @Operation(summary = "Dibao eligibility and amount for a household, with the reasons and a readable trace",
            description = "Any staff member, for a region in their area (else 404). Income and deduction amounts are "
                    + "totals over the reference period (6 months unless the region sets another); money is returned as "
                    + "decimal strings in yuan; the monthly amount is rounded half-up to whole yuan once. Nothing is stored.")
    ResponseEntity<DibaoCalculationResponse> calculate(@RequestBody DibaoCalculationRequest request, Locale locale) {
        var valid = DibaoRequestValidation.validate(request);
        if (!currentStaff.get().canSee(valid.region()) || regions.find(valid.region()).isEmpty()) {
            throw SafeguardException.notFound("region");
        }
        DibaoResult result = calculation.calculate(valid.region(), valid.referenceDate(), valid.household(), valid.overrides());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(DibaoCalculationResponse.of(result, renderer, locale));
    }
}
