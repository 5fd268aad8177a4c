package org.safeguard.payment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.PlainText;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.csv.CsvRecords;
import org.safeguard.shared.upload.UploadLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a bank return file ({@code line_id,status,reason}; docs/bank-file-format.md) to an exported payroll:
 * validated as a whole first (any bad row rejects the file with every row's problems), then lines become PAID or
 * FAILED; the payroll is RECONCILED once no line is pending.
 */
@Service
public class ImportBankReturn {

    public record Result(int rows, int paid, int failed, int alreadyRecorded, PayrollView payroll) {
    }

    private record Row(UUID lineId, String status, String reason) {
    }

    private final PayrollAccess access;
    private final PayrollStore store;
    private final PayrollLifecycle lifecycle;
    private final PayrollQueries queries;
    private final AuditTrail audit;
    private final ReserveFunds reserveFunds;
    private final UploadLimits limits;

    ImportBankReturn(PayrollAccess access, PayrollStore store, PayrollLifecycle lifecycle, PayrollQueries queries,
                     AuditTrail audit, ReserveFunds reserveFunds, UploadLimits limits) {
        this.reserveFunds = reserveFunds;
        this.access = access;
        this.store = store;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.audit = audit;
        this.limits = limits;
    }

    @Transactional
    public Result apply(UUID id, InputStream file) {
        PayrollStore.PayrollRow payroll = access.lockVisible(id);
        PayrollTransitions.require(payroll.state(), PayrollAction.RECONCILE);
        Map<UUID, String> statuses = store.lineStatuses(id);
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = parse(file, statuses, problems);
        if (!problems.isEmpty()) {
            throw new SafeguardException(ProblemCode.IMPORT_REJECTED, "payroll.problem.returnRejected",
                    List.of(problems.size()), problems.size() > 200 ? problems.subList(0, 200) : problems);
        }
        List<Object[]> updates = new ArrayList<>();
        int paid = 0;
        int failed = 0;
        int already = 0;
        for (Row row : rows) {
            if (!"PENDING".equals(statuses.get(row.lineId()))) {
                already++;
                continue;
            }
            updates.add(new Object[]{row.status(), row.reason(), row.lineId(), id});
            if ("PAID".equals(row.status())) {
                paid++;
            } else {
                failed++;
            }
        }
        store.setLineResults(updates);
        store.recomputeTotals(id);
        if (ReserveFunds.BENEFIT.equals(payroll.benefit())) {
            // A reserve-fund top-up reaches the ledger when the bank reports its line paid, in this transaction.
            reserveFunds.bookPaidTopups();
        }
        audit.record(AuditRecord.of("PAYROLL_BANK_RETURN", "payroll", id).detail("rows", rows.size())
                .detail("paid", paid).detail("failed", failed).detail("alreadyRecorded", already));
        if (store.pendingLines(id) == 0) {
            lifecycle.apply(store.lock(id).orElseThrow(), PayrollAction.RECONCILE, null, Map.of());
        }
        return new Result(rows.size(), paid, failed, already, queries.view(store.find(id).orElseThrow()));
    }

    /** Streams the return through the shared CSV reader within the upload limits; problems kept up to the limit. */
    private List<Row> parse(InputStream file, Map<UUID, String> statuses, List<FieldProblem> problems) {
        List<Row> rows = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvRecords csv = new CsvRecords(reader, limits);
            List<String> header = csv.next();
            if (header == null || !String.join(",", header).trim().replace(" ", "").equalsIgnoreCase("line_id,status,reason")) {
                problems.add(FieldProblem.of("header", "PAYROLL_RETURN_HEADER"));
                return rows;
            }
            List<String> cells;
            int index = 0;
            while ((cells = csv.next()) != null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String field = "rows[" + index++ + "]";
                List<FieldProblem> found = new ArrayList<>();
                Row row = check(field, cells, statuses, seen, found);
                for (FieldProblem p : found) {
                    if (problems.size() < limits.problems()) {
                        problems.add(p);
                    }
                }
                rows.add(row);
            }
        } catch (CsvRecords.MalformedException | CsvRecords.BinaryContentException e) {
            problems.add(FieldProblem.of("file", "PAYROLL_RETURN_HEADER"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.of("rows", "PAYROLL_RETURN_EMPTY"));
        }
        return rows;
    }

    private static Row check(String field, List<String> cells, Map<UUID, String> statuses, Set<UUID> seen,
                             List<FieldProblem> problems) {
        UUID lineId = null;
        try {
            lineId = UUID.fromString(cells.get(0).trim());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field + ".lineId", "PAYROLL_LINE_UNKNOWN"));
        }
        String status = cells.size() > 1 ? cells.get(1).trim() : "";
        // a reason with unquoted commas is still one reason
        String reason = cells.size() > 2 ? String.join(",", cells.subList(2, cells.size())).trim() : "";
        if (!status.equals("PAID") && !status.equals("FAILED")) {
            problems.add(FieldProblem.of(field + ".status", "PAYROLL_RETURN_STATUS"));
        }
        if (status.equals("FAILED") && reason.isEmpty()) {
            problems.add(FieldProblem.of(field + ".reason", "REQUIRED"));
        }
        if (reason.length() > 200) {
            problems.add(FieldProblem.of(field + ".reason", "PAYROLL_RETURN_REASON_LENGTH"));
        } else if (!PlainText.isClean(reason) || reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
            problems.add(FieldProblem.of(field + ".reason", "CONTROL_CHARACTER"));
        }
        if (lineId != null) {
            String current = statuses.get(lineId);
            if (current == null) {
                problems.add(FieldProblem.of(field + ".lineId", "PAYROLL_LINE_UNKNOWN"));
            } else if (!seen.add(lineId)) {
                problems.add(FieldProblem.of(field + ".lineId", "PAYROLL_LINE_DUPLICATE"));
            } else if (!"PENDING".equals(current) && !current.equals(status)
                    && !("REISSUED".equals(current) && "FAILED".equals(status))) {
                problems.add(FieldProblem.of(field + ".status", "PAYROLL_LINE_SETTLED"));
            }
        }
        return new Row(lineId, status, reason.isEmpty() ? null : reason);
    }
}
