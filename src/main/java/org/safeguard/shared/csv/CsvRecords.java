package org.safeguard.shared.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma separated, double-quoted fields may hold commas, quotes ("") and line breaks;
 * CRLF or LF line ends. A NUL character means the file is binary, not text. Every CSV import (regions, rosters,
 * covered-group lists) reads through it, so quoting works the same everywhere.
 */
public final class CsvRecords {

    /** Longer fields mean an unterminated quote or a file that is not a roster. */
    private static final int MAX_FIELD = 20_000;

    public static final class BinaryContentException extends IOException {
        public BinaryContentException() {
            super("NUL character in text file");
        }
    }

    public static final class MalformedException extends IOException {
        public final int record;

        public MalformedException(int record) {
            super("malformed CSV record " + record);
            this.record = record;
        }
    }

    private final Reader in;
    private final char[] buffer = new char[65536];
    private int length;
    private int position;
    private int records;
    private final StringBuilder field = new StringBuilder(64);

    public CsvRecords(Reader in) {
        this.in = in;
    }

    /** 1-based number of the record last returned. */
    public int recordNumber() {
        return records;
    }

    /** The next record's fields, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        records++;
        List<String> fields = new ArrayList<>(24);
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new MalformedException(records);
                }
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (ch == 0) {
                throw new BinaryContentException();
            }
            if (quoted) {
                if (ch == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (ch == '\r') {
                int n = read();
                if (n != '\n' && n >= 0) {
                    position--;
                }
                fields.add(field.toString());
                return fields;
            } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(ch);
            }
            if (field.length() > MAX_FIELD) {
                throw new MalformedException(records);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (position >= length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
