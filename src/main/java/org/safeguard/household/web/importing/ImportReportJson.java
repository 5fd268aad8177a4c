package org.safeguard.household.web.importing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.safeguard.household.importing.ImportErrorReport;
import org.safeguard.household.importing.ImportReport;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The JSON form of an import report (or of a queued import's progress: status QUEUED, VALIDATING or IMPORTING,
 * {@code finished} false, {@code rows} read so far of {@code rowsTotal}, null until the file has been read).
 * At most {@link #MAX_PROBLEMS} problems; the CSV report has all of them.
 */
record ImportReportJson(UUID id, String fileName, String mode, String status, boolean finished, int rows, Integer rowsTotal,
                        int households,
                        int householdsInserted, int householdsSkipped, int householdsInvalid, int personsInserted,
                        int problemCount, boolean problemsTruncated, String errorReport, List<Problem> problems) {

    static final int MAX_PROBLEMS = 1000;

    record Problem(int row, String column, String code, String message) {
    }

    static ImportReportJson of(ImportReport r, ImportErrorReport messages, Locale locale) {
        List<Problem> problems = r.problems().stream().limit(MAX_PROBLEMS)
                .map(p -> new Problem(p.row(), p.column(), p.code(), messages.message(p, locale))).toList();
        return new ImportReportJson(r.id(), r.fileName(), r.mode().name(), r.status().name(), r.status().finished(), r.rows(),
                r.rowsTotal(), r.households(),
                r.householdsInserted(), r.householdsSkipped(), r.householdsInvalid(), r.personsInserted(),
                r.problemTotal(), r.problemsTruncated() || r.problems().size() > MAX_PROBLEMS,
                "/api/v1/households/imports/" + r.id() + "/errors.csv", problems);
    }

    static ResponseEntity<byte[]> csvResponse(ImportReport report, ImportErrorReport errorReport, Locale locale) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("import-errors-" + report.id() + ".csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(errorReport.csv(report, locale));
    }
}
