package com.carenext.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account in the database (so every instance behind a load balancer agrees) and locks
 * the account for a while after too many; a successful login clears the count. Applies to form login and HTTP
 * Basic alike.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecuritySettings.Lockout lockout;

    LoginAttempts(JdbcClient jdbc, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lockout = settings.lockout();
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Timestamp now = Timestamp.from(clock.instant());
        // A lock that has run out starts a fresh count.
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = :username AND locked_until <= :now")
                .param("username", username).param("now", now).update();
        jdbc.sql("""
                        UPDATE app_user
                        SET failed_attempts = failed_attempts + 1,
                            locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until ELSE locked_until END
                        WHERE username = :username""")
                .param("max", lockout.maxFailures())
                .param("until", Timestamp.from(clock.instant().plus(lockout.duration())))
                .param("username", username)
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = :now
                        WHERE username = :username""")
                .param("now", Timestamp.from(clock.instant()))
                .param("username", event.getAuthentication().getName())
                .update();
    }

    /** Lifts a lock before its time (a security admin helping someone who forgot the password). */
    void unlock(long userId) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("id", userId).update();
    }
}
