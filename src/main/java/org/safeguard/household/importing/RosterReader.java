package org.safeguard.household.importing;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.safeguard.shared.csv.CsvRecords;

/**
 * Turns an uploaded file into rows of cell values, or refuses it: over the size limit, empty, not what its
 * name claims (an .xlsx that is no zip, a .csv with binary content), not UTF-8, wrong headers, no data rows.
 * Row numbers are spreadsheet rows: the header is row 1.
 */
final class RosterReader {

    private static final int COLUMNS = RosterColumns.ALL.size();

    record RawRow(int row, String[] values, boolean broken) {
        String get(String column) {
            return values[RosterColumns.index(column)];
        }
    }

    /** Either refusals (the file as a whole is not accepted) or rows, with problems of rows that could not be read. */
    record Parsed(List<RawRow> rows, List<ImportProblem> refusals, List<ImportProblem> rowProblems) {
        boolean refused() {
            return !refusals.isEmpty();
        }
    }

    private final long maxBytes;

    RosterReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Parsed read(RosterFile file) {
        if (file.size() > maxBytes) {
            return refused(tooLarge());
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT).strip();
        try (InputStream raw = new BufferedInputStream(new LimitedInputStream(file.content().getInputStream(), maxBytes), 65536)) {
            raw.mark(8);
            byte[] head = raw.readNBytes(8);
            raw.reset();
            if (head.length == 0) {
                return refused(ImportProblem.file("FILE_EMPTY"));
            }
            boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            boolean ole2 = head.length == 8 && ReadableWorkbook.isOLE2Header(head);
            if (name.endsWith(".xlsx")) {
                return zip ? readXlsx(raw) : refused(ImportProblem.file("FILE_NOT_XLSX"));
            }
            if (name.endsWith(".xls") || ole2) {
                return refused(ImportProblem.file("FILE_TYPE_UNSUPPORTED"));
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return zip ? refused(ImportProblem.file("FILE_BINARY")) : readCsv(raw, head);
            }
            if (name.contains(".") && !name.endsWith(".")) {
                return refused(ImportProblem.file("FILE_TYPE_UNSUPPORTED"));
            }
            return zip ? readXlsx(raw) : readCsv(raw, head);
        } catch (TooLargeException e) {
            return refused(tooLarge());
        } catch (IOException e) {
            return refused(ImportProblem.file("FILE_UNREADABLE"));
        }
    }

    private ImportProblem tooLarge() {
        return ImportProblem.file("FILE_TOO_LARGE", Math.max(1, maxBytes / (1024 * 1024)));
    }

    private static Parsed refused(ImportProblem problem) {
        return new Parsed(List.of(), List.of(problem), List.of());
    }

    // ---- CSV ----

    private Parsed readCsv(InputStream in, byte[] head) throws IOException {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return refused(ImportProblem.file("FILE_NOT_UTF8"));
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            in.skipNBytes(3);
        }
        Reader reader = new InputStreamReader(new NulDetectingInputStream(in), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvRecords csv = new CsvRecords(reader);
        try {
            List<String> header = csv.next();
            while (header != null && blank(header)) {
                header = csv.next();
            }
            if (header == null) {
                return refused(ImportProblem.file("FILE_EMPTY"));
            }
            List<ImportProblem> headerProblems = new ArrayList<>();
            int[] positions = mapHeader(header, headerProblems);
            if (!headerProblems.isEmpty()) {
                return new Parsed(List.of(), headerProblems, List.of());
            }
            List<RawRow> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            List<String> cells;
            while ((cells = csv.next()) != null) {
                int row = csv.recordNumber();
                if (blank(cells)) {
                    continue;
                }
                if (cells.size() != header.size()) {
                    // Kept (flagged) so that its household is known to be incomplete and never imported.
                    problems.add(ImportProblem.cell(row, null, "ROW_CELL_COUNT", cells.size(), header.size()));
                    rows.add(new RawRow(row, arrange(cells, positions), true));
                    continue;
                }
                rows.add(new RawRow(row, arrange(cells, positions), false));
            }
            return finish(rows, problems);
        } catch (CsvRecords.BinaryContentException e) {
            return refused(ImportProblem.file("FILE_BINARY"));
        } catch (CsvRecords.MalformedException e) {
            return refused(ImportProblem.cell(e.record, null, "CSV_MALFORMED"));
        } catch (CharacterCodingException e) {
            return refused(ImportProblem.file("FILE_NOT_UTF8"));
        }
    }

    // ---- XLSX ----

    private Parsed readXlsx(InputStream in) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<RawRow> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            int[][] positions = {null};
            List<ImportProblem> headerProblems = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                var it = stream.iterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>(r.getCellCount());
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(Optional.ofNullable(r.getCell(i)).map(RosterReader::text).orElse(""));
                    }
                    if (blank(cells)) {
                        continue;
                    }
                    if (positions[0] == null) {
                        positions[0] = mapHeader(cells, headerProblems);
                        if (!headerProblems.isEmpty()) {
                            return new Parsed(List.of(), headerProblems, List.of());
                        }
                        continue;
                    }
                    rows.add(new RawRow(r.getRowNum(), arrange(cells, positions[0]), false));
                }
            }
            if (positions[0] == null) {
                return refused(ImportProblem.file("FILE_EMPTY"));
            }
            return finish(rows, problems);
        } catch (TooLargeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return refused(ImportProblem.file("FILE_UNREADABLE"));
        }
    }

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

    // ---- shared ----

    private static Parsed finish(List<RawRow> rows, List<ImportProblem> problems) {
        if (rows.isEmpty() && problems.isEmpty()) {
            return refused(ImportProblem.file("NO_DATA_ROWS"));
        }
        return new Parsed(rows, List.of(), problems);
    }

    /** Position of each known column in the file's header, or problems naming missing, unknown or repeated columns. */
    private static int[] mapHeader(List<String> header, List<ImportProblem> problems) {
        int[] positions = new int[COLUMNS];
        Arrays.fill(positions, -1);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            int known = RosterColumns.index(name);
            if (known < 0) {
                problems.add(ImportProblem.cell(1, name.length() > 40 ? name.substring(0, 40) : name, "HEADER_UNKNOWN"));
            } else if (positions[known] >= 0) {
                problems.add(ImportProblem.cell(1, name, "HEADER_DUPLICATE"));
            } else {
                positions[known] = i;
            }
        }
        for (int c = 0; c < COLUMNS; c++) {
            if (positions[c] < 0) {
                problems.add(ImportProblem.cell(1, RosterColumns.ALL.get(c), "HEADER_MISSING"));
            }
        }
        return positions;
    }

    private static String[] arrange(List<String> cells, int[] positions) {
        String[] values = new String[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            int p = positions[c];
            if (p < cells.size()) {
                String v = cells.get(p);
                if (v != null) {
                    v = v.strip();
                    values[c] = v.isEmpty() ? null : v;
                }
            }
        }
        return values;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("file exceeds the import size limit");
        }
    }

    /** A NUL byte never occurs in UTF-8 text (it would be U+0000): the file is binary. Checked before decoding. */
    private static final class NulDetectingInputStream extends FilterInputStream {
        NulDetectingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == 0) {
                throw new CsvRecords.BinaryContentException();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (b[i] == 0) {
                    throw new CsvRecords.BinaryContentException();
                }
            }
            return n;
        }
    }

    /** Stops reading past the limit, whatever size the upload claimed. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }
    }
}
