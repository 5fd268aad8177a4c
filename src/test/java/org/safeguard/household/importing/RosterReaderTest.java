package org.safeguard.household.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.shared.upload.UploadLimits;
import org.springframework.core.io.ByteArrayResource;

class RosterReaderTest {

    private static final long LIMIT = 64 * 1024;

    private static RosterReader.Parsed read(String name, byte[] bytes) {
        return new RosterReader(LIMIT, UploadLimits.defaults()).read(new RosterFile(name, bytes.length, new ByteArrayResource(bytes)));
    }

    private static List<String> refusalCodes(RosterReader.Parsed parsed) {
        return parsed.refusals().stream().map(ImportProblem::code).toList();
    }

    @Test
    void readsUtf8CsvWithByteOrderMarkQuotesAndChinese() {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.CHUCAI, "HEAD", Roster.freshId("420106"), RosterColumns.ADDRESS, "楚材街\"老街\",1号\n后院");
        byte[] body = roster.csv();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        RosterReader.Parsed parsed = read("roster.csv", withBom);

        assertThat(parsed.refused()).isFalse();
        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.rows().get(0).row()).isEqualTo(2);
        assertThat(parsed.rows().get(0).get(RosterColumns.HOUSEHOLD_KEY)).isEqualTo(roster.key("1"));
        assertThat(parsed.rows().get(2).get(RosterColumns.ADDRESS)).isEqualTo("楚材街\"老街\",1号\n后院");
        assertThat(parsed.rows().get(1).get(RosterColumns.EXCLUSION_REASON)).isNull();
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbook() {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.CHUCAI, "HEAD", Roster.freshId("420106"),
                        RosterColumns.DISABILITY_CATEGORY, "LIMB", RosterColumns.DISABILITY_GRADE, "2");

        RosterReader.Parsed parsed = read("roster.xlsx", roster.xlsx());

        assertThat(parsed.refused()).isFalse();
        assertThat(parsed.rows()).extracting(r -> r.get(RosterColumns.ID_NUMBER))
                .containsExactly(roster.id(0), roster.id(1), roster.id(2));
        assertThat(parsed.rows().get(2).get(RosterColumns.DISABILITY_GRADE)).isEqualTo("2");
        assertThat(parsed.rows().get(2).row()).isEqualTo(4);
    }

    @Test
    void refusesGbkEncodedCsvAndSaysToSaveAsUtf8() {
        byte[] gbk = new Roster().couple("1", Roster.CHUCAI).csv(Charset.forName("GBK"));

        assertThat(refusalCodes(read("roster.csv", gbk))).containsExactly("FILE_NOT_UTF8");
    }

    @Test
    void refusesUtf16Csv() {
        byte[] utf16 = new Roster().couple("1", Roster.CHUCAI).csv(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);

        assertThat(refusalCodes(read("roster.csv", withBom))).containsExactly("FILE_NOT_UTF8");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusalCodes(read("roster.csv", new byte[0]))).containsExactly("FILE_EMPTY");
        assertThat(refusalCodes(read("roster.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("FILE_EMPTY");
    }

    @Test
    void refusesAHeaderOnlyFile() {
        byte[] header = (String.join(",", RosterColumns.ALL) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(refusalCodes(read("roster.csv", header))).containsExactly("NO_DATA_ROWS");
    }

    @Test
    void refusesWrongAndMissingHeadersNamingEachColumn() {
        String header = String.join(",", RosterColumns.ALL).replace("id_number", "身份证号").replace(",phone", "");
        byte[] file = (header + "\nH1,420106006001\n").getBytes(StandardCharsets.UTF_8);

        RosterReader.Parsed parsed = read("roster.csv", file);

        assertThat(parsed.refusals()).extracting(ImportProblem::code, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("HEADER_UNKNOWN", "身份证号"),
                        org.assertj.core.groups.Tuple.tuple("HEADER_MISSING", "id_number"),
                        org.assertj.core.groups.Tuple.tuple("HEADER_MISSING", "phone"));
    }

    @Test
    void refusesBinaryContentInACsv() {
        byte[] binary = {'h', 'o', 'u', 's', 'e', 0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'};

        assertThat(refusalCodes(read("roster.csv", binary))).containsExactly("FILE_BINARY");
    }

    @Test
    void refusesAWorkbookRenamedToCsvAndACsvRenamedToXlsx() {
        byte[] xlsx = new Roster().couple("1", Roster.CHUCAI).xlsx();
        byte[] csv = new Roster().couple("1", Roster.CHUCAI).csv();

        assertThat(refusalCodes(read("roster.csv", xlsx))).containsExactly("FILE_BINARY");
        assertThat(refusalCodes(read("roster.xlsx", csv))).containsExactly("FILE_NOT_XLSX");
    }

    @Test
    void refusesOldExcelAndOtherFileTypes() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(refusalCodes(read("roster.xls", ole2))).containsExactly("FILE_TYPE_UNSUPPORTED");
        assertThat(refusalCodes(read("roster.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))))
                .containsExactly("FILE_TYPE_UNSUPPORTED");
    }

    @Test
    void refusesAFileOverTheLimitWhetherItsDeclaredSizeSaysSoOrNot() {
        Roster roster = new Roster();
        while (roster.csv().length <= LIMIT) {
            roster.couple(String.valueOf(roster.size()), Roster.CHUCAI);
        }
        byte[] big = roster.csv();

        assertThat(refusalCodes(read("roster.csv", big))).containsExactly("FILE_TOO_LARGE");
        RosterReader.Parsed lying = new RosterReader(LIMIT, UploadLimits.defaults()).read(new RosterFile("roster.csv", 10, new ByteArrayResource(big)));
        assertThat(refusalCodes(lying)).containsExactly("FILE_TOO_LARGE");
        assertThat(lying.refusals().get(0).arguments()).containsExactly(1L);
    }

    @Test
    void keepsARowWithTheWrongNumberOfCellsFlaggedSoItsHouseholdIsNotImported() {
        String file = String.join(",", RosterColumns.ALL) + "\nH1,420106006001,URBAN\n";

        RosterReader.Parsed parsed = read("roster.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.refused()).isFalse();
        assertThat(parsed.rows()).singleElement().satisfies(r -> assertThat(r.broken()).isTrue());
        assertThat(parsed.rowProblems()).extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ROW_CELL_COUNT", 2));
    }

    @Test
    void refusesAnUnterminatedQuote() {
        String file = String.join(",", RosterColumns.ALL) + "\nH1,\"420106006001\n";

        assertThat(refusalCodes(read("roster.csv", file.getBytes(StandardCharsets.UTF_8)))).containsExactly("CSV_MALFORMED");
    }

    @Test
    void flagsAControlCharacterInAnAddressOrBankNameSoItsHouseholdIsNotImported() {
        Roster roster = new Roster().couple("1", Roster.CHUCAI)
                .member("2", Roster.CHUCAI, "HEAD", Roster.freshId("420106"), RosterColumns.BANK_NAME, "农业\u0007银行")
                .member("3", Roster.CHUCAI, "HEAD", Roster.freshId("420106"), RosterColumns.ADDRESS, "楚材街\u001B[2J");

        RosterReader.Parsed parsed = read("roster.csv", roster.csv());

        assertThat(parsed.refused()).isFalse();
        assertThat(parsed.rowProblems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, RosterColumns.BANK_NAME, "CONTROL_CHARACTER"),
                        org.assertj.core.groups.Tuple.tuple(5, RosterColumns.ADDRESS, "CONTROL_CHARACTER"));
        assertThat(parsed.rows()).extracting(RosterReader.RawRow::broken).containsExactly(false, false, true, true);
    }
}
