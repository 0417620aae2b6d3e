package com.carenext.audit;

/** One row to append to the trail, before it has an id and a time. */
record AuditEntry(String username, String actorName, String scopePath, String action, String httpMethod, String requestPath,
                  String targetType, String targetId, String clientAddress, AuditEvent.Outcome outcome,
                  Integer status, String reason, String detail) {
}
