package org.safeguard.household.importing;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's COPY FROM STDIN, which loads rows several times faster than even rewritten batch inserts.
 * Reached through the driver's public API by reflection, so the driver stays a runtime-only dependency and
 * other databases simply use batches. Runs on the caller's (transaction-bound) connection.
 */
final class PostgresCopy {

    private static final Class<?> PG_CONNECTION = load();

    private PostgresCopy() {
    }

    private static Class<?> load() {
        try {
            return Class.forName("org.postgresql.PGConnection");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    static boolean supports(Connection connection) throws SQLException {
        return PG_CONNECTION != null && connection.isWrapperFor(PG_CONNECTION);
    }

    /** Runs {@code COPY table (columns) FROM STDIN (FORMAT csv)} with the given CSV body; returns rows copied. */
    static long copy(Connection connection, String table, String columns, CharSequence csv) throws SQLException {
        try {
            Object pg = connection.unwrap(PG_CONNECTION);
            Object api = PG_CONNECTION.getMethod("getCopyAPI").invoke(pg);
            Method copyIn = api.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
            return (Long) copyIn.invoke(api, "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("COPY into " + table + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException("COPY is not available", e);
        }
    }

    /** Appends one CSV cell: null stays unquoted-empty (NULL); anything that needs it is quoted. */
    static void cell(StringBuilder sb, Object value) {
        if (value == null) {
            return;
        }
        String v = value.toString();
        boolean quote = v.isEmpty();
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(v);
        }
    }
}
