package org.safeguard.policy.web;

import java.util.Locale;

import org.safeguard.policy.DeclarationActionRefused;
import org.safeguard.policy.ProposalActionRefused;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused proposal or declaration action answers 409 naming the current state and the actions allowed in it. */
@RestControllerAdvice(assignableTypes = {PolicyApiController.class, EmergencyDeclarationApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyProblems {

    private final ProblemFactory problems;

    PolicyProblems(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProposalActionRefused.class)
    ResponseEntity<ProblemDetail> refused(ProposalActionRefused e, Locale locale) {
        ProblemDetail problem = problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale);
        problem.setProperty("state", e.state().name());
        problem.setProperty("action", e.action().name());
        problem.setProperty("allowedActions", e.allowed().stream().map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(DeclarationActionRefused.class)
    ResponseEntity<ProblemDetail> refused(DeclarationActionRefused e, Locale locale) {
        ProblemDetail problem = problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale);
        problem.setProperty("state", e.state().name());
        problem.setProperty("action", e.action().name());
        problem.setProperty("allowedActions", e.allowed().stream().map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
