package com.carenext.security;

import com.carenext.shared.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a user name and password (form login and HTTP Basic alike) under the lockout rules, in the database so
 * that every instance behind a load balancer agrees.
 *
 * <p>The account's row is locked ({@code SELECT … FOR UPDATE}) before its password is checked and the failure is
 * counted before the lock is released: guesses that arrive at once are checked one after the other, and once
 * {@code maxFailures} have failed the rest are refused without a check. So at most {@code maxFailures} passwords are
 * ever checked per account in a lockout window, however many arrive together. A client address that failed too
 * often is refused before anything ({@link AddressThrottle}).
 *
 * <p>A successful sign-in writes the account only when something changed: failures to clear, or a last-login time
 * older than {@link #LAST_LOGIN_PRECISION} (so an API script signing in on every request does not write each time).
 */
@Component
class LoginAttempts implements AuthenticationProvider {

    static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecuritySettings.Lockout lockout;
    private final PasswordEncoder encoder;
    private final AddressThrottle throttle;
    private final TransactionTemplate transaction;
    private final boolean h2;
    private final RecentAccounts recent;
    /**
     * Checked when the name is unknown, so that an unknown name costs as much time as a wrong password. Hashed beside
     * the start rather than in it: a bcrypt in a cold JVM took ~0.5 s of the start's critical path.
     */
    private final java.util.concurrent.CompletableFuture<String> unknownUserHash;

    LoginAttempts(JdbcClient jdbc, Clock clock, SecuritySettings settings, PasswordEncoder encoder,
                  AddressThrottle throttle, PlatformTransactionManager transactions, DataSource dataSource,
                  RecentAccounts recent) {
        this.recent = recent;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lockout = settings.lockout();
        this.encoder = encoder;
        this.throttle = throttle;
        this.transaction = new TransactionTemplate(transactions);
        this.h2 = isH2(dataSource);
        this.unknownUserHash = java.util.concurrent.CompletableFuture.supplyAsync(() -> encoder.encode("no such account"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.check(address);
        Check check = transaction.execute(status -> check(username, password));
        switch (check.outcome()) {
            case LOCKED -> throw new LockedException("locked");
            case WRONG -> {
                throttle.failed(address);
                throw new BadCredentialsException("bad credentials");
            }
            case DISABLED -> throw new DisabledException("disabled");
            default -> {
                UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                        check.principal(), null, check.principal().getAuthorities());
                result.setDetails(authentication.getDetails());
                return result;
            }
        }
    }

    private Check check(String username, String password) {
        if (h2) {
            // H2 waits one second for a row lock by default; a burst of guesses queues longer than that.
            jdbc.sql("SET LOCK_TIMEOUT 10000").update();
        }
        record Row(long id, String hash, boolean enabled, int failures, Instant lockedUntil, Instant lastLogin) {
        }
        Row row = jdbc.sql("""
                        SELECT id, password_hash, enabled, failed_attempts, locked_until, last_login_at
                        FROM app_user WHERE username = :username FOR UPDATE""")
                .param("username", username)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .optional().orElse(null);
        if (row == null) {
            encoder.matches(password, unknownUserHash.join());
            return new Check(Outcome.WRONG, null);
        }
        Instant now = clock.instant();
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return new Check(Outcome.LOCKED, null);
        }
        if (!encoder.matches(password, row.hash())) {
            // A lock that has run out starts a fresh count.
            int failures = (row.lockedUntil() != null ? 0 : row.failures()) + 1;
            jdbc.sql("UPDATE app_user SET failed_attempts = :failures, locked_until = :until WHERE id = :id")
                    .param("failures", failures)
                    .param("until", failures >= lockout.maxFailures() ? Timestamp.from(now.plus(lockout.duration())) : null)
                    .param("id", row.id())
                    .update();
            return new Check(Outcome.WRONG, null);
        }
        if (!row.enabled()) {
            return new Check(Outcome.DISABLED, null);
        }
        if (row.failures() != 0 || row.lockedUntil() != null || row.lastLogin() == null
                || row.lastLogin().isBefore(now.minus(LAST_LOGIN_PRECISION))) {
            jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(now)).param("id", row.id()).update();
        }
        recent.forget(row.id()); // a sign-in always reads the account afresh
        return new Check(Outcome.SIGNED_IN, new AccountPrincipal(row.id(), username, null, true, false,
                rolesOf(row.id())));
    }

    /** Lifts a lock before its time (a security admin helping someone who forgot the password). */
    void unlock(long userId) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("id", userId).update();
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE app_user = :id").param("id", userId)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        } catch (SQLException e) {
            return false;
        }
    }

    private enum Outcome { SIGNED_IN, WRONG, LOCKED, DISABLED }

    private record Check(Outcome outcome, AccountPrincipal principal) {
    }
}
