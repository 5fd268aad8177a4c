package org.safeguard.shared.upload;

import java.util.List;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;

/**
 * An upload refused because it crossed one of the {@link UploadLimits}: problem {@code UPLOAD_LIMIT_EXCEEDED} with
 * {@code limit} (its name), {@code limitValue}, and {@code row} / {@code column} where they are known (0 otherwise).
 * Thrown while streaming, so nothing past the limit was read.
 */
public class UploadLimitExceeded extends SafeguardException {

    private final UploadLimit limit;
    private final long limitValue;
    private final int row;
    private final int column;

    public UploadLimitExceeded(UploadLimit limit, long limitValue, int row, int column) {
        super(ProblemCode.UPLOAD_LIMIT_EXCEEDED, "problem.uploadLimit." + limit.name(),
                List.of(limitValue, row, column), List.of());
        this.limit = limit;
        this.limitValue = limitValue;
        this.row = row;
        this.column = column;
    }

    public UploadLimit limit() {
        return limit;
    }

    public long limitValue() {
        return limitValue;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
