package com.carenext.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets used form tokens ({@link FormTokens}) and {@code Idempotency-Key}s ({@link IdempotencyKeys}) once they are
 * older than {@code carenext.tokens.retention} (a day unless configured): a form or request resent within that time
 * is still answered with its first result; later, nobody resends it, and the tables stay small. Runs every
 * {@code carenext.tokens.purge-interval}. Safe with several instances without a lock: each run is one plain
 * {@code DELETE ... WHERE time < cutoff}, and two instances deleting the same rows delete them once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SpentTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    SpentTokens(JdbcClient jdbc, Clock clock, @Value("${carenext.tokens.retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes what is older than the retention; returns how many form tokens and keys were forgotten. */
    @Scheduled(fixedDelayString = "${carenext.tokens.purge-interval:PT1H}",
            initialDelayString = "${carenext.tokens.purge-interval:PT1H}")
    int purge() {
        Timestamp cutoff = Timestamp.valueOf(LocalDateTime.now(clock).minus(retention));
        int tokens = jdbc.sql("DELETE FROM used_form_token WHERE used_at < :cutoff").param("cutoff", cutoff).update();
        int keys = jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :cutoff").param("cutoff", cutoff).update();
        return tokens + keys;
    }
}
