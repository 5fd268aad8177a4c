package org.safeguard.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.csv.CsvRecords;
import org.safeguard.shared.upload.UploadLimits;
import org.safeguard.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.safeguard.shared.cache.CacheVersions;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a region tree from CSV ({@code code,name_zh,name_en,level,parent_code,urban_rural}).
 * All or nothing: a file with any bad row changes nothing and every problem is reported.
 * Idempotent: an unchanged row is left alone, a changed one is updated.
 */
@Service
public class RegionImport {

    static final List<String> HEADER = List.of("code", "name_zh", "name_en", "level", "parent_code", "urban_rural");

    private final JdbcClient jdbc;
    private final RegionCatalog catalog;
    private final AuditTrail audit;
    private final CacheVersions versions;
    private final UploadLimits limits;

    RegionImport(JdbcClient jdbc, RegionCatalog catalog, AuditTrail audit, CacheVersions versions, UploadLimits limits) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.audit = audit;
        this.versions = versions;
        this.limits = limits;
    }

    public record RowProblem(int row, String column, String code) {
    }

    public record Report(int inserted, int updated, int unchanged, List<RowProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Report importCsv(InputStream in) throws IOException {
        List<String[]> rows;
        try {
            rows = readRows(in);
        } catch (CharacterCodingException e) {
            return new Report(0, 0, 0, List.of(new RowProblem(0, null, "NOT_UTF8")));
        } catch (CsvRecords.BinaryContentException e) {
            return new Report(0, 0, 0, List.of(new RowProblem(0, null, "NOT_TEXT")));
        } catch (CsvRecords.MalformedException e) {
            return new Report(0, 0, 0, List.of(new RowProblem(e.record, null, "MALFORMED_CSV")));
        }
        if (rows.isEmpty()) {
            return new Report(0, 0, 0, List.of(new RowProblem(0, null, "EMPTY_FILE")));
        }
        List<String> header = List.of(rows.get(0)).stream().map(s -> s.trim().toLowerCase()).toList();
        if (!header.equals(HEADER)) {
            return new Report(0, 0, 0, List.of(new RowProblem(1, null, "WRONG_HEADER")));
        }
        List<ParsedRow> parsed = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, RegionLevel> inFile = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            ParsedRow row = parse(i + 1, rows.get(i), problems);
            if (row != null) {
                if (inFile.put(row.code.value(), row.level) != null) {
                    problems.add(new RowProblem(row.rowNumber, "code", "DUPLICATE_IN_FILE"));
                }
                parsed.add(row);
            }
        }
        for (ParsedRow row : parsed) {
            checkParent(row, inFile, problems);
        }
        if (!problems.isEmpty()) {
            return new Report(0, 0, 0, problems);
        }
        parsed.sort(Comparator.comparing((ParsedRow r) -> r.level.ordinal()).thenComparing(r -> r.code.value()));
        int inserted = 0, updated = 0, unchanged = 0;
        for (ParsedRow row : parsed) {
            Optional<Region> existing = catalog.find(row.code);
            Region wanted = row.toRegion();
            if (existing.isEmpty()) {
                jdbc.sql("insert into region (code, parent_code, level, name_zh, name_en, urban_rural) values (?, ?, ?, ?, ?, ?)")
                        .params(row.code.value(), row.parent == null ? null : row.parent.value(), row.level.name(),
                                row.nameZh, row.nameEn, row.urbanRural == null ? null : row.urbanRural.name())
                        .update();
                inserted++;
            } else if (!existing.get().equals(wanted)) {
                jdbc.sql("update region set parent_code = ?, level = ?, name_zh = ?, name_en = ?, urban_rural = ? where code = ?")
                        .params(row.parent == null ? null : row.parent.value(), row.level.name(), row.nameZh, row.nameEn,
                                row.urbanRural == null ? null : row.urbanRural.name(), row.code.value())
                        .update();
                updated++;
            } else {
                unchanged++;
            }
            catalog.invalidate();
        }
        if (inserted + updated > 0) {
            versions.bump(RegionCatalog.CACHE);
            audit.record(AuditRecord.of("REGION_IMPORT", "REGION_TREE", null)
                    .detail("inserted", inserted).detail("updated", updated).detail("unchanged", unchanged));
        }
        return new Report(inserted, updated, unchanged, List.of());
    }

    private void checkParent(ParsedRow row, Map<String, RegionLevel> inFile, List<RowProblem> problems) {
        if (row.level == RegionLevel.PROVINCE) {
            if (row.parent != null) {
                problems.add(new RowProblem(row.rowNumber, "parent_code", "PROVINCE_HAS_NO_PARENT"));
            }
            return;
        }
        if (row.parent == null) {
            problems.add(new RowProblem(row.rowNumber, "parent_code", "REQUIRED"));
            return;
        }
        RegionLevel parentLevel = inFile.get(row.parent.value());
        if (parentLevel == null) {
            parentLevel = catalog.find(row.parent).map(Region::level).orElse(null);
        }
        if (parentLevel == null) {
            problems.add(new RowProblem(row.rowNumber, "parent_code", "UNKNOWN_PARENT"));
        } else if (parentLevel.child() != row.level) {
            problems.add(new RowProblem(row.rowNumber, "level", "LEVEL_NOT_BELOW_PARENT"));
        } else if (!row.parent.contains(row.code)) {
            problems.add(new RowProblem(row.rowNumber, "code", "CODE_OUTSIDE_PARENT"));
        }
    }

    private static ParsedRow parse(int rowNumber, String[] cells, List<RowProblem> problems) {
        if (cells.length != HEADER.size()) {
            problems.add(new RowProblem(rowNumber, null, "WRONG_COLUMN_COUNT"));
            return null;
        }
        int before = problems.size();
        String code = cells[0].trim();
        if (!RegionCode.isWellFormed(code)) {
            problems.add(new RowProblem(rowNumber, "code", "INVALID_REGION_CODE"));
        }
        RegionLevel level = null;
        try {
            level = RegionLevel.valueOf(cells[3].trim());
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(rowNumber, "level", "UNKNOWN_LEVEL"));
        }
        if (level != null && RegionCode.isWellFormed(code) && RegionCode.of(code).impliedLevel() != level) {
            problems.add(new RowProblem(rowNumber, "level", "LEVEL_DOES_NOT_MATCH_CODE"));
        }
        if (cells[1].isBlank()) {
            problems.add(new RowProblem(rowNumber, "name_zh", "REQUIRED"));
        }
        if (cells[2].isBlank()) {
            problems.add(new RowProblem(rowNumber, "name_en", "REQUIRED"));
        }
        String parent = cells[4].trim();
        if (!parent.isEmpty() && !RegionCode.isWellFormed(parent)) {
            problems.add(new RowProblem(rowNumber, "parent_code", "INVALID_REGION_CODE"));
        }
        Region.UrbanRural urbanRural = null;
        if (!cells[5].isBlank()) {
            try {
                urbanRural = Region.UrbanRural.valueOf(cells[5].trim());
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(rowNumber, "urban_rural", "UNKNOWN_URBAN_RURAL"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new ParsedRow(rowNumber, RegionCode.of(code), cells[1].trim(), cells[2].trim(), level,
                parent.isEmpty() ? null : RegionCode.of(parent), urbanRural);
    }

    private List<String[]> readRows(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvRecords csv = new CsvRecords(reader, limits);
            List<String> record;
            while ((record = csv.next()) != null) {
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.add(record.toArray(String[]::new));
                }
            }
        }
        return rows;
    }

    private record ParsedRow(int rowNumber, RegionCode code, String nameZh, String nameEn, RegionLevel level,
                             RegionCode parent, Region.UrbanRural urbanRural) {
        Region toRegion() {
            return new Region(code, parent, level, nameZh, nameEn, urbanRural);
        }
    }
}
