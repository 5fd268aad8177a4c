package org.safeguard.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.web.ProblemFactory;
import org.safeguard.shared.web.DatabaseOutage;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/** 401 and 403 for API callers as problem details, with a stable code. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemFactory problems;

    ProblemSecurityHandlers(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof InternalAuthenticationServiceException && DatabaseOutage.causedBy(e)) {
            // the account could not be loaded: not a wrong password, and the client should retry, not re-authenticate
            response.setHeader("Retry-After", "10");
            write(request, response, ProblemCode.DATABASE_UNAVAILABLE, "problem.databaseUnavailable");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Safeguard\"");
        write(request, response, ProblemCode.UNAUTHENTICATED, "problem.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, ProblemCode.FORBIDDEN, "problem.forbidden");
    }

    void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, ProblemCode.PASSWORD_CHANGE_REQUIRED, "problem.passwordChangeRequired");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemCode code, String key) throws IOException {
        ProblemDetail body = problems.create(code, key, List.of(), List.of(), RequestContextUtils.getLocale(request));
        ProblemFactory.write(response, body);
    }
}
