package com.carenext.exports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns of a scheduled task across instances, kept in the database (not in any instance's memory): a turn is one
 * UPDATE of the task's row whose {@code claimed_until} has passed, and only the instance whose UPDATE counted a
 * row runs the task; the others skip it until the claim runs out.
 */
@Component
class ScheduledClaims {

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this instance takes the turn of {@code task}, holding it for {@code hold}. */
    boolean claim(String task, Duration hold, String instance) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.sql("""
                        UPDATE scheduled_claim SET claimed_until = :until, claimed_by = :instance
                        WHERE name = :task AND claimed_until <= :now""")
                .param("until", Timestamp.valueOf(now.plus(hold))).param("instance", instance)
                .param("task", task).param("now", Timestamp.valueOf(now)).update() == 1;
    }
}
