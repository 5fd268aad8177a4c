package org.safeguard.household.importing;

import java.util.List;
import java.util.UUID;

/**
 * The outcome (or, for a queued import, the progress) of one import. {@code status} is IMPORTED when the file was
 * accepted (even if every household was already there), REJECTED when nothing was written; a large file is first
 * QUEUED, then VALIDATING and IMPORTING while its job runs. {@code rows} counts the rows read so far,
 * {@code rowsTotal} the rows of the file once it has been read (null before). {@code problems} lists the first
 * problems found (at most the configured {@code safeguard.upload.problems}); {@code problemTotal} counts all of them.
 */
public record ImportReport(UUID id, String fileName, ImportMode mode, Status status, int rows, int households,
                           int householdsInserted, int householdsSkipped, int householdsInvalid, int personsInserted,
                           List<ImportProblem> problems, int problemTotal, Integer rowsTotal) {

    public enum Status {
        QUEUED, VALIDATING, IMPORTING, IMPORTED, REJECTED;

        public boolean finished() {
            return this == IMPORTED || this == REJECTED;
        }
    }

    public ImportReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        problemTotal = Math.max(problemTotal, problems.size());
    }

    /** A finished report: every row has been read. */
    public ImportReport(UUID id, String fileName, ImportMode mode, Status status, int rows, int households,
                        int householdsInserted, int householdsSkipped, int householdsInvalid, int personsInserted,
                        List<ImportProblem> problems, int problemTotal) {
        this(id, fileName, mode, status, rows, households, householdsInserted, householdsSkipped, householdsInvalid,
                personsInserted, problems, problemTotal, rows);
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

    /** The import's job has not finished yet. */
    public boolean pending() {
        return !status.finished();
    }

    /** More problems were found than are listed. */
    public boolean problemsTruncated() {
        return problemTotal > problems.size();
    }
}
