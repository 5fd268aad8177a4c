package org.safeguard.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses a credential check (the sign-in form, or any request carrying HTTP Basic credentials) from an address
 * that has used up its failures, before the password is tried: the account's failure count does not move.
 */
class ThrottleFilter extends OncePerRequestFilter {

    private final ClientThrottle throttle;
    private final ProblemFactory problems;

    ThrottleFilter(ClientThrottle throttle, ProblemFactory problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!checksCredentials(request) || !throttle.blocked(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = throttle.retryAfterMinutes();
        response.setHeader("Retry-After", String.valueOf(minutes * 60));
        if (isFormLogin(request)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        var body = problems.create(ProblemCode.TOO_MANY_ATTEMPTS, "problem.tooManyAttempts", List.of(minutes), List.of(),
                RequestContextUtils.getLocale(request));
        ProblemFactory.write(response, body);
    }

    private static boolean checksCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return isFormLogin(request) || (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6));
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }
}
