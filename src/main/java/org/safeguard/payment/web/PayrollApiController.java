package org.safeguard.payment.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.payment.ApprovePayroll;
import org.safeguard.payment.BankReturnJobs;
import org.safeguard.payment.BankReturnUpload;
import org.safeguard.payment.CancelPayroll;
import org.safeguard.payment.ExportPayroll;
import org.safeguard.payment.PayrollLineView;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollTransitionView;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.ReissueLine;
import org.safeguard.payment.StartPayroll;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.idempotency.Idempotent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/payrolls")
@Tag(name = "Payrolls", description = "Monthly payrolls of any benefit: generation job, four-eyes approval, bank file, bank return, re-issue")
class PayrollApiController {

    record StartRequest(String regionCode, YearMonth month, String benefit, LocalDate dueDate) {
    }

    record CancelRequest(String reason) {
    }

    private final StartPayroll start;
    private final PayrollQueries queries;
    private final ApprovePayroll approve;
    private final CancelPayroll cancel;
    private final ExportPayroll export;
    private final BankReturnJobs bankReturns;
    private final ReissueLine reissue;

    PayrollApiController(StartPayroll start, PayrollQueries queries, ApprovePayroll approve, CancelPayroll cancel,
                         ExportPayroll export, BankReturnJobs bankReturns, ReissueLine reissue) {
        this.start = start;
        this.queries = queries;
        this.approve = approve;
        this.cancel = cancel;
        this.export = export;
        this.bankReturns = bankReturns;
        this.reissue = reissue;
    }

    @PostMapping
    @Idempotent
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Start generating a payroll for a region, month and benefit (202: the job runs in the background)")
    ResponseEntity<PayrollView> start(@RequestBody StartRequest request) {
        PayrollView view = start.start(new StartPayroll.Request(request.regionCode(), request.month(), request.benefit(),
                request.dueDate()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/payrolls/" + view.id()))
                .cacheControl(CacheControl.noStore()).body(view);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "State, control totals (count, total, file hash), job progress with ETA, and the allowed actions")
    ResponseEntity<PayrollView> get(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.find(id));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "Payrolls in the caller's region, newest month first; filters are optional")
    ResponseEntity<List<PayrollView>> list(@RequestParam(required = false) String regionCode,
                                           @RequestParam(required = false) YearMonth month,
                                           @RequestParam(required = false) String benefit) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.list(regionCode, month, benefit));
    }

    @GetMapping("/{id}/lines")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "Lines in line-id order (names and accounts masked); status filter PENDING, PAID, FAILED, REISSUED")
    ResponseEntity<List<PayrollLineView>> lines(@PathVariable UUID id, @RequestParam(required = false) String status,
                                                @RequestParam(defaultValue = "100") int limit) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.lines(id, status, limit));
    }

    @GetMapping("/{id}/transitions")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    @Operation(summary = "Every state change: who, when, from, to, reason")
    ResponseEntity<List<PayrollTransitionView>> transitions(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.transitions(id));
    }

    @PostMapping("/{id}/approve")
    @Idempotent
    @PreAuthorize("hasAuthority('PAYROLL_APPROVE')")
    @Operation(summary = "Approve (not by the generator), confirming the line count, total and file hash seen")
    ResponseEntity<PayrollView> approve(@PathVariable UUID id, @RequestBody ApprovePayroll.Confirmation confirmation) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(approve.approve(id, confirmation));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    @Operation(summary = "Cancel a payroll before approval; its lines are removed")
    ResponseEntity<PayrollView> cancel(@PathVariable UUID id, @RequestBody(required = false) CancelRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(cancel.cancel(id, request == null ? null : request.reason()));
    }

    @PostMapping("/{id}/export")
    @PreAuthorize("hasAuthority('PAYROLL_EXPORT')")
    @Operation(summary = "Export the approved payroll's bank file (csv or xlsx); audited with rows and SHA-256")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
        return file(export.export(id, ExportPayroll.Format.parse(format)));
    }

    @GetMapping("/{id}/file")
    @PreAuthorize("hasAuthority('PAYROLL_EXPORT')")
    @Operation(summary = "The bank file of an exported payroll again (csv or xlsx)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
        return file(export.download(id, ExportPayroll.Format.parse(format)));
    }

    @PostMapping(path = "/{id}/bank-return", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PAYROLL_RECONCILE')")
    @Operation(summary = "Apply the bank's return file (line_id,status,reason); all rows valid or none applied",
            description = "200 with the result when applied in the request. A file of more than safeguard.upload.async-rows "
                    + "rows is checked and applied by a durable job: 202 with Location /api/v1/payrolls/{id}/bank-returns/{uploadId}.")
    ResponseEntity<?> bankReturn(@PathVariable UUID id, @RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw SafeguardException.invalid(FieldProblem.of("file", "REQUIRED"));
        }
        BankReturnJobs.Outcome o = bankReturns.applyOrQueue(id, file.getOriginalFilename(), file, file.getSize());
        if (o.isQueued()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .location(URI.create("/api/v1/payrolls/" + id + "/bank-returns/" + o.queued().id()))
                    .cacheControl(CacheControl.noStore()).body(o.queued());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(o.result());
    }

    @GetMapping("/{id}/bank-returns/{uploadId}")
    @PreAuthorize("hasAuthority('PAYROLL_RECONCILE')")
    @Operation(summary = "A queued (large) bank return: QUEUED, VALIDATING, APPLYING (rowsDone of rowsTotal), APPLIED or REJECTED (problems)")
    ResponseEntity<BankReturnUpload> bankReturnStatus(@PathVariable UUID id, @PathVariable UUID uploadId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(bankReturns.status(id, uploadId).orElseThrow(() -> SafeguardException.notFound("bank return")));
    }

    @PostMapping("/{id}/lines/{lineId}/reissue")
    @Idempotent
    @PreAuthorize("hasAuthority('PAYROLL_RECONCILE')")
    @Operation(summary = "Re-issue a failed line to the corrected account, into the month's re-issue payroll")
    ResponseEntity<Map<String, Object>> reissue(@PathVariable UUID id, @PathVariable UUID lineId,
                                                @RequestBody(required = false) ReissueLine.NewAccount account) {
        UUID batch = reissue.reissue(id, lineId, account);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(Map.of("reissuePayroll", queries.find(batch)));
    }

    static ResponseEntity<byte[]> file(ExportPayroll.BankFileBytes file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .body(file.content());
    }
}
