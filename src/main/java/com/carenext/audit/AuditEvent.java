package com.carenext.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One recorded action: who, when, what, on which record, from where, and how it ended. */
public record AuditEvent(long id, Instant occurredAt, String username, String actorName,
                         String scopePath, String action,
                         String httpMethod, String requestPath, String targetType, String targetId,
                         String clientAddress, Outcome outcome, Integer status, String reason,
                         String detail) {

    /** The time on the office's clock ({@code carenext.zone}), whatever the server's zone. */
    public LocalDateTime localTime(ZoneId officeZone) {
        return LocalDateTime.ofInstant(occurredAt, officeZone);
    }

    /** SUCCESS: done; REFUSED: a rule, a check or the caller's scope refused it (4xx); FAILURE: it broke. */
    public enum Outcome {
        SUCCESS, REFUSED, FAILURE
    }
}
