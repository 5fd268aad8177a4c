package org.safeguard.household.web.importing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.safeguard.household.importing.ImportErrorReport;
import org.safeguard.household.importing.ImportJobs;
import org.safeguard.household.importing.ImportMode;
import org.safeguard.household.importing.ImportProblem;
import org.safeguard.household.importing.ImportReport;
import org.safeguard.household.importing.RosterColumns;
import org.safeguard.household.importing.RosterFile;
import org.safeguard.household.importing.RosterImport;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.upload.UploadLimitExceeded;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload form with the mode choice, then the summary, the first problems and the full report link.
 * A queued (large) import redirects to its own page, whose result section htmx polls every 2 seconds for progress
 * until the job has finished; the last poll swaps in the report.
 */
@Controller
@RequestMapping("/households/import")
@PreAuthorize("hasAuthority('HOUSEHOLD_IMPORT')")
class ImportPageController {

    /** Problems shown on the page; the downloadable report has all of them. */
    static final int SHOWN_PROBLEMS = 200;

    private final RosterImport imports;
    private final ImportJobs jobs;
    private final ImportErrorReport errorReport;
    private final MessageSource messages;

    ImportPageController(RosterImport imports, ImportJobs jobs, ImportErrorReport errorReport, MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.errorReport = errorReport;
        this.messages = messages;
    }

    record FormError(String domId, String message) {
    }

    record ProblemLine(int row, String column, String code, String message) {
    }

    @GetMapping
    String form(Model model) {
        prepare(model, ImportMode.ALL_OR_NOTHING);
        return "household/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "mode", required = false) String mode, Model model, Locale locale,
                  HttpServletResponse response) {
        ImportMode chosen = parseMode(mode);
        prepare(model, chosen == null ? ImportMode.ALL_OR_NOTHING : chosen);
        if (chosen == null) {
            String message = messages.getMessage("import.form.modeRequired", null, locale);
            model.addAttribute("modeError", message);
            model.addAttribute("errors", List.of(new FormError("mode-all", message)));
            return "household/import";
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            String message = messages.getMessage("import.form.fileRequired", null, locale);
            model.addAttribute("fileError", message);
            model.addAttribute("errors", List.of(new FormError("file", message)));
            return "household/import";
        }
        ImportReport report;
        try {
            report = jobs.importOrQueue(new RosterFile(file.getOriginalFilename(), file.getSize(), file), chosen);
        } catch (UploadLimitExceeded e) {
            String message = messages.getMessage(e.messageKey(), e.arguments().toArray(), locale);
            model.addAttribute("fileError", message);
            model.addAttribute("errors", List.of(new FormError("file", message)));
            response.setStatus(e.limit().status().value());
            return "household/import";
        }
        if (report.pending()) {
            return "redirect:/households/import/" + report.id();
        }
        showReport(model, report, locale);
        List<ImportProblem> fileProblems = report.problems().stream().filter(p -> p.row() <= 1 && report.rows() == 0).toList();
        if (!fileProblems.isEmpty()) {
            // The file itself was refused: say why beside the file field.
            String message = fileProblems.stream().map(p -> errorReport.message(p, locale))
                    .reduce((a, b) -> a + " " + b).orElse("");
            model.addAttribute("fileError", message);
            model.addAttribute("errors", List.of(new FormError("file", message)));
        }
        return "household/import";
    }

    /** One import: its progress while queued (polled), then its report. */
    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        prepare(model, ImportMode.ALL_OR_NOTHING);
        showReport(model, imports.find(id).orElseThrow(() -> SafeguardException.notFound("import")), locale);
        return "household/import";
    }

    /** The result section alone, for htmx polling: progress while the job runs, then the report; else the page. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model, Locale locale,
                    @RequestHeader(name = "HX-Request", required = false) String htmx) {
        ImportReport report = imports.find(id).orElseThrow(() -> SafeguardException.notFound("import"));
        if (htmx == null) {
            return "redirect:/households/import/" + id;
        }
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
        showReport(model, report, locale);
        return "household/import :: result";
    }

    private void showReport(Model model, ImportReport report, Locale locale) {
        model.addAttribute("report", report);
        model.addAttribute("problems", report.problems().stream().limit(SHOWN_PROBLEMS)
                .map(p -> new ProblemLine(p.row(), p.column(), p.code(), errorReport.message(p, locale))).toList());
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable UUID id, Locale locale) {
        ImportReport report = imports.find(id).orElseThrow(() -> SafeguardException.notFound("import"));
        return ImportReportJson.csvResponse(report, errorReport, locale);
    }

    private void prepare(Model model, ImportMode mode) {
        model.addAttribute("mode", mode.name());
        model.addAttribute("columns", RosterColumns.ALL);
        model.addAttribute("maxMegabytes", Math.max(1, imports.maxBytes() / (1024 * 1024)));
        model.addAttribute("shownProblems", SHOWN_PROBLEMS);
    }

    private static ImportMode parseMode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ImportMode.ALL_OR_NOTHING;
        }
        try {
            return ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
