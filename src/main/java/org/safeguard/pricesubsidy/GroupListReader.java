package org.safeguard.pricesubsidy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.household.importing.ImportProblem;
import org.safeguard.shared.csv.CsvRecords;
import org.safeguard.shared.upload.SheetRows;
import org.safeguard.shared.upload.UploadLimitExceeded;
import org.safeguard.shared.upload.UploadLimits;
import org.springframework.core.io.InputStreamSource;

/**
 * Streams a covered-group list (CSV or XLSX) within the {@link UploadLimits}: the header is mapped to
 * {@link GroupListImport#COLUMNS}, then each non-blank row goes to the handler arranged in that order, one at a time.
 * A file or header problem is added to {@code problems} and ends the reading; a limit throws.
 */
final class GroupListReader {

    @FunctionalInterface
    interface Handler {
        void row(int rowNumber, List<String> arranged);
    }

    private final UploadLimits limits;
    private int[] positions;

    GroupListReader(UploadLimits limits) {
        this.limits = limits;
    }

    /** The number of data rows read; 0 with a problem when the file or its header is refused. */
    int read(String fileName, InputStreamSource content, List<ImportProblem> problems, Handler handler) throws IOException {
        int[] count = {0};
        SheetRows.Handler rows = (row, cells) -> {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (positions == null) {
                positions = header(cells, problems);
                if (!problems.isEmpty()) {
                    throw new HeaderRefused();
                }
                return;
            }
            count[0]++;
            handler.row(row, arrange(cells));
        };
        try {
            if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                readXlsx(content, rows, problems);
            } else {
                readCsv(content, rows);
            }
        } catch (CsvRecords.MalformedException | CsvRecords.BinaryContentException e) {
            problems.add(new ImportProblem(0, null, "FILE_UNREADABLE", "validation.FILE_UNREADABLE", List.of()));
            return 0;
        } catch (HeaderRefused e) {
            return 0;
        }
        if (positions == null && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, "FILE_EMPTY", "validation.FILE_EMPTY", List.of()));
        }
        return count[0];
    }

    private void readXlsx(InputStreamSource content, SheetRows.Handler rows, List<ImportProblem> problems) throws IOException {
        try {
            SheetRows.read(content, limits, rows);
        } catch (UploadLimitExceeded | HeaderRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(0, null, "FILE_UNREADABLE", "validation.FILE_UNREADABLE", List.of()));
        }
    }

    private void readCsv(InputStreamSource content, SheetRows.Handler rows) throws IOException {
        try (InputStream in = content.getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvRecords csv = new CsvRecords(reader, limits);
            List<String> record;
            while ((record = csv.next()) != null) {
                rows.row(csv.recordNumber(), record);
            }
        }
    }

    private static int[] header(List<String> cells, List<ImportProblem> problems) {
        List<String> header = cells.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] positions = new int[GroupListImport.COLUMNS.size()];
        for (int c = 0; c < positions.length; c++) {
            String column = GroupListImport.COLUMNS.get(c);
            positions[c] = header.indexOf(column);
            if (positions[c] < 0 && c < 6) {
                problems.add(new ImportProblem(1, column, "COLUMN_MISSING", "validation.COLUMN_MISSING", List.of(column)));
            }
        }
        return positions;
    }

    private List<String> arrange(List<String> cells) {
        List<String> arranged = new ArrayList<>(positions.length);
        for (int p : positions) {
            arranged.add(p >= 0 && p < cells.size() ? cells.get(p) : "");
        }
        return arranged;
    }

    /** Stops streaming once the header is refused. */
    private static final class HeaderRefused extends IOException {
        HeaderRefused() {
            super("header refused");
        }
    }
}
