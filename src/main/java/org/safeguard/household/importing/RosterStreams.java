package org.safeguard.household.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.safeguard.shared.csv.CsvRecords;

/** The byte-level guards of the roster reader: the size limit whatever the upload claimed, and NUL means binary. */
final class RosterStreams {

    private RosterStreams() {
    }

    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("file exceeds the import size limit");
        }
    }

    /** A NUL byte never occurs in UTF-8 text (it would be U+0000): the file is binary. Checked before decoding. */
    static final class NulDetectingInputStream extends FilterInputStream {
        NulDetectingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == 0) {
                throw new CsvRecords.BinaryContentException();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (b[i] == 0) {
                    throw new CsvRecords.BinaryContentException();
                }
            }
            return n;
        }
    }

    /** Stops reading past the limit, whatever size the upload claimed. */
    static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }
    }
}
