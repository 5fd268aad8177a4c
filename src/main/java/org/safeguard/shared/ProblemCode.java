package org.safeguard.shared;

import org.springframework.http.HttpStatus;

/**
 * Stable, documented error codes carried in every problem-details response as {@code code}.
 * Clients and tests match on these, never on the human-readable text.
 */
public enum ProblemCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    /** The caller still holds a temporary password set by an administrator and must replace it first. */
    PASSWORD_CHANGE_REQUIRED(HttpStatus.FORBIDDEN),
    CONFLICT(HttpStatus.CONFLICT),
    PERSON_ALREADY_IN_HOUSEHOLD(HttpStatus.CONFLICT),
    DUPLICATE_ID_NUMBER(HttpStatus.CONFLICT),
    STALE_VERSION(HttpStatus.CONFLICT),
    /** Another request is changing the same record right now (a row lock held elsewhere, a deadlock or a
     * serialisation failure); nothing was changed and the client may retry. */
    BEING_CHANGED(HttpStatus.CONFLICT),
    /** A dibao application for a household that still receives dibao (a change is a change report or a review). */
    DIBAO_ALREADY_ACTIVE(HttpStatus.CONFLICT),
    /** An update of a versioned resource without its version (body {@code version} or {@code If-Match}). */
    VERSION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** An uploaded file or request body over the configured limit; the problem carries {@code limitBytes}. */
    FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /**
     * An upload crossed one of the upload limits (inflated size, zip entries, compression ratio, rows: 413; columns,
     * cell length, members per household: 422); the problem names {@code limit}, {@code limitValue}, {@code row}, {@code column}.
     */
    UPLOAD_LIMIT_EXCEEDED(HttpStatus.CONTENT_TOO_LARGE),
    IMPORT_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** A parameter set or proposed at a region level its definition does not allow (issue 8 item 2). */
    PARAMETER_LEVEL_NOT_ALLOWED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The Idempotency-Key header is empty, too long or not printable ASCII. */
    IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST),
    /** The Idempotency-Key was used before by the same user for a different request. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    /** The first request with this Idempotency-Key is still being processed. */
    IDEMPOTENCY_REQUEST_IN_PROGRESS(HttpStatus.CONFLICT),
    /** Too many failed sign-ins from one client address; the response carries Retry-After. */
    TOO_MANY_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS),
    /** The database cannot be reached; the response carries Retry-After and nothing was changed. */
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ProblemCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** Message key of the human-readable title. */
    public String titleKey() {
        return "problem." + name();
    }
}
