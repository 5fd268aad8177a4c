package org.safeguard.household.importing;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one import. {@code status} is IMPORTED when the file was accepted (even if every household
 * was already there), REJECTED when nothing was written. {@code problems} lists the first problems found (at most
 * the configured {@code safeguard.upload.problems}); {@code problemTotal} counts all of them.
 */
public record ImportReport(UUID id, String fileName, ImportMode mode, Status status, int rows, int households,
                           int householdsInserted, int householdsSkipped, int householdsInvalid, int personsInserted,
                           List<ImportProblem> problems, int problemTotal) {

    public enum Status { IMPORTED, REJECTED }

    public ImportReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        problemTotal = Math.max(problemTotal, problems.size());
    }

    /** A report whose problems are all listed. */
    public ImportReport(UUID id, String fileName, ImportMode mode, Status status, int rows, int households,
                        int householdsInserted, int householdsSkipped, int householdsInvalid, int personsInserted,
                        List<ImportProblem> problems) {
        this(id, fileName, mode, status, rows, households, householdsInserted, householdsSkipped, householdsInvalid,
                personsInserted, problems, 0);
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    /** More problems were found than are listed. */
    public boolean problemsTruncated() {
        return problemTotal > problems.size();
    }
}
