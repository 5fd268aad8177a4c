package org.safeguard.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.PlainText;
import org.safeguard.shared.ProblemCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Query and form parameters get the same check as JSON strings ({@link PlainTextJson}), before any controller or
 * store sees them. Multipart bodies are left to the import readers, which report per row and column.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PlainTextParameters extends OncePerRequestFilter {

    private final ProblemFactory problems;

    PlainTextParameters(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String field = request.getContentType() != null && request.getContentType().startsWith("multipart/")
                ? null : offendingParameter(request);
        if (field == null) {
            chain.doFilter(request, response);
            return;
        }
        var problem = problems.create(ProblemCode.VALIDATION_FAILED, "problem.validation", List.of(),
                List.of(FieldProblem.of(field, "CONTROL_CHARACTER")), RequestContextUtils.getLocale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemFactory.write(response, problem);
        } else {
            // the translated error page, which tells the user to go back and remove the character
            response.sendError(400);
        }
    }

    private static String offendingParameter(HttpServletRequest request) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!PlainText.isClean(p.getKey())) {
                return "";
            }
            for (String value : p.getValue()) {
                if (!PlainText.isClean(value)) {
                    return p.getKey();
                }
            }
        }
        return null;
    }
}
