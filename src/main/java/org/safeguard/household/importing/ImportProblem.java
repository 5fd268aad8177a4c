package org.safeguard.household.importing;

import java.util.List;

/**
 * One problem in an import file: the spreadsheet row (the header is row 1; 0 for the file as a whole),
 * the column name (null when it concerns the whole row or file), a stable code and the message key with its
 * arguments, rendered in the reader's language. Arguments never contain personal values.
 */
public record ImportProblem(int row, String column, String code, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem with the file itself (encoding, headers, size...); its text is in the household_import bundle. */
    static ImportProblem file(String code, Object... arguments) {
        return new ImportProblem(0, null, code, "import.problem." + code, List.of(arguments));
    }

    /** A problem found by the import's own checks; its text is in the household_import bundle. */
    static ImportProblem cell(int row, String column, String code, Object... arguments) {
        return new ImportProblem(row, column, code, "import.problem." + code, List.of(arguments));
    }
}
