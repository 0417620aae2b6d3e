package com.carenext.audit;

import com.carenext.exports.ExportEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what happens to an export outside the request that asked for it (the request itself is recorded by
 * {@link AuditRecorder}): a job finished or failed, with its reason, and each download of its file.
 */
@Component
class ExportAudit {

    private final AuditLog trail;

    ExportAudit(AuditLog trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ExportEvent event) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        trail.append(new AuditEntry(event.username(), null, event.scopePath(), event.action(),
                request == null ? null : request.getMethod(), request == null ? null : request.getRequestURI(),
                "ExportJob", String.valueOf(event.jobId()), request == null ? null : request.getRemoteAddr(),
                event.succeeded() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE, null, event.reason(),
                "rows=" + event.rows()));
    }
}
