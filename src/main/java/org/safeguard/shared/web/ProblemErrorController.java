package org.safeguard.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.safeguard.shared.ProblemCode;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's whitelabel error handling: API paths get problem details, pages get the
 * translated error page. Neither shows a stack trace.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemFactory problems;

    ProblemErrorController(ProblemFactory problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model, Locale locale) {
        HttpStatus status = statusOf(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemCode code = switch (status) {
                case NOT_FOUND -> ProblemCode.NOT_FOUND;
                case UNAUTHORIZED -> ProblemCode.UNAUTHENTICATED;
                case FORBIDDEN -> ProblemCode.FORBIDDEN;
                case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
                case CONTENT_TOO_LARGE -> ProblemCode.PAYLOAD_TOO_LARGE;
                case SERVICE_UNAVAILABLE -> ProblemCode.DATABASE_UNAVAILABLE;
                default -> status.is4xxClientError() ? ProblemCode.MALFORMED_REQUEST : ProblemCode.INTERNAL_ERROR;
            };
            String detailKey = code == ProblemCode.NOT_FOUND ? "problem.noSuchResource" : "problem." + camel(code);
            ProblemDetail body = problems.create(code, status, detailKey, List.of(), List.of(), locale);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        model.addAttribute("status", status.value());
        return "error";
    }

    private static String camel(ProblemCode code) {
        String[] parts = code.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        // a filter (account refresh, sign-in) that could not reach the database: 503, not a 500
        if (DatabaseOutage.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus resolved = HttpStatus.resolve(i);
            if (resolved != null) {
                return resolved;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
