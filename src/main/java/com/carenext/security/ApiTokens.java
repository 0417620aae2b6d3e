package com.carenext.security;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API: 256 random bits, shown once, kept only as their SHA-256 (a token is as
 * strong as a long random key, so a fast hash suffices and a lookup costs one indexed query, no bcrypt). A user
 * makes tokens for the own account; a security admin makes them for a device account in the own subtree (an
 * account without any of the separated duties). Every token expires (at most a year ahead) and can be revoked.
 */
@Service
@Transactional
class ApiTokens {

    static final String ENTITY = "ApiToken";
    static final String TOKEN_PREFIX = "cnt_";
    static final int MAX_DAYS = 366;
    /** The last use is written at most this often, so that a busy client does not write on every request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    record TokenView(long id, long userId, String username, String name, String createdBy, Instant createdAt,
                     Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean active) {
    }

    /** A new token; {@code token} is the secret itself, returned this once. */
    record CreatedToken(long id, long userId, String name, Instant expiresAt, String token) {
    }

    CreatedToken create(Actor actor, Long userId, String name, LocalDate expiresOn) {
        AppUser owner = owner(actor, userId);
        LocalDate today = LocalDate.now(clock);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new BusinessRuleException("token.expiry", MAX_DAYS);
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleException("token.name.required");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        // Valid through the whole of the last day, in the office's zone.
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_token (app_user, name, token_hash, created_by, created_at, expires_at)
                        VALUES (:user, :name, :hash, :by, :now, :expires)""")
                .param("user", owner.getId()).param("name", name.strip()).param("hash", hash(token))
                .param("by", actor.username()).param("now", Timestamp.from(clock.instant()))
                .param("expires", Timestamp.from(expiresAt))
                .update(keys, "id");
        return new CreatedToken(keys.getKeyAs(Number.class).longValue(), owner.getId(), name.strip(), expiresAt, token);
    }

    /** The tokens of the own account, or (for a security admin) of an account in the admin's subtree. */
    @Transactional(readOnly = true)
    List<TokenView> list(Actor actor, Long userId) {
        AppUser owner = userId == null || userId == actor.userId() ? own(actor) : managed(actor, userId);
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT t.id, t.app_user, u.username, t.name, t.created_by, t.created_at, t.expires_at,
                               t.last_used_at, t.revoked_at
                        FROM api_token t JOIN app_user u ON u.id = t.app_user
                        WHERE t.app_user = :user ORDER BY t.id DESC""")
                .param("user", owner.getId())
                .query((rs, n) -> {
                    Instant expires = rs.getTimestamp(7).toInstant();
                    Timestamp revoked = rs.getTimestamp(9);
                    return new TokenView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), expires, instant(rs.getTimestamp(8)),
                            instant(revoked), revoked == null && expires.isAfter(now));
                })
                .list();
    }

    /** Revokes a token of the own account, or (for a security admin) of an account in the admin's subtree. */
    void revoke(Actor actor, long tokenId) {
        Long owner = jdbc.sql("SELECT app_user FROM api_token WHERE id = :id").param("id", tokenId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException(ENTITY, tokenId));
        if (owner != actor.userId()) {
            try {
                managed(actor, owner);
            } catch (NotFoundException | org.springframework.security.access.AccessDeniedException e) {
                throw new NotFoundException(ENTITY, tokenId);
            }
        }
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId).update();
    }

    /** The account a token stands for, if it is known, not revoked, not expired and the account is enabled. */
    @Transactional
    Optional<AccountPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Row(long tokenId, Instant lastUsed, long userId, String username, String role) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT t.id, t.last_used_at, u.id, u.username, r.role
                        FROM api_token t
                        JOIN app_user u ON u.id = t.app_user
                        LEFT JOIN user_role r ON r.app_user = u.id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled""")
                .param("hash", hash(token)).param("now", Timestamp.from(now))
                .query((rs, n) -> new Row(rs.getLong(1), instant(rs.getTimestamp(2)), rs.getLong(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        if (first.lastUsed() == null || first.lastUsed().isBefore(now.minus(LAST_USE_PRECISION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(now)).param("id", first.tokenId()).update();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().filter(row -> row.role() != null).forEach(row -> roles.add(Role.valueOf(row.role())));
        return Optional.of(new AccountPrincipal(first.userId(), first.username(), null, true, false, roles));
    }

    private AppUser owner(Actor actor, Long userId) {
        if (userId == null || userId == actor.userId()) {
            return own(actor);
        }
        AppUser device = managed(actor, userId);
        if (device.roleSet().stream().anyMatch(Role::isSeparatedDuty)) {
            throw new BusinessRuleException("token.notForAccount");
        }
        return device;
    }

    private AppUser own(Actor actor) {
        return users.findById(actor.userId()).orElseThrow(() -> new NotFoundException(Accounts.ENTITY, actor.userId()));
    }

    private AppUser managed(Actor actor, long userId) {
        actor.require(Role.SECURITY_ADMIN);
        return users.findById(userId)
                .filter(user -> actor.reaches(user.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(Accounts.ENTITY, userId));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
