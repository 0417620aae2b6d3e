package com.carenext.exports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes finished exports and their files once older than {@code carenext.exports.retention} (a day), every
 * {@code carenext.exports.purge-interval}. One instance purges per turn (the job's lock, {@code shared.Jobs}), so two
 * instances never both walk the same files.
 */
@Component
class ExportPurge {

    static final String TASK = "export-purge";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExportFiles files;
    private final Duration retention;

    ExportPurge(JdbcClient jdbc, Clock clock, ExportFiles files,
                @Value("${carenext.exports.retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.files = files;
        this.retention = retention;
    }

    /** Purges when this instance holds the job's lock: the number of jobs purged, empty on another's turn. */
    @Scheduled(fixedDelayString = "${carenext.exports.purge-interval:PT1H}",
            initialDelayString = "${carenext.exports.purge-interval:PT1H}")
    @SchedulerLock(name = TASK, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    Optional<Integer> purge() {
        return Optional.of(purgeNow());
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
