package org.safeguard.shared.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what an uploaded file may expand to, checked while it is streamed (never after reading it whole): a
 * 6 MB XLSX that inflates to 1.6 GB, or a 2 MB CSV with a million columns, once took the service down. The 50 MB
 * request limit counts only the compressed bytes; these count what the reader actually produces.
 *
 * <ul>
 *   <li>{@code uncompressed}: bytes all zip entries of an XLSX may inflate to, together;</li>
 *   <li>{@code zip-entries}: entries in an XLSX's zip;</li>
 *   <li>{@code compression-ratio}: inflated / compressed bytes of one entry, once it has inflated past
 *       {@code ratio-threshold} (small parts compress far better than any real sheet);</li>
 *   <li>{@code rows}, {@code columns}, {@code cell-length}: per file, per row, per cell (characters);</li>
 *   <li>{@code members-per-household}: rows under one household key in a roster;</li>
 *   <li>{@code problems}: problems kept and reported per import; the total is counted beyond it.</li>
 * </ul>
 */
@ConfigurationProperties("safeguard.upload")
public record UploadLimits(
        @DefaultValue("512MB") DataSize uncompressed,
        @DefaultValue("1000") int zipEntries,
        @DefaultValue("100") int compressionRatio,
        @DefaultValue("1MB") DataSize ratioThreshold,
        @DefaultValue("500000") int rows,
        @DefaultValue("200") int columns,
        @DefaultValue("4000") int cellLength,
        @DefaultValue("50") int membersPerHousehold,
        @DefaultValue("1000") int problems) {

    /** The documented defaults, for readers used outside a Spring context (tools, tests). */
    public static UploadLimits defaults() {
        return new UploadLimits(DataSize.ofMegabytes(512), 1000, 100, DataSize.ofMegabytes(1), 500_000, 200, 4000, 50, 1000);
    }

    /** The configured value of a limit, as reported in a refusal. */
    public long valueOf(UploadLimit limit) {
        return switch (limit) {
            case UNCOMPRESSED_SIZE -> uncompressed.toBytes();
            case ZIP_ENTRIES -> zipEntries;
            case COMPRESSION_RATIO -> compressionRatio;
            case ROWS -> rows;
            case COLUMNS -> columns;
            case CELL_LENGTH -> cellLength;
            case MEMBERS_PER_HOUSEHOLD -> membersPerHousehold;
        };
    }

    /** A refusal naming this limit, with the spreadsheet row (header = 1) and 1-based column when known (else 0). */
    public UploadLimitExceeded exceeded(UploadLimit limit, int row, int column) {
        return new UploadLimitExceeded(limit, valueOf(limit), row, column);
    }
}
