package org.safeguard.payment;

import java.util.List;
import java.util.UUID;

import org.safeguard.shared.FieldProblem;

/**
 * A bank return queued for its job, as the API and the payroll page show it: {@code status} QUEUED → VALIDATING →
 * APPLYING ({@code rowsDone} of {@code rowsTotal} applied so far) → APPLIED, or REJECTED ({@code problems}, the first
 * of {@code problemCount}; nothing applied). {@code paid}, {@code failed} and {@code alreadyRecorded} count the rows
 * applied so far as the synchronous answer does.
 */
public record BankReturnUpload(UUID id, UUID payrollId, String status, String fileName, Integer rowsTotal, int rowsDone,
                               int paid, int failed, int alreadyRecorded, int problemCount, List<FieldProblem> problems) {

    public BankReturnUpload {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean finished() {
        return status.equals("APPLIED") || status.equals("REJECTED");
    }

    /** Whole percent of the rows applied, 0 until the file has been checked. */
    public int percent() {
        return rowsTotal == null || rowsTotal == 0 ? (status.equals("APPLIED") ? 100 : 0) : rowsDone * 100 / rowsTotal;
    }
}
