package com.carenext.exports;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes finished exports and their files once older than {@code carenext.exports.retention} (a day), every
 * {@code carenext.exports.purge-interval}. One instance purges per turn: the turn is claimed in the database
 * ({@link ScheduledClaims}), so two instances never both walk the same files.
 */
@Component
class ExportPurge {

    static final String TASK = "export-purge";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExportFiles files;
    private final ScheduledClaims claims;
    private final Duration retention;
    private final Duration interval;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    ExportPurge(JdbcClient jdbc, Clock clock, ExportFiles files, ScheduledClaims claims,
                @Value("${carenext.exports.retention:P1D}") Duration retention,
                @Value("${carenext.exports.purge-interval:PT1H}") Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.files = files;
        this.claims = claims;
        this.retention = retention;
        this.interval = interval;
    }

    /** Purges when this instance wins the turn; returns the number of jobs purged (-1: another instance's turn). */
    @Scheduled(fixedDelayString = "${carenext.exports.purge-interval:PT1H}",
            initialDelayString = "${carenext.exports.purge-interval:PT1H}")
    int purge() {
        // Held for most of an interval: the next turn is open again by the time any instance's timer fires.
        if (!claims.claim(TASK, interval.dividedBy(2), instance)) {
            return -1;
        }
        return purgeNow();
    }

    int purgeNow() {
        Timestamp cutoff = Timestamp.valueOf(LocalDateTime.now(clock).minus(retention));
        record Old(long id, String file) {
        }
        List<Old> old = jdbc.sql("""
                        SELECT id, file_name FROM export_job
                        WHERE status IN ('DONE', 'FAILED') AND finished_at < :cutoff""")
                .param("cutoff", cutoff).query((rs, n) -> new Old(rs.getLong(1), rs.getString(2))).list();
        old.forEach(job -> files.delete(job.file()));
        return jdbc.sql("DELETE FROM export_job WHERE status IN ('DONE', 'FAILED') AND finished_at < :cutoff")
                .param("cutoff", cutoff).update();
    }
}
