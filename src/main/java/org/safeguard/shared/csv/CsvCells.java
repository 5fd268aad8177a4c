package org.safeguard.shared.csv;

/**
 * Writing CSV cells that people open in Excel or WPS: a text cell that starts with {@code = + - @}, a tab or a
 * carriage return would be run as a formula (OWASP "CSV injection"), so it gets a leading apostrophe, which the
 * spreadsheet shows as text and a bank's parser keeps as part of the value. Numbers and codes that the product
 * itself writes (amounts, dates, ids) are not text cells and are written as they are.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text neutralised against formula execution (not yet quoted). */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** RFC 4180 quoting where needed: commas, quotes, line breaks. */
    public static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
