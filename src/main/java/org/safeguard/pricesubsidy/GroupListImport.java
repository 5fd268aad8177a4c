package org.safeguard.pricesubsidy;

import java.io.IOException;
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
import java.util.Set;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.household.ResidentIdNumber;
import org.safeguard.household.importing.ImportProblem;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.PlainText;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.safeguard.shared.upload.UploadLimits;
import org.springframework.core.io.InputStreamSource;
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

    /** {@code content} is read more than once (an XLSX is inspected before it is parsed). */
    public record Request(String regionCode, String group, String department, String fileName, InputStreamSource content) {
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
    private final UploadLimits limits;

    GroupListImport(JdbcTemplate jdbc, RegionCatalog regions, AuditTrail audit, CurrentStaff currentStaff, Clock clock,
                    UploadLimits limits) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.limits = limits;
    }

    @Transactional
    public Result importList(Request request) throws IOException {
        StaffPrincipal staff = currentStaff.get();
        return importChecked(request, checkRequest(request, staff), staff.username());
    }

    /** The request's region, once its fields are valid and the region is one the staff member sees. */
    RegionCode checkRequest(Request request, StaffPrincipal staff) {
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
        return scope;
    }

    /**
     * The data rows of the file as read within the upload limits (nothing checked against the registry), or the file
     * or header problem that refuses it at once.
     */
    Result countRows(Request request) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        int rows = new GroupListReader(limits).read(request.fileName(), request.content(), problems, (row, cells) -> { });
        return new Result(null, rows, problems);
    }

    /** Checks every row and imports the list all or nothing, as {@code username}; the caller holds the transaction. */
    Result importChecked(Request request, RegionCode scope, String username) throws IOException {
        List<ImportProblem> rowProblems = new ArrayList<>();
        RowChecks checks = new RowChecks(scope);
        List<Line> lines = new ArrayList<>();
        int rows = new GroupListReader(limits).read(request.fileName(), request.content(), rowProblems, (row, cells) -> {
            Line line = checks.check(row, cells, rowProblems);
            if (line != null && rowProblems.isEmpty()) {
                lines.add(line);
            } else if (!lines.isEmpty()) {
                lines.clear(); // all or nothing: once a row is bad, only its problems are kept
            }
        });
        if (!rowProblems.isEmpty()) {
            audit.record(AuditRecord.of("PRICE_LIST_REJECTED", "price_group_import", "-").actingAs(username).detail("region", scope.value())
                    .detail("group", request.group()).detail("problems", checks.problemTotal));
            return new Result(null, rows, rowProblems);
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into price_group_import (id, region_code, group_code, department, file_name, row_count, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", id, scope.value(), request.group(), request.department().strip(),
                request.fileName() == null ? null : request.fileName().substring(0, Math.min(200, request.fileName().length())),
                lines.size(), username, PriceStore.ts(clock.instant()));
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
        audit.record(AuditRecord.of("PRICE_LIST_IMPORTED", "price_group_import", id).actingAs(username).detail("region", scope.value())
                .detail("group", request.group()).detail("department", request.department().strip()).detail("rows", lines.size()));
        return new Result(id, lines.size(), List.of());
    }

    /** A stable payee id for a person outside the registry, derived from the ID number (never shown). */
    static UUID derivedId(String idNumber) {
        return UUID.nameUUIDFromBytes(("safeguard-price-subsidy:" + idNumber).getBytes(StandardCharsets.UTF_8));
    }

    /** The checks of one row, with what they remember across rows (ID numbers seen, regions looked up). */
    private final class RowChecks {
        private final RegionCode scope;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Boolean> regionExists = new HashMap<>();
        private final LocalDate today = LocalDate.now(clock);
        private int problemTotal;

        RowChecks(RegionCode scope) {
            this.scope = scope;
        }

        /** The row as a line, or null with its problems added (at most the configured number are kept). */
        Line check(int rowNo, List<String> r, List<ImportProblem> problems) {
            List<ImportProblem> found = new ArrayList<>();
            var id = ResidentIdNumber.check(cell(r, 0), today);
            if (!id.valid()) {
                found.add(cellProblem(rowNo, "id_number", id.problemCode()));
            } else if (!seen.add(id.number().value())) {
                found.add(cellProblem(rowNo, "id_number", "DUPLICATE_IN_FILE"));
            }
            String name = cell(r, 1);
            if (name.isEmpty() || name.length() > 100) {
                found.add(cellProblem(rowNo, "name", name.isEmpty() ? "REQUIRED" : "LENGTH"));
            }
            String region = cell(r, 2);
            if (!RegionCode.isWellFormed(region)) {
                found.add(cellProblem(rowNo, "region_code", "INVALID_REGION_CODE"));
            } else if (!scope.contains(RegionCode.of(region))
                    || !regionExists.computeIfAbsent(region, regions::exists)) {
                found.add(cellProblem(rowNo, "region_code", "OUT_OF_SCOPE"));
            }
            String urbanRural = cell(r, 3).toUpperCase();
            if (!urbanRural.equals("URBAN") && !urbanRural.equals("RURAL")) {
                found.add(cellProblem(rowNo, "urban_rural", "INVALID"));
            }
            YearMonth from = month(cell(r, 4));
            YearMonth to = month(cell(r, 5));
            if (from == null) {
                found.add(cellProblem(rowNo, "valid_from", "INVALID_MONTH"));
            }
            if (to == null) {
                found.add(cellProblem(rowNo, "valid_to", "INVALID_MONTH"));
            } else if (from != null && to.isBefore(from)) {
                found.add(cellProblem(rowNo, "valid_to", "TOO_SMALL"));
            }
            String bankName = cell(r, 6);
            if (!PlainText.isClean(bankName) || !PlainText.isClean(name)) {
                found.add(cellProblem(rowNo, PlainText.isClean(name) ? "bank_name" : "name", "CONTROL_CHARACTER"));
            }
            String account = cell(r, 7).replace(" ", "");
            if (!account.isEmpty() && !account.matches("\\d{10,34}")) {
                found.add(cellProblem(rowNo, "bank_account", "BANK_ACCOUNT_FORMAT"));
            }
            problemTotal += found.size();
            for (ImportProblem p : found) {
                if (problems.size() < limits.problems()) {
                    problems.add(p);
                }
            }
            return found.isEmpty() ? new Line(rowNo, id.number().value(), name, region, urbanRural, from, to,
                    bankName.isEmpty() ? null : bankName, account.isEmpty() ? null : account) : null;
        }
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
}
