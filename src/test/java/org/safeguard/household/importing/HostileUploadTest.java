package org.safeguard.household.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The uploads that took the service down (issue 15): each is refused while it streams with a clear 4xx naming the
 * limit, the heap stays within 200 MB of where it was, health stays UP and an ordinary import works afterwards.
 */
@SafeguardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUploadTest {

    private static final String PASSWORD = "Safeguard-Demo-2020";
    private static final long HEAP_BOUND = 200L * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    private long heapBefore;

    @BeforeAll
    void measure() {
        heapBefore = usedHeapAfterGc();
    }

    @AfterAll
    void heapStaysFlatAndTheServiceAnswers() throws Exception {
        assertThat(usedHeapAfterGc() - heapBefore).as("heap growth after the hostile uploads").isLessThan(HEAP_BOUND);
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        upload("roster.csv", new Roster().couple("1", Roster.CHUCAI).csv())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.householdsInserted").value(1));
    }

    @Test
    void anXlsxThatInflatesPastAGigabyteIsRefusedAfterAMegabyteForItsRatio() throws Exception {
        byte[] bomb = zipBomb(Deflater.DEFAULT_COMPRESSION, 1);
        assertThat(bomb.length).isBetween(1 << 20, 8 << 20);

        long started = System.nanoTime();
        upload("roster.xlsx", bomb)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("UPLOAD_LIMIT_EXCEEDED"))
                .andExpect(jsonPath("$.limit").value("COMPRESSION_RATIO"))
                .andExpect(jsonPath("$.limitValue").value(100));
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to refuse").isLessThan(2_000);
    }

    @Test
    void anXlsxCompressedBelowTheRatioIsRefusedOnceItInflatesPastTheSizeLimit() throws Exception {
        byte[] bomb = zipBomb(Deflater.BEST_SPEED, 97);
        assertThat(bomb.length).isBetween(8 << 20, 20 << 20);

        upload("roster.xlsx", bomb)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("UPLOAD_LIMIT_EXCEEDED"))
                .andExpect(jsonPath("$.limit").value("UNCOMPRESSED_SIZE"))
                .andExpect(jsonPath("$.limitValue").value(512L * 1024 * 1024));
    }

    @Test
    void aCsvWithAMillionColumnsIsRefusedAtTheFirstColumnOverTheLimit() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", RosterColumns.ALL)).append("\r\n");
        csv.append("x,".repeat(1_000_000)).append("\r\n");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(2_000_000);

        upload("roster.csv", bytes)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UPLOAD_LIMIT_EXCEEDED"))
                .andExpect(jsonPath("$.limit").value("COLUMNS"))
                .andExpect(jsonPath("$.row").value(2))
                .andExpect(jsonPath("$.column").value(201));
    }

    @Test
    void aTenMegabyteCellIsRefusedNamingItsRowAndColumn() throws Exception {
        Roster roster = new Roster().couple("1", Roster.CHUCAI);
        String csv = roster.csvText().replace("楚材街1号", "楚".repeat(10 * 1024 * 1024 / 3));

        upload("roster.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UPLOAD_LIMIT_EXCEEDED"))
                .andExpect(jsonPath("$.limit").value("CELL_LENGTH"))
                .andExpect(jsonPath("$.limitValue").value(4000))
                .andExpect(jsonPath("$.row").value(2))
                .andExpect(jsonPath("$.column").value(RosterColumns.ALL.indexOf(RosterColumns.ADDRESS) + 1));
    }

    @Test
    void aHouseholdOfTenThousandMembersIsRefusedAtTheFirstMemberOverTheLimit() throws Exception {
        Roster roster = new Roster();
        roster.member("big", Roster.CHUCAI, "HEAD", Roster.freshId("420106"));
        for (int i = 1; i < 10_000; i++) {
            roster.member("big", Roster.CHUCAI, "CHILD", Roster.freshId("420106"));
        }

        upload("roster.csv", roster.csv())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UPLOAD_LIMIT_EXCEEDED"))
                .andExpect(jsonPath("$.limit").value("MEMBERS_PER_HOUSEHOLD"))
                .andExpect(jsonPath("$.limitValue").value(50))
                .andExpect(jsonPath("$.row").value(52));
    }

    @Test
    void aGroupListWithAMillionColumnsIsRefusedLikeARoster() throws Exception {
        String csv = "id_number,name,region_code,urban_rural,valid_from,valid_to,bank_name,bank_account\n"
                + "x,".repeat(1_000_000) + "\n";

        groupList(csv)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("UPLOAD_LIMIT_EXCEEDED"))
                .andExpect(jsonPath("$.limit").value("COLUMNS"))
                .andExpect(jsonPath("$.row").value(2));
    }

    @Test
    void aControlCharacterInAGroupListsBankNameRejectsTheList() throws Exception {
        String csv = "id_number,name,region_code,urban_rural,valid_from,valid_to,bank_name,bank_account\n"
                + Roster.freshId("420106") + ",王芳,420106006001,URBAN,2020-03,2020-06,工商\u0007银行,6222020000000000001\n";

        groupList(csv)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].bank_name"))
                .andExpect(jsonPath("$.errors[0].code").value("CONTROL_CHARACTER"));
    }

    private ResultActions groupList(String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/price-subsidies/group-lists")
                .file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("regionCode", "420106000000").param("group", "UNEMPLOYMENT_SUBSIDY").param("department", "人社局")
                .with(httpBasic("reviewer", PASSWORD)));
    }

    private ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/households/imports")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(httpBasic("worker", PASSWORD)));
    }

    /**
     * A real roster workbook whose sheet is replaced by about four million rows of one household, 1.2 GB inflated. With every row
     * alike it deflates to a few megabytes; repeating every 97 rows (beyond deflate's 32 KB window)
     * and at the fastest level to about 14 MB, a ratio below 100 like the 6 MB file of 1.6 GB.
     */
    private static byte[] zipBomb(int level, int idPeriod) throws IOException {
        byte[] template = new Roster().couple("1", Roster.CHUCAI).xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(template), "UTF-8", false, true);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    writeHugeSheet(zip, idPeriod);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeHugeSheet(ZipOutputStream zip, int idPeriod) throws IOException {
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
        StringBuilder rows = new StringBuilder(1 << 21);
        for (int r = 0; rows.length() < (1 << 20); r++) {
            rows.append("<row><c t=\"inlineStr\"><is><t>bomb-1</t></is></c><c t=\"inlineStr\"><is><t>420106006001</t></is>"
                    + "</c><c t=\"inlineStr\"><is><t>URBAN</t></is></c><c t=\"inlineStr\"><is><t>楚材街1号</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>42010619").append(700101 + r % idPeriod).append("</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>张伟</t></is></c><c t=\"inlineStr\"><is><t>CHILD</t></is></c></row>");
        }
        byte[] chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < (1200L << 20); written += chunk.length) {
            zip.write(chunk);
        }
        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
