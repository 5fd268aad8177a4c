package org.safeguard.beneficiary.web;

import java.util.Locale;

import org.safeguard.beneficiary.BenefitAction;
import org.safeguard.beneficiary.BenefitActionRefused;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused lifecycle action answers 409 naming the current state and the actions allowed in it. */
@RestControllerAdvice(assignableTypes = BeneficiaryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BeneficiaryProblems {

    private final ProblemFactory problems;

    BeneficiaryProblems(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(BenefitActionRefused.class)
    ResponseEntity<ProblemDetail> refused(BenefitActionRefused e, Locale locale) {
        ProblemDetail problem = problems.create(e.code(), e.messageKey(), e.arguments(), e.fieldProblems(), locale);
        problem.setProperty("state", String.valueOf(e.state()));
        problem.setProperty("action", e.action().name());
        problem.setProperty("allowedActions", e.allowed().stream()
                .filter(a -> a != BenefitAction.REVIEW_FALLS_DUE && a != BenefitAction.END_TAPER).map(Enum::name).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
