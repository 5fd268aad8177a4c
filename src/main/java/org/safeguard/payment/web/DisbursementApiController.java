package org.safeguard.payment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.payment.ConfirmDisbursement;
import org.safeguard.payment.DisbursementQueries;
import org.safeguard.payment.DisbursementView;
import org.safeguard.payment.RecordDisbursement;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/payments/disbursements")
@Tag(name = "Window disbursements", description = "Cash and in-kind help handed over at the township window against a "
        + "signed receipt; recorded by one staff member, confirmed by a second")
class DisbursementApiController {

    private final RecordDisbursement record;
    private final ConfirmDisbursement confirm;
    private final DisbursementQueries queries;

    DisbursementApiController(RecordDisbursement record, ConfirmDisbursement confirm, DisbursementQueries queries) {
        this.record = record;
        this.confirm = confirm;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Record a cash or in-kind disbursement (201); the same payee, case and instalment again answers 409")
    ResponseEntity<DisbursementView> record(@RequestBody RecordDisbursement.Request request) {
        DisbursementView view = record.record(request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/payments/disbursements/" + view.id()))
                .cacheControl(CacheControl.noStore()).body(view);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "One disbursement with its items and receipt; outside the caller's region answers 404")
    ResponseEntity<DisbursementView> get(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.find(id));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('PAYROLL_APPROVE')")
    @Operation(summary = "Confirm a disbursement recorded by someone else (four eyes); then it counts as paid")
    ResponseEntity<DisbursementView> confirm(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(confirm.confirm(id));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "Disbursements in the caller's region, newest first; recording days from and to are included")
    ResponseEntity<DisbursementView.Page> list(@RequestParam(required = false) String regionCode,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "20") int size) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.list(regionCode, from, to, page, size));
    }
}
