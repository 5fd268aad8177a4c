package org.safeguard.pricesubsidy;

import java.util.List;
import java.util.UUID;

import org.safeguard.household.importing.ImportProblem;

/**
 * A covered-group list queued for its import job, as the API and the page show it: {@code status} QUEUED → RUNNING →
 * IMPORTED ({@code importId} set) or REJECTED ({@code problems} listed, nothing imported).
 */
public record GroupListUpload(UUID id, String status, String regionCode, String group, String fileName, int rows,
                              int problemCount, UUID importId, List<ImportProblem> problems) {

    public GroupListUpload {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean finished() {
        return status.equals("IMPORTED") || status.equals("REJECTED");
    }
}
