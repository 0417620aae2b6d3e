package com.carenext.audit;

import com.carenext.security.CurrentActors;
import com.carenext.shared.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records logins, failed logins (with the reason) and logouts, for form login and HTTP Basic alike. */
@Component
class AuthenticationAudit {

    private final AuditLog trail;
    private final CurrentActors actors;

    AuthenticationAudit(AuditLog trail, CurrentActors actors) {
        this.trail = trail;
        this.actors = actors;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // HTTP Basic authenticates every API call; only interactive logins are worth a row.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && ApiRequests.isApi(a.getRequest())) {
            return;
        }
        record(event.getAuthentication(), "Login.success", AuditEvent.Outcome.SUCCESS, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), "Login.failure", AuditEvent.Outcome.FAILURE,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), "Logout", AuditEvent.Outcome.SUCCESS, null);
    }

    private void record(Authentication authentication, String action, AuditEvent.Outcome outcome, String detail) {
        String username = authentication == null ? null : authentication.getName();
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        trail.append(new AuditEntry(username, username == null ? null : actors.displayNameOf(username).orElse(null),
                username == null ? null : actors.scopePathOf(username).orElse(null),
                action, request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(),
                "User", username, request == null ? null : request.getRemoteAddr(), outcome, null, null, detail));
    }
}
