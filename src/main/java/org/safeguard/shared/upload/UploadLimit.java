package org.safeguard.shared.upload;

import org.springframework.http.HttpStatus;

/**
 * The limits of {@link UploadLimits}, each with the status of its refusal: 413 when the file is too big as a whole
 * (inflated size, zip entries, compression ratio, rows), 422 when a part of its content cannot be accepted
 * (a row too wide, a cell too long, a household too large).
 */
public enum UploadLimit {
    UNCOMPRESSED_SIZE(HttpStatus.CONTENT_TOO_LARGE),
    ZIP_ENTRIES(HttpStatus.CONTENT_TOO_LARGE),
    COMPRESSION_RATIO(HttpStatus.CONTENT_TOO_LARGE),
    ROWS(HttpStatus.CONTENT_TOO_LARGE),
    COLUMNS(HttpStatus.UNPROCESSABLE_CONTENT),
    CELL_LENGTH(HttpStatus.UNPROCESSABLE_CONTENT),
    MEMBERS_PER_HOUSEHOLD(HttpStatus.UNPROCESSABLE_CONTENT);

    private final HttpStatus status;

    UploadLimit(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
