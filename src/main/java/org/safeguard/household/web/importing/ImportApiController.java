package org.safeguard.household.web.importing;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.household.importing.ImportErrorReport;
import org.safeguard.household.importing.ImportJobs;
import org.safeguard.household.importing.ImportMode;
import org.safeguard.household.importing.ImportReport;
import org.safeguard.household.importing.RosterFile;
import org.safeguard.household.importing.RosterImport;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/households/imports")
@Tag(name = "Household import", description = "Bulk import of rosters (CSV or XLSX), limited to the caller's region")
class ImportApiController {

    private final RosterImport imports;
    private final ImportJobs jobs;
    private final ImportErrorReport errorReport;
    private final ProblemFactory problems;

    ImportApiController(RosterImport imports, ImportJobs jobs, ImportErrorReport errorReport, ProblemFactory problems) {
        this.imports = imports;
        this.jobs = jobs;
        this.errorReport = errorReport;
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('HOUSEHOLD_IMPORT')")
    @Operation(summary = "Import a roster; 200 with the report when imported, 422 IMPORT_REJECTED when nothing was; "
            + "a file above safeguard.upload.async-bytes is queued: 202 with the Location of its report, which shows progress")
    ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                             @RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") ImportMode mode, Locale locale) {
        RosterFile roster = file == null
                ? new RosterFile("", 0, () -> java.io.InputStream.nullInputStream())
                : new RosterFile(file.getOriginalFilename(), file.getSize(), file);
        ImportReport report = jobs.importOrQueue(roster, mode);
        ImportReportJson body = ImportReportJson.of(report, errorReport, locale);
        if (report.pending()) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/households/imports/" + report.id()))
                    .cacheControl(CacheControl.noStore()).body(body);
        }
        if (report.rejected()) {
            ProblemDetail problem = problems.create(ProblemCode.IMPORT_REJECTED, "import.rejected",
                    List.of(report.problemTotal()), List.of(), locale);
            problem.setProperty("importId", report.id());
            problem.setProperty("problemCount", body.problemCount());
            problem.setProperty("errorReport", body.errorReport());
            problem.setProperty("errors", body.problems().stream().map(p -> Map.of(
                    "row", p.row(), "field", p.column() == null ? "" : p.column(), "code", p.code(),
                    "message", p.message())).toList());
            return ResponseEntity.status(ProblemCode.IMPORT_REJECTED.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .cacheControl(CacheControl.noStore()).body(problem);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('HOUSEHOLD_IMPORT')")
    @Operation(summary = "The report of an earlier import (first problems; all of them in errors.csv), or the progress of a queued one")
    ResponseEntity<ImportReportJson> report(@PathVariable UUID id, Locale locale) {
        ImportReport report = imports.find(id).orElseThrow(() -> SafeguardException.notFound("import"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ImportReportJson.of(report, errorReport, locale));
    }

    @GetMapping("/{id}/errors.csv")
    @PreAuthorize("hasAuthority('HOUSEHOLD_IMPORT')")
    @Operation(summary = "The problems of an import as CSV (the first safeguard.upload.problems, default 1,000; row,column,code,message; UTF-8 with BOM)")
    ResponseEntity<byte[]> errors(@PathVariable UUID id, Locale locale) {
        ImportReport report = imports.find(id).orElseThrow(() -> SafeguardException.notFound("import"));
        return ImportReportJson.csvResponse(report, errorReport, locale);
    }
}
