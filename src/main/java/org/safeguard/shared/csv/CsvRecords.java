package org.safeguard.shared.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.shared.upload.UploadLimit;
import org.safeguard.shared.upload.UploadLimits;

/**
 * A small RFC 4180 reader: comma separated, double-quoted fields may hold commas, quotes ("") and line breaks;
 * CRLF or LF line ends. A NUL character means the file is binary, not text. Every CSV import (regions, rosters,
 * covered-group lists, bank returns) reads through it, so quoting and the {@link UploadLimits} work the same everywhere:
 * the row count, fields per record and field length are checked as the characters arrive, so a record with a
 * million fields is refused at field 201, not after it was built.
 */
public final class CsvRecords {

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
    private final UploadLimits limits;

    public CsvRecords(Reader in) {
        this(in, UploadLimits.defaults());
    }

    public CsvRecords(Reader in, UploadLimits limits) {
        this.in = in;
        this.limits = limits;
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
        if (++records > limits.rows() + 1) {
            throw limits.exceeded(UploadLimit.ROWS, records, 0);
        }
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
                if (fields.size() + 2 > limits.columns()) { // this comma starts field number size + 2
                    throw limits.exceeded(UploadLimit.COLUMNS, records, fields.size() + 2);
                }
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
            if (field.length() > limits.cellLength()) {
                throw limits.exceeded(UploadLimit.CELL_LENGTH, records, fields.size() + 1);
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
