package com.carenext.generate;

import com.carenext.audit.AuditHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of audit rows for the generated units, chained onto the trail's head exactly as the application chains
 * its own (SHA-256 over the previous hash and the row, {@link AuditHash}), so that 审计 → 校验 still finds the chain
 * intact. This is the one part written row by row (in JDBC batches, committed every {@link #COMMIT} rows with the
 * head moved along): a hash chain is sequential by nature.
 */
final class AuditTrail {

    private static final String[][] ACTIONS = {
            {"VolunteerPages.create", "POST", "/volunteers", "Volunteer"},
            {"ActivityPages.create", "POST", "/activities", "Activity"},
            {"PatrolPages.checkIn", "POST", "/patrols/check-in", "Patrol"},
            {"ArticlePages.submit", "POST", "/publicity/articles", "Article"},
            {"StudyPages.attend", "POST", "/study/sessions", "StudySession"},
            {"HoursPages.approve", "POST", "/hours", "ServiceHour"},
            {"login", "POST", "/login", null}};
    private static final int BATCH = 2_000;
    /** Rows per transaction: each commit leaves a verifiable chain, and a region's 2 M rows show progress. */
    private static final long COMMIT = 100_000;

    private final Steps steps;
    private final JdbcTemplate jdbc;
    private final Generator.Plan plan;

    AuditTrail(Steps steps, Generator.Plan plan) {
        this.steps = steps;
        this.jdbc = steps.jdbc();
        this.plan = plan;
    }

    long append(long count) {
        List<String> paths = jdbc.queryForList("SELECT path FROM organization WHERE id BETWEEN ? AND ? ORDER BY id",
                String.class, plan.firstUnit(), plan.firstUnit() + plan.units() - 1);
        long start = Timestamp.valueOf(plan.today().minusDays(365).atStartOfDay()).getTime();
        long step = Math.max(1, 365L * 86_400_000L / Math.max(1, count));
        return count == 0 ? 0 : steps.chunked("audit_event", 0, count - 1, COMMIT,
                (from, to) -> appendChunk(paths, from, to, start, step));
    }

    /**
     * Rows {@code from..to} in one transaction: the head is read under lock, the rows chained onto it, the head moved
     * to the last of them, then committed — so that every commit leaves a chain that verifies.
     */
    private long appendChunk(List<String> paths, long from, long to, long start, long step) {
        return jdbc.execute((Connection connection) -> {
            connection.setAutoCommit(false);
            try {
                long seq;
                String hash;
                try (Statement head = connection.createStatement();
                     ResultSet row = head.executeQuery(
                             "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                    row.next();
                    seq = row.getLong(1);
                    hash = row.getString(2);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (occurred_at, "
                        + "username, actor_name, scope_path, action, http_method, request_path, target_type, target_id, "
                        + "client_address, outcome, status, reason, detail, chain_seq, prev_hash, row_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (long i = from; i <= to; i++) {
                        int unit = (int) (i % paths.size());
                        String[] action = ACTIONS[(int) (i % ACTIONS.length)];
                        boolean refused = i % 23 == 0;
                        String target = action[3] == null ? null : String.valueOf(1 + (i * 7919) % 100_000);
                        Object[] values = {new Timestamp(start + i * step), "gen" + unit, "生成数据" + unit,
                                paths.get(unit), action[0], action[1], action[2], action[3], target,
                                "10.8." + (unit % 250) + "." + (i % 250), refused ? "REFUSED" : "SUCCESS",
                                refused ? 422 : 302, refused ? "validation.required" : null, null};
                        seq++;
                        String next = AuditHash.of(hash, seq, values);
                        for (int column = 0; column < values.length; column++) {
                            insert.setObject(column + 1, values[column]);
                        }
                        insert.setLong(15, seq);
                        insert.setString(16, hash);
                        insert.setString(17, next);
                        insert.addBatch();
                        hash = next;
                        if ((i - from + 1) % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement head = connection.prepareStatement(
                        "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                    head.setLong(1, seq);
                    head.setString(2, hash);
                    head.executeUpdate();
                }
                connection.commit();
                return to - from + 1;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }
}
