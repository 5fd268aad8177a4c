package org.safeguard.account;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every refused action of a signed-in member to the audit log (security.md H1: failed
 * authorisation). Anonymous requests are not recorded: they are answered with a login prompt.
 */
@Component
class DeniedAccessAuditor {

    private final AuditTrail audit;

    DeniedAccessAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUserDetails)) {
            return;
        }
        Object target = event.getObject();
        String what;
        if (target instanceof MethodInvocation invocation) {
            what = invocation.getMethod().getDeclaringClass().getSimpleName() + "#" + invocation.getMethod().getName();
        } else if (target instanceof HttpServletRequest request) {
            what = request.getMethod() + " " + request.getRequestURI();
        } else {
            what = target == null ? null : target.getClass().getSimpleName();
        }
        audit.record(AuditRecord.of("ACCESS_DENIED", "OPERATION", what).outcome(AuditRecord.Outcome.DENIED));
    }
}
