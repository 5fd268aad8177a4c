package org.safeguard.application.web;

import java.util.Locale;

import org.safeguard.application.ApplicationActionRefused;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused application action answers 409 naming the state, the allowed actions and any failed preconditions. */
@RestControllerAdvice(assignableTypes = ApplicationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationProblems {

    private final ProblemFactory problems;

    ApplicationProblems(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApplicationActionRefused.class)
    ResponseEntity<ProblemDetail> refused(ApplicationActionRefused e, Locale locale) {
        ProblemDetail problem = problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale);
        problem.setProperty("state", e.state().name());
        problem.setProperty("action", e.action().name());
        problem.setProperty("allowedActions", e.allowed().stream().map(Enum::name).toList());
        problem.setProperty("failedPreconditions", e.failed().stream().map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
