package org.safeguard.pricesubsidy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.household.ResidentIdNumber;
import org.safeguard.household.importing.ImportProblem;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list of covered persons from another department (CSV or XLSX, one row per person, by ID number):
 * columns {@code id_number, name, region_code, urban_rural, valid_from, valid_to} (months, yyyy-MM) and optional
 * {@code bank_name, bank_account}. Every row is checked first; one bad row rejects the whole file with every problem
 * listed (row, column, code), in the style of the household import, and nothing is written. A person who is in the
 * registry keeps the registry id, so a dibao recipient who is also on a list is recognised and paid once.
 */
@Service
public class GroupListImport {

    static final List<String> COLUMNS = List.of("id_number", "name", "region_code", "urban_rural", "valid_from", "valid_to",
            "bank_name", "bank_account");
    private static final int MAX_ROWS = 500_000;

    public record Request(String regionCode, String group, String department, String fileName, InputStream content) {
    }

    public record Result(UUID importId, int rows, List<ImportProblem> problems) {
        public boolean accepted() {
            return importId != null;
        }
    }

    record Line(int row, String idNumber, String name, String region, String urbanRural, YearMonth from, YearMonth to,
                String bankName, String bankAccount) {
    }

    private final JdbcTemplate jdbc;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    GroupListImport(JdbcTemplate jdbc, RegionCatalog regions, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Transactional
    public Result importList(Request request) throws IOException {
        StaffPrincipal staff = currentStaff.get();
        List<FieldProblem> problems = new ArrayList<>();
        if (request.regionCode() == null || !RegionCode.isWellFormed(request.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        }
        if (request.group() == null || !CoveredGroup.isKnown(request.group()) || !CoveredGroup.valueOf(request.group()).imported()) {
            problems.add(FieldProblem.of("group", "PRICE_GROUP_UNKNOWN"));
        }
        if (request.department() == null || request.department().isBlank() || request.department().length() > 100) {
            problems.add(FieldProblem.of("department", "REQUIRED"));
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        RegionCode scope = RegionCode.of(request.regionCode());
        if (!staff.canSee(scope) || !regions.exists(scope.value())) {
            throw SafeguardException.notFound("region");
        }
        List<ImportProblem> rowProblems = new ArrayList<>();
        List<List<String>> raw = read(request.fileName(), request.content(), rowProblems);
        List<Line> lines = validate(raw, scope, rowProblems);
        if (!rowProblems.isEmpty()) {
            audit.record(AuditRecord.of("PRICE_LIST_REJECTED", "price_group_import", "-").detail("region", scope.value())
                    .detail("group", request.group()).detail("problems", rowProblems.size()));
            return new Result(null, raw.size(), rowProblems);
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into price_group_import (id, region_code, group_code, department, file_name, row_count, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", id, scope.value(), request.group(), request.department().strip(),
                request.fileName() == null ? null : request.fileName().substring(0, Math.min(200, request.fileName().length())),
                lines.size(), staff.username(), PriceStore.ts(clock.instant()));
        jdbc.batchUpdate("""
                insert into price_group_member (import_id, person_id, id_number, name, region_code, group_code, urban_rural,
                  valid_from, valid_to, bank_name, bank_account, department) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                lines, 1000, (ps, l) -> {
                    ps.setObject(1, id);
                    ps.setObject(2, derivedId(l.idNumber()));
                    ps.setString(3, l.idNumber());
                    ps.setString(4, l.name());
                    ps.setString(5, l.region());
                    ps.setString(6, request.group());
                    ps.setString(7, l.urbanRural());
                    ps.setObject(8, l.from().atDay(1));
                    ps.setObject(9, l.to().atDay(1));
                    ps.setString(10, l.bankName());
                    ps.setString(11, l.bankAccount());
                    ps.setString(12, request.department().strip());
                });
        // A person already in the registry is the same payee as in the dibao caseload: use the registry id.
        jdbc.update("""
                update price_group_member set person_id = (select p.person_id from registry_person_v p
                    where p.id_number = price_group_member.id_number)
                where import_id = ? and exists (select 1 from registry_person_v p where p.id_number = price_group_member.id_number)""", id);
        audit.record(AuditRecord.of("PRICE_LIST_IMPORTED", "price_group_import", id).detail("region", scope.value())
                .detail("group", request.group()).detail("department", request.department().strip()).detail("rows", lines.size()));
        return new Result(id, lines.size(), List.of());
    }

    /** A stable payee id for a person outside the registry, derived from the ID number (never shown). */
    static UUID derivedId(String idNumber) {
        return UUID.nameUUIDFromBytes(("safeguard-price-subsidy:" + idNumber).getBytes(StandardCharsets.UTF_8));
    }

    private List<Line> validate(List<List<String>> rows, RegionCode scope, List<ImportProblem> problems) {
        List<Line> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> regionExists = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < rows.size(); i++) {
            int rowNo = i + 2;
            List<String> r = rows.get(i);
            int before = problems.size();
            var id = ResidentIdNumber.check(cell(r, 0), today);
            if (!id.valid()) {
                problems.add(cellProblem(rowNo, "id_number", id.problemCode()));
            } else if (!seen.add(id.number().value())) {
                problems.add(cellProblem(rowNo, "id_number", "DUPLICATE_IN_FILE"));
            }
            String name = cell(r, 1);
            if (name.isEmpty() || name.length() > 100) {
                problems.add(cellProblem(rowNo, "name", name.isEmpty() ? "REQUIRED" : "LENGTH"));
            }
            String region = cell(r, 2);
            if (!RegionCode.isWellFormed(region)) {
                problems.add(cellProblem(rowNo, "region_code", "INVALID_REGION_CODE"));
            } else if (!scope.contains(RegionCode.of(region))
                    || !regionExists.computeIfAbsent(region, regions::exists)) {
                problems.add(cellProblem(rowNo, "region_code", "OUT_OF_SCOPE"));
            }
            String urbanRural = cell(r, 3).toUpperCase();
            if (!urbanRural.equals("URBAN") && !urbanRural.equals("RURAL")) {
                problems.add(cellProblem(rowNo, "urban_rural", "INVALID"));
            }
            YearMonth from = month(cell(r, 4));
            YearMonth to = month(cell(r, 5));
            if (from == null) {
                problems.add(cellProblem(rowNo, "valid_from", "INVALID_MONTH"));
            }
            if (to == null) {
                problems.add(cellProblem(rowNo, "valid_to", "INVALID_MONTH"));
            } else if (from != null && to.isBefore(from)) {
                problems.add(cellProblem(rowNo, "valid_to", "TOO_SMALL"));
            }
            String bankName = cell(r, 6);
            String account = cell(r, 7).replace(" ", "");
            if (!account.isEmpty() && !account.matches("\\d{10,34}")) {
                problems.add(cellProblem(rowNo, "bank_account", "BANK_ACCOUNT_FORMAT"));
            }
            if (problems.size() == before) {
                out.add(new Line(rowNo, id.number().value(), name, region, urbanRural, from, to,
                        bankName.isEmpty() ? null : bankName, account.isEmpty() ? null : account));
            }
            if (problems.size() > 1000) {
                break;
            }
        }
        return out;
    }

    private static ImportProblem cellProblem(int row, String column, String code) {
        return new ImportProblem(row, column, code, "validation." + code, List.of());
    }

    private static YearMonth month(String s) {
        try {
            return s.isEmpty() ? null : YearMonth.parse(s.length() > 7 ? s.substring(0, 7) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() && r.get(i) != null ? r.get(i).strip() : "";
    }

    /** The rows after the header, arranged in {@link #COLUMNS} order; header problems are file problems (row 1). */
    private List<List<String>> read(String fileName, InputStream in, List<ImportProblem> problems) throws IOException {
        List<List<String>> table = new ArrayList<>();
        boolean xlsx = fileName != null && fileName.toLowerCase().endsWith(".xlsx");
        if (xlsx) {
            try (ReadableWorkbook wb = new ReadableWorkbook(in); var stream = wb.getFirstSheet().openStream()) {
                var it = stream.iterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(Optional.ofNullable(r.getCell(i)).map(Cell::getText).orElse(""));
                    }
                    table.add(cells);
                }
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(0, null, "FILE_UNREADABLE", "validation.FILE_UNREADABLE", List.of()));
                return List.of();
            }
        } else {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                table.add(List.of(line.split(",", -1)));
            }
        }
        table.removeIf(r -> r.stream().allMatch(c -> c == null || c.isBlank()));
        if (table.isEmpty()) {
            problems.add(new ImportProblem(0, null, "FILE_EMPTY", "validation.FILE_EMPTY", List.of()));
            return List.of();
        }
        if (table.size() - 1 > MAX_ROWS) {
            problems.add(new ImportProblem(0, null, "TOO_MANY_ROWS", "validation.TOO_MANY_ROWS", List.of(MAX_ROWS)));
            return List.of();
        }
        List<String> header = table.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
        int[] positions = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            positions[c] = header.indexOf(COLUMNS.get(c));
            if (positions[c] < 0 && c < 6) {
                problems.add(new ImportProblem(1, COLUMNS.get(c), "COLUMN_MISSING", "validation.COLUMN_MISSING", List.of(COLUMNS.get(c))));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            List<String> arranged = new ArrayList<>();
            for (int p : positions) {
                arranged.add(p >= 0 && p < r.size() ? r.get(p) : "");
            }
            rows.add(arranged);
        }
        return rows;
    }
}
