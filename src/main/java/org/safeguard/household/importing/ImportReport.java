package org.safeguard.household.importing;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one import. {@code status} is IMPORTED when the file was accepted (even if every household
 * was already there), REJECTED when nothing was written. {@code problems} lists every problem found.
 */
public record ImportReport(UUID id, String fileName, ImportMode mode, Status status, int rows, int households,
                           int householdsInserted, int householdsSkipped, int householdsInvalid, int personsInserted,
                           List<ImportProblem> problems) {

    public enum Status { IMPORTED, REJECTED }

    public ImportReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }
}
