package org.safeguard.payment.web;

import java.util.Locale;

import org.safeguard.payment.PayrollActionRefused;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused payroll action answers 409 naming the current state and the actions that are allowed in it. */
@RestControllerAdvice(assignableTypes = PayrollApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PayrollProblems {

    private final ProblemFactory problems;

    PayrollProblems(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PayrollActionRefused.class)
    ResponseEntity<ProblemDetail> refused(PayrollActionRefused e, Locale locale) {
        ProblemDetail problem = problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale);
        problem.setProperty("state", e.state().name());
        problem.setProperty("action", e.action().name());
        problem.setProperty("allowedActions", e.allowed().stream()
                .filter(a -> a != org.safeguard.payment.PayrollAction.FINISH_GENERATION).map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
