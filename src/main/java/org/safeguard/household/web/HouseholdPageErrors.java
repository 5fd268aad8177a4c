package org.safeguard.household.web;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Business failures the pages do not handle themselves: an id outside the caller's region is the ordinary
 * 404 page (never a hint that it exists); any other refusal is the error page with its status.
 */
@ControllerAdvice(assignableTypes = {HouseholdSearchController.class, HouseholdDetailController.class,
        HouseholdFormController.class, MoveMemberController.class})
class HouseholdPageErrors {

    @ExceptionHandler(SafeguardException.class)
    ModelAndView failed(SafeguardException e) {
        HttpStatus status = e.code() == ProblemCode.NOT_FOUND ? HttpStatus.NOT_FOUND
                : e.code() == ProblemCode.FORBIDDEN ? HttpStatus.FORBIDDEN
                : e.code() == ProblemCode.VALIDATION_FAILED ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
