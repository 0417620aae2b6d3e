package com.carenext.generate;

import com.carenext.audit.AuditHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of audit rows for the generated units, chained onto the trail's head exactly as the application chains
 * its own (SHA-256 over the previous hash and the row, {@link AuditHash}), so that 审计 → 校验 still finds the chain
 * intact. This is the one part written row by row (in JDBC batches): a hash chain is sequential by nature.
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

    private final JdbcTemplate jdbc;
    private final Generator.Plan plan;

    AuditTrail(JdbcTemplate jdbc, Generator.Plan plan) {
        this.jdbc = jdbc;
        this.plan = plan;
    }

    long append(long count) {
        List<String> paths = jdbc.queryForList("SELECT path FROM organization WHERE id BETWEEN ? AND ? ORDER BY id",
                String.class, plan.firstUnit(), plan.firstUnit() + plan.units() - 1);
        DataSource dataSource = jdbc.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long seq;
            String hash;
            try (Statement head = connection.createStatement();
                 ResultSet row = head.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                row.next();
                seq = row.getLong(1);
                hash = row.getString(2);
            }
            long start = Timestamp.valueOf(plan.today().minusDays(365).atStartOfDay()).getTime();
            long step = Math.max(1, 365L * 86_400_000L / Math.max(1, count));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (occurred_at, username, "
                    + "actor_name, scope_path, action, http_method, request_path, target_type, target_id, client_address, "
                    + "outcome, status, reason, detail, chain_seq, prev_hash, row_hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long i = 0; i < count; i++) {
                    int unit = (int) (i % paths.size());
                    String[] action = ACTIONS[(int) (i % ACTIONS.length)];
                    boolean refused = i % 23 == 0;
                    String target = action[3] == null ? null : String.valueOf(1 + (i * 7919) % 100_000);
                    Object[] values = {new Timestamp(start + i * step), "gen" + unit, "生成数据" + unit, paths.get(unit),
                            action[0], action[1], action[2], action[3], target, "10.8." + (unit % 250) + "." + (i % 250),
                            refused ? "REFUSED" : "SUCCESS", refused ? 422 : 302,
                            refused ? "validation.required" : null, null};
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
                    if ((i + 1) % BATCH == 0) {
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
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the generated audit trail", e);
        }
        return count;
    }
}
