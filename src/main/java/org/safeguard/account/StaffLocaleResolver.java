package org.safeguard.account;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.web.servlet.LocaleResolver;

/**
 * zh-CN unless chosen otherwise. A signed-in member's choice is stored on the account, so it follows
 * them to the next login; before login the choice lives in the session. API callers may send
 * Accept-Language.
 */
class StaffLocaleResolver implements LocaleResolver {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final String SESSION_KEY = StaffLocaleResolver.class.getName() + ".LOCALE";

    private final CurrentStaff currentStaff;
    private final StaffAccounts accounts;

    StaffLocaleResolver(CurrentStaff currentStaff, StaffAccounts accounts) {
        this.currentStaff = currentStaff;
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getHeader("Accept-Language") != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return supported(request.getLocale());
        }
        var staff = currentStaff.find();
        if (staff.isPresent() && staff.get().locale() != null) {
            return supported(staff.get().locale());
        }
        return DEFAULT;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale);
        request.getSession(true).setAttribute(SESSION_KEY, chosen);
        currentStaff.find().ifPresent(staff -> accounts.setLocale(staff.accountId(), chosen));
    }

    static Locale supported(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        return DEFAULT;
    }
}
