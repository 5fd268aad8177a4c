package org.safeguard.pricesubsidy.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.payment.PayrollView;
import org.safeguard.pricesubsidy.GroupListImport;
import org.safeguard.pricesubsidy.GroupListJobs;
import org.safeguard.pricesubsidy.GroupListUpload;
import org.safeguard.pricesubsidy.PriceIssuance;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Price subsidies", description = "Price indices, the trigger mechanism, evaluations and the price-subsidy calculator")
class PriceIssuanceApiController {

    record IssuanceRequest(String regionCode, YearMonth month) {
    }

    record IssuanceResponse(UUID issuanceId, PayrollView payroll, long payees, long exceptions, LocalDate dueBy) {
    }

    record ImportResponse(UUID importId, int rows) {
    }

    private final PriceIssuance issuance;
    private final GroupListJobs lists;

    PriceIssuanceApiController(PriceIssuance issuance, GroupListJobs lists) {
        this.issuance = issuance;
        this.lists = lists;
    }

    @PostMapping("/api/v1/price-subsidies/issuances")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Issue a triggered month: snapshot the covered persons and start the PRICE_SUBSIDY payroll (202)",
            description = "The payroll's due date comes from the deadline rule. After an index correction, a new issuance of the "
                    + "same month (once the earlier payroll is exported) pays top-up lines only. 422 PRICE_NOT_TRIGGERED when "
                    + "the month did not trigger; 409 while a payroll of the month is still open.")
    ResponseEntity<IssuanceResponse> start(@RequestBody IssuanceRequest request) {
        PriceIssuance.Started s = issuance.start(request.regionCode(), request.month());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/payrolls/" + s.payroll().id()))
                .cacheControl(CacheControl.noStore())
                .body(new IssuanceResponse(s.issuanceId(), s.payroll(), s.payees(), s.exceptions(), s.dueBy()));
    }

    @GetMapping("/api/v1/price-subsidies/issuances")
    @PreAuthorize("hasAuthority('PRICE_SUBSIDY_READ')")
    @Operation(summary = "Issuances started in a region's subtree, newest first")
    List<PriceIssuance.IssuanceView> issuances(@RequestParam String regionCode) {
        return issuance.list(regionCode);
    }

    @GetMapping("/api/v1/price-subsidies/exceptions")
    @PreAuthorize("hasAuthority('PRICE_SUBSIDY_READ')")
    @Operation(summary = "Covered persons of the last issuance snapshot who cannot be paid (no bank account); names masked")
    List<PriceIssuance.Exception> exceptions(@RequestParam String regionCode, @RequestParam YearMonth month) {
        return issuance.exceptions(regionCode, month);
    }

    @PostMapping(value = "/api/v1/price-subsidies/group-lists", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PRICE_LIST_IMPORT')")
    @Operation(summary = "Import a covered-group list from another department (CSV or XLSX by ID number)",
            description = "Columns id_number, name, region_code, urban_rural, valid_from, valid_to (yyyy-MM), optional bank_name, "
                    + "bank_account. All or nothing: any bad row answers 422 IMPORT_REJECTED with every problem as "
                    + "errors[{field: rows[<row>].<column>, code}]. A list of more than safeguard.upload.async-rows rows is "
                    + "checked and imported by a durable job: 202 with Location /api/v1/price-subsidies/group-lists/{id}.")
    ResponseEntity<?> importList(@RequestParam String regionCode, @RequestParam String group,
                                 @RequestParam String department, @RequestParam MultipartFile file) throws IOException {
        GroupListJobs.Outcome o = lists.importOrQueue(new GroupListImport.Request(regionCode, group, department,
                file.getOriginalFilename(), file), file.getSize());
        if (o.queued()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/price-subsidies/group-lists/" + o.queuedId()))
                    .cacheControl(CacheControl.noStore()).body(lists.status(o.queuedId()).orElseThrow());
        }
        GroupListImport.Result r = o.result();
        if (!r.accepted()) {
            throw rejected(r);
        }
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new ImportResponse(r.importId(), r.rows()));
    }

    @GetMapping("/api/v1/price-subsidies/group-lists/{id}")
    @PreAuthorize("hasAuthority('PRICE_LIST_IMPORT')")
    @Operation(summary = "A queued (large) group list: status QUEUED, RUNNING, IMPORTED (importId) or REJECTED (problems)")
    ResponseEntity<GroupListUpload> upload(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(lists.status(id).orElseThrow(() -> SafeguardException.notFound("group list")));
    }

    static SafeguardException rejected(GroupListImport.Result r) {
        List<FieldProblem> problems = r.problems().stream().map(p -> new FieldProblem(
                p.row() <= 0 ? "file" : "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column()),
                p.code(), p.messageKey(), p.arguments())).toList();
        return new SafeguardException(ProblemCode.IMPORT_REJECTED, "pricesubsidy.import.rejected", List.of(problems.size()), problems);
    }
}
