package org.safeguard.home;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the address it was loaded from, so the language switch in the header returns there.
 * Only GET addresses qualify (after a POST the page sets its own {@code backPath}).
 */
@ControllerAdvice
class CurrentPathAdvice {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
