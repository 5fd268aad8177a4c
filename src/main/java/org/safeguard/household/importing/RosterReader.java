package org.safeguard.household.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.safeguard.household.importing.RosterStreams.LimitedInputStream;
import org.safeguard.household.importing.RosterStreams.NulDetectingInputStream;
import org.safeguard.household.importing.RosterStreams.TooLargeException;
import org.safeguard.shared.csv.CsvRecords;
import org.safeguard.shared.upload.SheetRows;
import org.safeguard.shared.upload.UploadLimitExceeded;
import org.safeguard.shared.upload.UploadLimits;

/**
 * Turns an uploaded file into rows of cell values, or refuses it: over the size limit, empty, not what its
 * name claims (an .xlsx that is no zip, a .csv with binary content), not UTF-8, wrong headers, no data rows.
 * Row numbers are spreadsheet rows: the header is row 1. The {@link UploadLimits} are checked while streaming and
 * refuse the file with {@link UploadLimitExceeded} at the first crossing.
 */
final class RosterReader {

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
    private final UploadLimits limits;

    RosterReader(long maxBytes, UploadLimits limits) {
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    Parsed read(RosterFile file) {
        if (file.size() > maxBytes) {
            return refused(tooLarge());
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT).strip();
        try (InputStream raw = new BufferedInputStream(open(file), 65536)) {
            raw.mark(8);
            byte[] head = raw.readNBytes(8);
            raw.reset();
            if (head.length == 0) {
                return refused(ImportProblem.file("FILE_EMPTY"));
            }
            boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            boolean ole2 = head.length == 8 && ReadableWorkbook.isOLE2Header(head);
            if (name.endsWith(".xlsx")) {
                return zip ? readXlsx(file) : refused(ImportProblem.file("FILE_NOT_XLSX"));
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
            return zip ? readXlsx(file) : readCsv(raw, head);
        } catch (TooLargeException e) {
            return refused(tooLarge());
        } catch (IOException e) {
            return refused(ImportProblem.file("FILE_UNREADABLE"));
        }
    }

    private InputStream open(RosterFile file) throws IOException {
        return new LimitedInputStream(file.content().getInputStream(), maxBytes);
    }

    private ImportProblem tooLarge() {
        return ImportProblem.file("FILE_TOO_LARGE", Math.max(1, maxBytes / (1024 * 1024)));
    }

    static Parsed refused(ImportProblem problem) {
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
        CsvRecords csv = new CsvRecords(reader, limits);
        RosterRows rows = new RosterRows(limits);
        try {
            List<String> cells;
            while ((cells = csv.next()) != null) {
                if (RosterRows.blank(cells)) {
                    continue;
                }
                if (!rows.hasHeader()) {
                    if (!rows.header(cells)) {
                        return new Parsed(List.of(), rows.headerProblems(), List.of());
                    }
                    continue;
                }
                rows.row(csv.recordNumber(), cells, true);
            }
            return rows.hasHeader() ? rows.finish() : refused(ImportProblem.file("FILE_EMPTY"));
        } catch (CsvRecords.BinaryContentException e) {
            return refused(ImportProblem.file("FILE_BINARY"));
        } catch (CsvRecords.MalformedException e) {
            return refused(ImportProblem.cell(e.record, null, "CSV_MALFORMED"));
        } catch (CharacterCodingException e) {
            return refused(ImportProblem.file("FILE_NOT_UTF8"));
        }
    }

    // ---- XLSX ----

    private Parsed readXlsx(RosterFile file) throws IOException {
        RosterRows rows = new RosterRows(limits);
        try {
            SheetRows.read(() -> open(file), limits, (row, cells) -> {
                if (RosterRows.blank(cells)) {
                    return;
                }
                if (!rows.hasHeader()) {
                    if (!rows.header(cells)) {
                        throw new HeaderRefused();
                    }
                    return;
                }
                rows.row(row, cells, false);
            });
        } catch (HeaderRefused e) {
            return new Parsed(List.of(), rows.headerProblems(), List.of());
        } catch (TooLargeException | UploadLimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return refused(ImportProblem.file("FILE_UNREADABLE"));
        }
        return rows.hasHeader() ? rows.finish() : refused(ImportProblem.file("FILE_EMPTY"));
    }

    /** Stops streaming a sheet whose header is already wrong. */
    private static final class HeaderRefused extends IOException {
        HeaderRefused() {
            super("header refused");
        }
    }
}
