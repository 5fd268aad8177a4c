package org.safeguard.payment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.payment.Institutions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments/institutions")
@Tag(name = "Institution payees", description = "Care homes and other organisations paid for centralised support, "
        + "registered once by their unified social credit code")
class InstitutionApiController {

    private final Institutions institutions;

    InstitutionApiController(Institutions institutions) {
        this.institutions = institutions;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Register an institution payee (201); a code already registered answers 409, a bad check character 400")
    ResponseEntity<Institutions.View> register(@RequestBody Institutions.Request request) {
        Institutions.View view = institutions.register(request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/payments/institutions/" + view.id()))
                .cacheControl(CacheControl.noStore()).body(view);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "One institution payee, account masked; outside the caller's region answers 404")
    ResponseEntity<Institutions.View> get(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(institutions.find(id));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "Institution payees of the region's subtree, by name")
    ResponseEntity<List<Institutions.View>> list(@RequestParam(required = false) String regionCode) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(institutions.list(regionCode));
    }
}
