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

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.PlainText;
import org.safeguard.shared.csv.CsvRecords;
import org.safeguard.shared.upload.UploadLimits;

/**
 * A bank return file ({@code line_id,status,reason}; docs/bank-file-format.md) read through the shared CSV reader
 * within the upload limits, and checked as a whole against the payroll's line statuses: one rule set for the request
 * and for the job. Problems are kept up to {@link UploadLimits#problems()}; {@link Checked#problemCount()} is the total.
 */
final class BankReturnFile {

    record Row(UUID lineId, String status, String reason) {
    }

    /** The rows read (blank ones skipped) and the problems found, capped, with their total count. */
    record Checked(List<Row> rows, List<FieldProblem> problems, int problemCount) {
        boolean valid() {
            return problemCount == 0;
        }
    }

    private BankReturnFile() {
    }

    /**
     * Counts the data rows without checking them; -1 when the file cannot be read as a bank return (wrong header,
     * malformed or binary), which the caller answers through the synchronous path with its problem list.
     */
    static int countRows(InputStream file, UploadLimits limits) {
        try (BufferedReader reader = reader(file)) {
            CsvRecords csv = new CsvRecords(reader, limits);
            if (!headerOk(csv.next())) {
                return -1;
            }
            int rows = 0;
            List<String> cells;
            while ((cells = csv.next()) != null) {
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows++;
                }
            }
            return rows;
        } catch (CsvRecords.MalformedException | CsvRecords.BinaryContentException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks the file against line id → status; with {@code statuses} null the rows are only read (a job
     * resuming a return it has already checked).
     */
    static Checked read(InputStream file, Map<UUID, String> statuses, UploadLimits limits) {
        List<Row> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        int count = 0;
        Set<UUID> seen = new HashSet<>();
        try (BufferedReader reader = reader(file)) {
            CsvRecords csv = new CsvRecords(reader, limits);
            if (!headerOk(csv.next())) {
                return new Checked(rows, List.of(FieldProblem.of("header", "PAYROLL_RETURN_HEADER")), 1);
            }
            List<String> cells;
            int index = 0;
            while ((cells = csv.next()) != null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                List<FieldProblem> found = new ArrayList<>();
                rows.add(check("rows[" + index++ + "]", cells, statuses, seen, found));
                for (FieldProblem p : found) {
                    count++;
                    if (problems.size() < limits.problems()) {
                        problems.add(p);
                    }
                }
            }
        } catch (CsvRecords.MalformedException | CsvRecords.BinaryContentException e) {
            return new Checked(List.of(), List.of(FieldProblem.of("file", "PAYROLL_RETURN_HEADER")), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && count == 0) {
            return new Checked(rows, List.of(FieldProblem.of("rows", "PAYROLL_RETURN_EMPTY")), 1);
        }
        return new Checked(rows, problems, count);
    }

    private static BufferedReader reader(InputStream file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static boolean headerOk(List<String> header) {
        return header != null && String.join(",", header).trim().replace(" ", "").equalsIgnoreCase("line_id,status,reason");
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
        if (statuses == null) {
            return new Row(lineId, status, reason.isEmpty() ? null : reason);
        }
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
