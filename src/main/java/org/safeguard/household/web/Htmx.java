package org.safeguard.household.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx sends {@code HX-Request: true}; such requests get a fragment instead of the whole page. */
final class Htmx {

    private Htmx() {
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
