package com.carenext.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets used form tokens ({@link FormTokens}) and {@code Idempotency-Key}s ({@link IdempotencyKeys}) once they are
 * older than {@code carenext.tokens.retention} (a day unless configured): a form or request resent within that time
 * is still answered with its first result; later, nobody resends it, and the tables stay small. Runs every
 * {@code carenext.tokens.purge-interval}, on one instance at a time ({@link Jobs}): a run that another instance
 * began less than a minute ago is skipped.
 */
@Component
class SpentTokens {

    static final String JOB = "spent-tokens-purge";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    SpentTokens(JdbcClient jdbc, Clock clock, @Value("${carenext.tokens.retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Deletes what is older than the retention; returns how many form tokens and keys were forgotten, or nothing when
     * another instance holds the job's lock (ShedLock answers an empty {@code Optional} for a skipped run).
     */
    @Scheduled(fixedDelayString = "${carenext.tokens.purge-interval:PT1H}",
            initialDelayString = "${carenext.tokens.purge-interval:PT1H}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    Optional<Integer> purge() {
        Timestamp cutoff = Timestamp.valueOf(LocalDateTime.now(clock).minus(retention));
        int tokens = jdbc.sql("DELETE FROM used_form_token WHERE used_at < :cutoff").param("cutoff", cutoff).update();
        int keys = jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :cutoff").param("cutoff", cutoff).update();
        return Optional.of(tokens + keys);
    }
}
