package org.safeguard.casework.web;

import java.util.Locale;

import org.safeguard.casework.CaseActionRefused;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused case action answers 409 naming the state, the allowed actions and any failed preconditions. */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    private final ProblemFactory problems;

    CaseProblems(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CaseActionRefused.class)
    ResponseEntity<ProblemDetail> refused(CaseActionRefused e, Locale locale) {
        ProblemDetail problem = problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale);
        problem.setProperty("state", e.state());
        problem.setProperty("action", e.action());
        problem.setProperty("allowedActions", e.allowed());
        problem.setProperty("failedPreconditions", e.failed());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
