package org.safeguard.household.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Post/Redirect/Get with 303 See Other, so the browser fetches the target with GET. */
final class Redirects {

    private Redirects() {
    }

    static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
