package org.safeguard.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a signed-in user whose password is still the temporary one an administrator set (security.md
 * A10): pages redirect to the change-password form, API calls get 403 PASSWORD_CHANGE_REQUIRED, until the
 * holder has chosen a password nobody else knows. The flag is read from the account on every request, so a
 * reset by an administrator applies at once.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    static final String API = "/api/v1/account/password";
    private static final Set<String> OPEN_PAGES = Set.of(PAGE, "/logout", "/login", "/preferences/language", "/error");

    private final StaffAccounts accounts;
    private final ProblemSecurityHandlers problems;

    PasswordChangeGate(StaffAccounts accounts, ProblemSecurityHandlers problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffUserDetails user && mustChange(user)) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                if (!path.equals(API)) {
                    problems.passwordChangeRequired(request, response);
                    return;
                }
            } else if (!OPEN_PAGES.contains(path) && !path.startsWith("/css/") && !path.startsWith("/js/")
                    && !path.startsWith("/webjars/")) {
                response.sendRedirect(request.getContextPath() + PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean mustChange(StaffUserDetails user) {
        return accounts.findById(user.principal().accountId()).map(StaffAccount::passwordMustChange).orElse(false);
    }
}
