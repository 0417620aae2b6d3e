package com.carenext.audit;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one row at the end of the hash chain: the chain head is locked (FOR UPDATE) for the length of this
     * short transaction, so concurrent writers chain one after the other.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void append(AuditEntry entry) {
        append(entry, clock.instant());
    }

    /** Appends a row that happened at the given time (an import of older events); chained like any other. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void append(AuditEntry entry, Instant occurredAt) {
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.seq() + 1;
        Timestamp at = Timestamp.from(occurredAt.truncatedTo(ChronoUnit.MICROS));
        Object[] values = {at, cut(entry.username(), 60), cut(entry.actorName(), 100), entry.scopePath(),
                cut(entry.action(), 120), entry.httpMethod(), cut(entry.requestPath(), 500),
                cut(entry.targetType(), 60), cut(entry.targetId(), 60), cut(entry.clientAddress(), 64),
                entry.outcome().name(), entry.status(), cut(entry.reason(), 120), cut(entry.detail(), 1000)};
        String hash = AuditHash.of(head.hash(), seq, values);
        Map<String, Object> params = new HashMap<>();
        String[] names = {"at", "username", "actorName", "scope", "action", "method", "path", "targetType",
                "targetId", "client", "outcome", "status", "reason", "detail"};
        for (int i = 0; i < names.length; i++) {
            params.put(names[i], values[i]);
        }
        params.put("seq", seq);
        params.put("prev", head.hash());
        params.put("hash", hash);
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, username, actor_name, scope_path, action, http_method,
                            request_path, target_type, target_id, client_address, outcome, status, reason, detail,
                            chain_seq, prev_hash, row_hash)
                        VALUES (:at, :username, :actorName, :scope, :action, :method, :path, :targetType, :targetId,
                            :client, :outcome, :status, :reason, :detail, :seq, :prev, :hash)""")
                .params(params).update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    /**
     * Newest first, the page of events older than {@code beforeId}: keyset paging down the primary key, no OFFSET,
     * no COUNT. Only the filters in use become SQL conditions, so each query can take its index (user → the
     * (username, id) index; dates → an id range found through the occurred_at index). One statement, so no
     * transaction around it (a read-only one cost a BEGIN and a COMMIT per list page: docs/performance.md).
     */
    List<AuditEvent> page(Actor actor, AuditFilter filter, AuditCursor before, int size) {
        actor.require(Role.AUDITOR);
        Query query = query(actor, filter);
        if (query == null) {
            return List.of();
        }
        if (before != null) {
            query.sql.append(" AND (occurred_at < :beforeAt OR (occurred_at = :beforeAt AND id < :beforeId))");
            query.params.put("beforeAt", Timestamp.from(before.at()));
            query.params.put("beforeId", before.id());
        }
        query.sql.append(" ORDER BY occurred_at DESC, id DESC FETCH FIRST :size ROWS ONLY");
        query.params.put("size", Math.max(1, Math.min(size, 500)));
        return jdbc.sql(query.sql.toString()).params(query.params).query(AuditLog::map).list();
    }

    /** Every matching event, newest first, handed over one at a time (for streaming exports). */
    @Transactional(readOnly = true)
    void each(Actor actor, AuditFilter filter, Consumer<AuditEvent> consumer) {
        actor.require(Role.AUDITOR);
        Query query = query(actor, filter);
        if (query == null) {
            return;
        }
        query.sql.append(" ORDER BY occurred_at DESC, id DESC");
        try (Stream<AuditEvent> events = jdbc.sql(query.sql.toString()).params(query.params).withFetchSize(500)
                .query(AuditLog::map).stream()) {
            events.forEach(consumer);
        }
    }

    /** How many events match (once per export, for its progress bar; the list pages never count). */
    @Transactional(readOnly = true)
    long count(Actor actor, AuditFilter filter) {
        actor.require(Role.AUDITOR);
        Query query = query(actor, filter);
        if (query == null) {
            return 0;
        }
        return jdbc.sql(query.sql.toString().replaceFirst("SELECT \\* ", "SELECT COUNT(*) "))
                .params(query.params).query(Long.class).single();
    }

    private record Query(StringBuilder sql, Map<String, Object> params) {
    }

    /**
     * The SQL for a filter. Codes (user, action, target type and id, outcome) match exactly and take their
     * indexes; only the request path is a contains-filter (a trigram index on PostgreSQL).
     */
    private Query query(Actor actor, AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE ");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", actor.scopePattern());
        boolean topLevel = actor.scopePath().chars().filter(c -> c == '/').count() == 2;
        sql.append(topLevel ? "(scope_path LIKE :scope OR scope_path IS NULL)" : "scope_path LIKE :scope");
        condition(sql, params, "username = :username", "username", filter.usernameOrEmpty());
        condition(sql, params, "action = :action", "action", filter.actionOrEmpty());
        condition(sql, params, "request_path LIKE :path", "path",
                filter.pathOrEmpty().isEmpty() ? "" : "%" + filter.pathOrEmpty().replace("%", "") + "%");
        condition(sql, params, "target_type = :targetType", "targetType", filter.targetTypeOrEmpty());
        condition(sql, params, "target_id = :targetId", "targetId", filter.targetIdOrEmpty());
        condition(sql, params, "outcome = :outcome", "outcome",
                filter.outcome() == null ? "" : filter.outcome().name());
        // The period is a range of the time column (index (occurred_at, id)), not of ids: rows need not have been
        // inserted in time order (imports, migrations).
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Query(sql, params);
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name,
                                  String value) {
        if (!value.isEmpty()) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        Integer status = rs.getObject("status", Integer.class);
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                rs.getString("actor_name"), rs.getString("scope_path"), rs.getString("action"), rs.getString("http_method"),
                rs.getString("request_path"), rs.getString("target_type"), rs.getString("target_id"),
                rs.getString("client_address"), AuditEvent.Outcome.valueOf(rs.getString("outcome")),
                status, rs.getString("reason"), rs.getString("detail"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
