package org.safeguard.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguard.shared.ProblemCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** No handler matched the path: a problem for API callers, the translated 404 page for people. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NoHandlerAdvice {

    private final ProblemFactory problems;

    NoHandlerAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noHandler(HttpServletRequest request, Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.create(ProblemCode.NOT_FOUND, "problem.noSuchResource", List.of(), List.of(), locale));
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 404);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
