package org.safeguard.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.LockFailures;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.upload.UploadLimitExceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/** Turns every failure of a JSON API call into problem details; never a stack trace, never a personal value. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final ProblemFactory problems;

    ApiProblemHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(SafeguardException.class)
    ResponseEntity<ProblemDetail> business(SafeguardException e, Locale locale) {
        return respond(problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale));
    }

    @ExceptionHandler(UploadLimitExceeded.class)
    ResponseEntity<ProblemDetail> uploadLimit(UploadLimitExceeded e, Locale locale) {
        return respond(UploadLimitProblems.of(problems, e, locale));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException e, Locale locale) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(fe -> fields.add(
                FieldProblem.of(fe.getField(), BeanValidationCodes.codeOf(fe.getCode()), fe.getArguments() == null ? new Object[0] : new Object[0])));
        e.getBindingResult().getGlobalErrors().forEach(ge -> fields.add(FieldProblem.of("", BeanValidationCodes.codeOf(ge.getCode()))));
        return respond(problems.create(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(), fields, locale));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> parameterValidation(HandlerMethodValidationException e, Locale locale) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> fields.add(
                FieldProblem.of(r.getMethodParameter().getParameterName(), BeanValidationCodes.codeOf(err.getCodes() == null ? null : err.getCodes()[err.getCodes().length - 1])))));
        return respond(problems.create(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(), fields, locale));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof PlainTextJson.ControlCharacter c) {
                return respond(problems.create(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(),
                        List.of(FieldProblem.of(path(c), "CONTROL_CHARACTER")), locale));
            }
        }
        return respond(problems.create(ProblemCode.MALFORMED_REQUEST, "problem.malformed", List.of(), List.of(), locale));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        String code = e instanceof MethodArgumentTypeMismatchException ? "INVALID_FORMAT" : "REQUIRED";
        return respond(problems.create(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(),
                List.of(FieldProblem.of(name, code)), locale));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return respond(problems.create(ProblemCode.METHOD_NOT_ALLOWED, "problem.methodNotAllowed", List.of(e.getMethod()), List.of(), locale));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return respond(problems.create(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType", List.of(), List.of(), locale));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, Locale locale) {
        return respond(problems.create(ProblemCode.MALFORMED_REQUEST, "problem.malformed", List.of(), List.of(), locale));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, Locale locale) {
        return respond(problems.create(ProblemCode.STALE_VERSION, "problem.staleVersion", List.of(), List.of(), locale));
    }

    /**
     * A row lock held by another request, a deadlock or a serialisation failure: the database undid this request's
     * work, so the honest answer is a conflict the client can retry, never a 500.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> beingChanged(Exception e, Locale locale) {
        log.info("concurrent change refused in API call: {}", e.getClass().getSimpleName());
        return respond(problems.create(ProblemCode.BEING_CHANGED, "problem.beingChanged", List.of(), List.of(), locale));
    }

    /** A concurrent write hit a database constraint (e.g. the same person added twice at once). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException e, Locale locale) {
        String dataProblem = DataExceptions.codeOf(e);
        if (dataProblem != null) {
            // a value the database cannot hold (too long, out of range) is the caller's input, not a conflict
            log.warn("data exception in API call: {}", dataProblem);
            return respond(problems.create(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(),
                    List.of(FieldProblem.of("", dataProblem)), locale));
        }
        log.warn("constraint violation in API call: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return respond(problems.create(ProblemCode.CONFLICT, "problem.constraint", List.of(), List.of(), locale));
    }

    /** Fail fast and say so: a client retries a 503, while a 500 or a hang makes people re-enter their work. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e, Locale locale) {
        log.warn("database unavailable in API call: {}", e.toString());
        ProblemDetail problem = problems.create(ProblemCode.DATABASE_UNAVAILABLE, "problem.databaseUnavailable", List.of(), List.of(), locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e, Locale locale) {
        return respond(problems.create(ProblemCode.FORBIDDEN, "problem.forbidden", List.of(), List.of(), locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (LockFailures.isLockFailure(e)) {
            return beingChanged(e, locale);
        }
        log.error("unexpected failure in API call", e);
        return respond(problems.create(ProblemCode.INTERNAL_ERROR, "problem.internal", List.of(), List.of(), locale));
    }

    /** members[1].name, from Jackson's reference chain. */
    private static String path(tools.jackson.core.JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
