package org.safeguard.shared.web;

import java.sql.SQLException;

/**
 * SQLSTATE class 22 ("data exception") means the value itself cannot be stored: a text longer than its column, a
 * number beyond its precision. Both databases use the same codes; the answer is a 400, not the 409 of a constraint.
 */
final class DataExceptions {

    private DataExceptions() {
    }

    /** The stable field-problem code, or null when the failure is not a data exception. */
    static String codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return switch (sql.getSQLState()) {
                    case "22001" -> "VALUE_TOO_LONG";
                    case "22003" -> "NUMBER_OUT_OF_RANGE";
                    default -> "INVALID_VALUE";
                };
            }
        }
        return null;
    }
}
