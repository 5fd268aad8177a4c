package org.safeguard.payment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** A payroll as callers see it: state, control totals, progress of its generation and what may be done next. */
public record PayrollView(UUID id, String benefit, String regionCode, YearMonth month, String purpose,
                          PayrollState state, int lineCount, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount, int paidCount, int failedCount,
                          String fileHash, LocalDate dueDate, String createdBy, Instant createdAt, Instant generatedAt,
                          String approvedBy, Instant approvedAt, String exportedBy, Instant exportedAt,
                          Instant reconciledAt, Progress progress, List<PayrollAction> allowedActions) {

    /** The generation job: payees processed of the total, when it started, its last step and the estimated end. */
    public record Progress(String status, long totalPayees, long processed, int chunks, Instant startedAt,
                           Instant updatedAt, Instant finishedAt, Instant estimatedEnd, int attempts, String lastError) {

        public int percent() {
            if (totalPayees <= 0) {
                return "DONE".equals(status) ? 100 : 0;
            }
            return (int) Math.min(100, processed * 100 / totalPayees);
        }
    }
}
