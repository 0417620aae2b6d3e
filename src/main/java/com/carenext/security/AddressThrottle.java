package com.carenext.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, in the database so that every instance behind a load balancer counts
 * together. It stops one address from spraying guesses over many accounts (or unknown names), which the per-account
 * lock cannot see. Counted after the check, so a burst from one address may overshoot by the requests in flight;
 * the per-account limit is the exact one.
 */
@Component
class AddressThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecuritySettings.Lockout lockout;

    AddressThrottle(JdbcClient jdbc, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lockout = settings.lockout();
    }

    /** Refuses an address that has failed too often within the current window. */
    void check(String address) {
        if (address == null) {
            return;
        }
        int failures = jdbc.sql("""
                        SELECT failures FROM login_failure_by_address
                        WHERE client_address = :address AND window_until > :now""")
                .param("address", address).param("now", Timestamp.from(clock.instant()))
                .query(Integer.class).optional().orElse(0);
        if (failures >= lockout.maxFailuresPerAddress()) {
            throw new AddressThrottledException(address);
        }
    }

    void failed(String address) {
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(lockout.duration()));
        for (int attempt = 0; attempt < 2; attempt++) {
            // A window that has run out starts a fresh count.
            int updated = jdbc.sql("""
                            UPDATE login_failure_by_address
                            SET failures = CASE WHEN window_until > :now THEN failures + 1 ELSE 1 END,
                                window_until = CASE WHEN window_until > :now THEN window_until ELSE :until END
                            WHERE client_address = :address""")
                    .param("now", Timestamp.from(now)).param("until", until).param("address", address).update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("""
                                INSERT INTO login_failure_by_address (client_address, failures, window_until)
                                VALUES (:address, 1, :until)""")
                        .param("address", address).param("until", until).update();
                return;
            } catch (DuplicateKeyException another) {
                // Another request inserted the row first: count on it.
            }
        }
    }
}
