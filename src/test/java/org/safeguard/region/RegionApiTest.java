package org.safeguard.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.safeguard.shared.RegionCode;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SafeguardTest
class RegionApiTest {

    private static final String HEADER = "code,name_zh,name_en,level,parent_code,urban_rural\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionImport regionImport;
    @Autowired
    RegionCatalog catalog;

    @Test
    void aRegionAndItsChildrenAreServedInBothLanguages() throws Exception {
        mvc.perform(as("reviewer", get("/api/v1/regions/420106000000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("武昌区"))
                .andExpect(jsonPath("$.nameEn").value("Wuchang District"))
                .andExpect(jsonPath("$.level").value("COUNTY"));
        mvc.perform(as("reviewer", get("/api/v1/regions/420106000000/children")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("420106006000")))
                .andExpect(jsonPath("$[0].level").value("TOWNSHIP"));
    }

    @Test
    void regionsOutsideTheHomeRegionDoNotExistForTheCaller() throws Exception {
        mvc.perform(as("worker", get("/api/v1/regions/420102010000"))).andExpect(status().isNotFound());
        mvc.perform(as("worker", get("/api/v1/regions/420106000000"))).andExpect(status().isNotFound());
        mvc.perform(as("worker", get("/api/v1/regions/not-a-code"))).andExpect(status().isNotFound());
    }

    @Test
    void reimportingTheShippedTreeChangesNothing() throws Exception {
        try (var in = new ClassPathResource("reference/regions-hubei-demo.csv").getInputStream()) {
            var report = regionImport.importCsv(in);
            assertThat(report.accepted()).isTrue();
            assertThat(report.inserted()).isZero();
            assertThat(report.updated()).isZero();
            assertThat(report.unchanged()).isGreaterThanOrEqualTo(43);
        }
    }

    @Test
    void aFileWithABadRowImportsNothingAndNamesEveryProblem() throws Exception {
        String csv = HEADER
                + "420106006777,测试社区,Test Community,COMMUNITY,420106006000,URBAN\n"
                + "420106006778,坏社区,Bad Community,TOWNSHIP,420106006000,URBAN\n"
                + "4201060067,短,Short,COMMUNITY,420106006000,URBAN\n"
                + "420106006779,孤儿,Orphan,COMMUNITY,420999000000,URBAN\n"
                + "420102010779,错位,Misplaced,COMMUNITY,420106006000,SUBURB\n";
        var report = regionImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(p -> p.row() + ":" + p.code()).contains(
                "3:LEVEL_DOES_NOT_MATCH_CODE", "4:INVALID_REGION_CODE", "5:UNKNOWN_PARENT", "6:UNKNOWN_URBAN_RURAL");
        assertThat(catalog.find("420106006777")).isEmpty();
    }

    @Test
    void aChildOutsideItsParentsCodeRangeIsRefused() throws Exception {
        String csv = HEADER + "420102010779,错位,Misplaced,COMMUNITY,420106006000,URBAN\n";
        var report = regionImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.problems()).extracting(RegionImport.RowProblem::code).containsExactly("CODE_OUTSIDE_PARENT");
    }

    @Test
    void newRegionsAreAddedAndRenamesApplyOnReimport() throws Exception {
        String csv = HEADER + "420106006901,新社区,New Community,COMMUNITY,420106006000,URBAN\n";
        var first = regionImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(first.inserted()).isEqualTo(1);
        var again = regionImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.inserted()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        var renamed = regionImport.importCsv(new ByteArrayInputStream(csv.replace("New Community", "Renamed").getBytes(StandardCharsets.UTF_8)));
        assertThat(renamed.updated()).isEqualTo(1);
        assertThat(catalog.find(RegionCode.of("420106006901")).orElseThrow().nameEn()).isEqualTo("Renamed");
    }

    @Test
    void quotedNamesWithCommasImportWhole() throws Exception {
        String csv = "\uFEFF" + HEADER + "420106006903,\"新社区, 北区\",\"North, New Community\",COMMUNITY,420106006000,URBAN\r\n";
        var report = regionImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.problems()).isEmpty();
        assertThat(catalog.find(RegionCode.of("420106006903")).orElseThrow().nameEn()).isEqualTo("North, New Community");
        assertThat(regionImport.importCsv(new ByteArrayInputStream((HEADER + "420106006904,\"unterminated").getBytes(StandardCharsets.UTF_8)))
                .problems()).extracting(RegionImport.RowProblem::code).containsExactly("MALFORMED_CSV");
    }

    @Test
    void nonUtf8AndWrongHeadersAreRefused() throws Exception {
        byte[] gbk = (HEADER + "420106006902,社区,C,COMMUNITY,420106006000,URBAN\n").getBytes(Charset.forName("GBK"));
        assertThat(regionImport.importCsv(new ByteArrayInputStream(gbk)).problems())
                .extracting(RegionImport.RowProblem::code).containsExactly("NOT_UTF8");
        assertThat(regionImport.importCsv(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).problems())
                .extracting(RegionImport.RowProblem::code).containsExactly("WRONG_HEADER");
        assertThat(regionImport.importCsv(new ByteArrayInputStream(new byte[0])).problems())
                .extracting(RegionImport.RowProblem::code).containsExactly("EMPTY_FILE");
    }

    @Test
    void onlyAnAdministratorMayImportAndABadFileGets422() throws Exception {
        var file = new MockMultipartFile("file", "r.csv", "text/csv", "x,y\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(as("admin", multipart("/api/v1/regions/import").file(file)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].code").value("WRONG_HEADER"));
        mvc.perform(as("worker", multipart("/api/v1/regions/import").file(file))).andExpect(status().isForbidden());
    }
}
