package org.safeguard.household.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.shared.PlainText;
import org.safeguard.shared.upload.UploadLimit;
import org.safeguard.shared.upload.UploadLimits;

/**
 * Collects a roster's rows as the reader streams them: maps the header, arranges each row in {@link RosterColumns}
 * order, and counts the rows of each household as they arrive, so that a file with two million rows under one
 * household key is refused at the first row over the members limit instead of after reading it all.
 */
final class RosterRows {

    private static final int COLUMNS = RosterColumns.ALL.size();

    private final UploadLimits limits;
    private final List<RosterReader.RawRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> members = new HashMap<>();
    private final List<ImportProblem> headerProblems = new ArrayList<>();
    private int[] positions;
    private int headerSize;

    RosterRows(UploadLimits limits) {
        this.limits = limits;
    }

    boolean hasHeader() {
        return positions != null;
    }

    /** Problems of the header; once there are any, the file is refused. */
    List<ImportProblem> headerProblems() {
        return headerProblems;
    }

    /** Takes the first non-blank row as the header; returns false once the header is known to be wrong. */
    boolean header(List<String> cells) {
        positions = mapHeader(cells, headerProblems);
        headerSize = cells.size();
        return headerProblems.isEmpty();
    }

    /** A data row; {@code checkCount}: a CSV row must have as many cells as the header (an XLSX row may be shorter). */
    void row(int row, List<String> cells, boolean checkCount) {
        String[] values = arrange(cells, positions);
        boolean broken = checkCount && cells.size() != headerSize;
        if (broken) {
            // Kept (flagged) so that its household is known to be incomplete and never imported.
            problems.add(ImportProblem.cell(row, null, "ROW_CELL_COUNT", cells.size(), headerSize));
        }
        for (int c = 0; c < COLUMNS; c++) {
            if (values[c] != null && !PlainText.isClean(values[c])) {
                // a NUL or other control character: stored by H2, refused by PostgreSQL, invisible on a notice
                problems.add(ImportProblem.cell(row, RosterColumns.ALL.get(c), "CONTROL_CHARACTER"));
                broken = true;
            }
        }
        String key = values[RosterColumns.index(RosterColumns.HOUSEHOLD_KEY)];
        if (key != null) {
            if (members.merge(key, 1, Integer::sum) > limits.membersPerHousehold()) {
                throw limits.exceeded(UploadLimit.MEMBERS_PER_HOUSEHOLD, row, 0);
            }
        }
        rows.add(new RosterReader.RawRow(row, values, broken));
    }

    RosterReader.Parsed finish() {
        if (rows.isEmpty() && problems.isEmpty()) {
            return RosterReader.refused(ImportProblem.file("NO_DATA_ROWS"));
        }
        return new RosterReader.Parsed(rows, List.of(), problems);
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

    static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
