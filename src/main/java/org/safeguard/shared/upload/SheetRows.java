package org.safeguard.shared.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.core.io.InputStreamSource;

/**
 * The rows of an XLSX's first sheet, one at a time, within the {@link UploadLimits}: the zip is inspected first
 * ({@link ZipInspection}), then FastExcel streams the sheet and every row is checked for the row count, a non-empty
 * cell beyond the column limit and a cell over the length limit before the handler sees it. Row numbers are the
 * spreadsheet's (1-based). A malformed workbook surfaces as FastExcel's own exception; a limit as
 * {@link UploadLimitExceeded}.
 */
public final class SheetRows {

    /** Receives each row's cell texts (empty string for an empty cell). */
    @FunctionalInterface
    public interface Handler {
        void row(int rowNumber, List<String> cells) throws IOException;
    }

    private SheetRows() {
    }

    public static void read(InputStreamSource source, UploadLimits limits, Handler handler) throws IOException {
        try (var in = source.getInputStream()) {
            ZipInspection.inspect(in, limits);
        }
        try (var in = source.getInputStream(); ReadableWorkbook workbook = new ReadableWorkbook(in);
             var stream = workbook.getFirstSheet().openStream()) {
            var it = stream.iterator();
            int rows = 0;
            while (it.hasNext()) {
                Row r = it.next();
                if (++rows > limits.rows() + 1) {
                    throw limits.exceeded(UploadLimit.ROWS, r.getRowNum(), 0);
                }
                handler.row(r.getRowNum(), cells(r, limits));
            }
        }
    }

    private static List<String> cells(Row r, UploadLimits limits) {
        int count = r.getCellCount();
        List<String> cells = new ArrayList<>(Math.min(count, limits.columns()));
        for (int i = 0; i < count; i++) {
            Cell cell = r.getCell(i);
            String text = cell == null ? "" : text(cell);
            if (text.length() > limits.cellLength()) {
                throw limits.exceeded(UploadLimit.CELL_LENGTH, r.getRowNum(), i + 1);
            }
            if (i >= limits.columns()) {
                if (!text.isBlank()) {
                    throw limits.exceeded(UploadLimit.COLUMNS, r.getRowNum(), i + 1);
                }
                continue;
            }
            cells.add(text);
        }
        return cells;
    }

    /** Strings and numbers as the sheet shows them, anything else (booleans, errors, dates) as stored. */
    private static String text(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        return switch (cell.getType()) {
            case STRING, NUMBER -> cell.getText();
            default -> raw;
        };
    }
}
