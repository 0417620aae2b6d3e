package com.carenext.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many activities of one unit in one set-based statement (INSERT ... SELECT over {@link Numbers}), titled
 * {@code <prefix>0 .. <prefix>n-1}, one minute apart: for exports and lists at a size no loop of service calls reaches
 * quickly. (The audit trail is not filled this way: rows outside its hash chain are tampering by design.)
 */
public final class BulkActivities {

    private BulkActivities() {
    }

    public static void insert(JdbcClient jdbc, long organizationId, String organizationPath, String type, String prefix,
                              int n) {
        jdbc.sql("INSERT INTO activity (organization_id, organization_path, activity_type, title, starts_at, place, "
                        + "youths, parents, others, summary, version, created_by, created_at) "
                        + "SELECT :organization, :path, :type, :prefix || CAST(n.i AS VARCHAR(10)), "
                        + "TIMESTAMP '2026-01-01 08:00:00' + n.i * INTERVAL '1' MINUTE, '嘎查活动室', 20, 0, 0, "
                        + "'批量', 0, 'bulk', CURRENT_TIMESTAMP FROM " + Numbers.below(n, "n"))
                .param("organization", organizationId).param("path", organizationPath).param("type", type)
                .param("prefix", prefix).update();
    }
}
