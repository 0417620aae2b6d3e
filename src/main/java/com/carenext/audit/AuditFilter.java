package com.carenext.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What an auditor narrows the trail by; blank fields do not filter. Public for the page's compiled expressions. */
public record AuditFilter(String username, String action, String targetType, String targetId, AuditEvent.Outcome outcome,
                   String path,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    String usernameOrEmpty() {
        return username == null ? "" : username.strip();
    }

    String actionOrEmpty() {
        return action == null ? "" : action.strip();
    }

    String targetTypeOrEmpty() {
        return targetType == null ? "" : targetType.strip();
    }

    String pathOrEmpty() {
        return path == null ? "" : path.strip();
    }

    String targetIdOrEmpty() {
        return targetId == null ? "" : targetId.strip();
    }
}
