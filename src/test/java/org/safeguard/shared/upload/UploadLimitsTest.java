package org.safeguard.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.safeguard.shared.csv.CsvRecords;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

class UploadLimitsTest {

    /** Small limits, so each is crossed by a small file. */
    private static final UploadLimits SMALL = new UploadLimits(DataSize.ofKilobytes(256), 5, 100, DataSize.ofKilobytes(64),
            3, 4, 10, 2, 10);
    /** The same, with room for the dozen parts of a real workbook. */
    private static final UploadLimits SHEET = new UploadLimits(DataSize.ofKilobytes(256), 50, 100, DataSize.ofKilobytes(64),
            3, 4, 10, 2, 10);

    @Test
    void aZipWithMoreEntriesThanTheLimitIsRefusedAtTheFirstEntryOver() throws IOException {
        byte[] zip = zip(6, 10);

        assertThatThrownBy(() -> ZipInspection.inspect(new ByteArrayInputStream(zip), SMALL))
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo(UploadLimit.ZIP_ENTRIES);
                    assertThat(e.limitValue()).isEqualTo(5);
                    assertThat(e.limit().status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                });
        ZipInspection.inspect(new ByteArrayInputStream(zip(5, 10)), SMALL);
    }

    @Test
    void entriesThatTogetherInflatePastTheSizeLimitAreRefusedEvenBelowTheRatio() throws IOException {
        byte[] random = new byte[100 * 1024];
        new java.util.Random(1).nextBytes(random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("part" + i));
                zip.write(random);
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> ZipInspection.inspect(new ByteArrayInputStream(out.toByteArray()), SMALL))
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> assertThat(e.limit()).isEqualTo(UploadLimit.UNCOMPRESSED_SIZE));
    }

    @Test
    void aSheetRowWithACellPastTheColumnLimitIsRefusedWithItsRowAndColumn() throws IOException {
        byte[] xlsx = xlsx(List.of(List.of("a", "b"), List.of("1", "2", "3", "4", "5")));

        assertThatThrownBy(() -> SheetRows.read(new ByteArrayResource(xlsx), SHEET, (row, cells) -> { }))
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo(UploadLimit.COLUMNS);
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.limit().status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                });
    }

    @Test
    void aSheetStreamsItsRowsAndRefusesALongCellAndTooManyRows() throws IOException {
        List<String> seen = new ArrayList<>();
        SheetRows.read(new ByteArrayResource(xlsx(List.of(List.of("h"), List.of("x"), List.of("y")))), SHEET,
                (row, cells) -> seen.add(row + ":" + cells.get(0)));
        assertThat(seen).containsExactly("1:h", "2:x", "3:y");

        assertThatThrownBy(() -> SheetRows.read(new ByteArrayResource(xlsx(List.of(List.of("h"), List.of("x".repeat(11))))),
                SHEET, (row, cells) -> { }))
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> assertThat(e.limit()).isEqualTo(UploadLimit.CELL_LENGTH));
        assertThatThrownBy(() -> SheetRows.read(new ByteArrayResource(xlsx(List.of(List.of("h"), List.of("1"), List.of("2"),
                        List.of("3"), List.of("4")))), SHEET, (row, cells) -> { }))
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo(UploadLimit.ROWS);
                    assertThat(e.row()).isEqualTo(5);
                });
    }

    @Test
    void csvRecordsRefuseTooManyRowsFieldsAndCharactersAsTheyArrive() throws IOException {
        CsvRecords rows = new CsvRecords(new StringReader("h\n1\n2\n3\n4\n"), SMALL);
        for (int i = 0; i < 4; i++) {
            rows.next();
        }
        assertThatThrownBy(rows::next).isInstanceOfSatisfying(UploadLimitExceeded.class, e -> {
            assertThat(e.limit()).isEqualTo(UploadLimit.ROWS);
            assertThat(e.row()).isEqualTo(5);
        });
        assertThatThrownBy(() -> new CsvRecords(new StringReader("a,b,c,d,e"), SMALL).next())
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> assertThat(e.column()).isEqualTo(5));
        assertThatThrownBy(() -> new CsvRecords(new StringReader("a,\"" + "q".repeat(11) + "\""), SMALL).next())
                .isInstanceOfSatisfying(UploadLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo(UploadLimit.CELL_LENGTH);
                    assertThat(e.column()).isEqualTo(2);
                });
        assertThat(new CsvRecords(new StringReader("a,b,c,d\n"), SMALL).next()).containsExactly("a", "b", "c", "d");
    }

    private static byte[] zip(int entries, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part" + i));
                zip.write(new byte[size]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = wb.newWorksheet("s");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            wb.finish();
        }
        return out.toByteArray();
    }
}
