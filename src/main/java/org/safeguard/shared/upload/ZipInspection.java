package org.safeguard.shared.upload;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Walks an XLSX's zip once, inflating every entry into nothing, before a spreadsheet library may open it: counts the
 * entries, checks each declared size and the bytes it really inflates to against the total, and the ratio of
 * inflated to compressed bytes of each entry once it has inflated past the threshold. A zip bomb is refused after
 * about a megabyte of inflation, whatever it claims in its headers; the memory used is one buffer.
 */
public final class ZipInspection {

    private ZipInspection() {
    }

    /** Returns normally if the zip stays within the limits; throws {@link UploadLimitExceeded} at the first crossing. */
    public static void inspect(InputStream raw, UploadLimits limits) throws IOException {
        long maxTotal = limits.uncompressed().toBytes();
        long threshold = limits.ratioThreshold().toBytes();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[65536];
        // Commons Compress (FastExcel's own zip library) reads the local headers of writers that put sizes only in a
        // data descriptor, which java.util.zip's stream refuses; it counts each entry's compressed bytes as it goes.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(raw, "UTF-8", false, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.zipEntries()) {
                    throw limits.exceeded(UploadLimit.ZIP_ENTRIES, 0, 0);
                }
                if (entry.getSize() > maxTotal - total) {
                    throw limits.exceeded(UploadLimit.UNCOMPRESSED_SIZE, 0, 0);
                }
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > maxTotal) {
                        throw limits.exceeded(UploadLimit.UNCOMPRESSED_SIZE, 0, 0);
                    }
                    if (inflated > threshold && inflated / Math.max(1, zip.getCompressedCount()) > limits.compressionRatio()) {
                        throw limits.exceeded(UploadLimit.COMPRESSION_RATIO, 0, 0);
                    }
                }
            }
        }
    }
}
