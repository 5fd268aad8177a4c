package org.safeguard.shared.web;

import org.safeguard.shared.SafeguardException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last word on a business failure that a page controller did not turn into a form message:
 * the translated error page with the problem's status (404 for anything outside the caller's region).
 * API controllers are answered first by {@link ApiProblemHandler}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageProblemAdvice {

    @ExceptionHandler(SafeguardException.class)
    ModelAndView problem(SafeguardException e) {
        HttpStatus status = e.code().status();
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }

    /** Another request holds the record: a conflict page, not a 500; nothing was changed. */
    @ExceptionHandler({org.springframework.dao.PessimisticLockingFailureException.class,
            org.springframework.dao.ConcurrencyFailureException.class})
    ModelAndView beingChanged(Exception e) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, org.springframework.transaction.CannotCreateTransactionException.class})
    ModelAndView databaseDown(Exception e) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
