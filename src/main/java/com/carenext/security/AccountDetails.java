package com.carenext.security;

import com.carenext.shared.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for authentication, with its lock state read fresh from the database. */
@Service
class AccountDetails implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetails(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var principal = jdbc.sql("""
                        SELECT id, username, password_hash, enabled, locked_until FROM app_user WHERE username = :username""")
                .param("username", username)
                .query((rs, row) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
                    return new AccountPrincipal(rs.getLong("id"), rs.getString("username"),
                            rs.getString("password_hash"), rs.getBoolean("enabled"), locked, rolesOf(rs.getLong("id")));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return principal;
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE app_user = :id").param("id", userId)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }
}
