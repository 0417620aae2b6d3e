package com.carenext.audit;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit table. It only appends and reads: there is no update or delete statement here, nor anywhere else.
 * Reading is for auditors, within their subtree; events without a scope (a failed login by an unknown name) are
 * visible to auditors of a top-level organization.
 */
@Repository
class AuditLog {

    private static final String FILTERS = """
            WHERE (scope_path LIKE :scope OR (scope_path IS NULL AND :topLevel))
              AND (:username = '' OR username = :username)
              AND (:action = '' OR action LIKE :actionPattern)
              AND (:targetType = '' OR target_type = :targetType)
              AND (:targetId = '' OR target_id = :targetId)
              AND (:outcome = '' OR outcome = :outcome)
              AND occurred_at >= :from AND occurred_at < :to""";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void append(String username, String scopePath, String action, String httpMethod, String requestPath,
                String targetType, String targetId, String clientAddress, AuditEvent.Outcome outcome, Integer status,
                String detail) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, username, scope_path, action, http_method, request_path,
                            target_type, target_id, client_address, outcome, status, detail)
                        VALUES (:at, :username, :scope, :action, :method, :path, :targetType, :targetId, :client,
                            :outcome, :status, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("username", cut(username, 60))
                .param("scope", scopePath)
                .param("action", cut(action, 120))
                .param("method", httpMethod)
                .param("path", cut(requestPath, 500))
                .param("targetType", cut(targetType, 60))
                .param("targetId", cut(targetId, 60))
                .param("client", cut(clientAddress, 64))
                .param("outcome", outcome.name())
                .param("status", status)
                .param("detail", cut(detail, 1000))
                .update();
    }

    /** Newest first, the page of events older than {@code beforeId} (keyset paging: no OFFSET, no COUNT). */
    @Transactional(readOnly = true)
    List<AuditEvent> page(Actor actor, AuditFilter filter, long beforeId, int size) {
        actor.require(Role.AUDITOR);
        return bind(jdbc.sql("SELECT * FROM audit_event " + FILTERS + " AND id < :before ORDER BY id DESC "
                + "FETCH FIRST :size ROWS ONLY"), actor, filter)
                .param("before", beforeId)
                .param("size", Math.max(1, Math.min(size, 500)))
                .query(AuditLog::map).list();
    }

    /** Every matching event, newest first, handed over one at a time (for streaming exports). */
    @Transactional(readOnly = true)
    void each(Actor actor, AuditFilter filter, Consumer<AuditEvent> consumer) {
        actor.require(Role.AUDITOR);
        try (Stream<AuditEvent> events = bind(jdbc.sql("SELECT * FROM audit_event " + FILTERS + " ORDER BY id DESC"),
                actor, filter).withFetchSize(500).query(AuditLog::map).stream()) {
            events.forEach(consumer);
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor, AuditFilter filter) {
        ZoneId zone = clock.getZone();
        return statement
                .param("scope", actor.scopePattern())
                .param("topLevel", actor.scopePath().chars().filter(c -> c == '/').count() == 2)
                .param("username", filter.usernameOrEmpty())
                .param("action", filter.actionOrEmpty())
                .param("actionPattern", "%" + filter.actionOrEmpty() + "%")
                .param("targetType", filter.targetTypeOrEmpty())
                .param("targetId", filter.targetIdOrEmpty())
                .param("outcome", filter.outcome() == null ? "" : filter.outcome().name())
                .param("from", filter.from() == null ? Timestamp.valueOf("1970-01-01 00:00:00")
                        : Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .param("to", filter.to() == null ? Timestamp.valueOf("9999-12-31 00:00:00")
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        Integer status = rs.getObject("status", Integer.class);
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                rs.getString("scope_path"), rs.getString("action"), rs.getString("http_method"),
                rs.getString("request_path"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("client_address"), AuditEvent.Outcome.valueOf(rs.getString("outcome")),
                status, rs.getString("detail"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
