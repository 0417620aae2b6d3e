package com.carenext.security;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@link Actor} of the current request, read from the database (so a changed role, organization or a disabled
 * account takes effect at the next click, not the next login; through {@link RecentAccounts} at most
 * {@link RecentAccounts#FRESH} later) and then kept in the request.
 */
@Component
public class CurrentActors {

    private static final String ATTRIBUTE = Actor.class.getName();

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final RecentAccounts recent;

    CurrentActors(JdbcClient jdbc, Organizations organizations, RecentAccounts recent) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.recent = recent;
    }

    /** The signed-in actor, if there is one. */
    public Optional<Actor> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor actor) {
            return Optional.of(actor);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        Optional<Actor> actor = recent.actor(principal.userId(), () -> load(principal.userId()));
        if (request != null) {
            actor.ifPresent(found -> request.setAttribute(ATTRIBUTE, found, RequestAttributes.SCOPE_REQUEST));
        }
        return actor;
    }

    /** The signed-in actor; 403 when the account is gone or disabled since login. */
    public Actor require() {
        return current().orElseThrow(() -> new AccessDeniedException("no active account"));
    }

    /**
     * The actor of an enabled account by id, read afresh: for work that runs outside a request on someone's behalf
     * (an export job), so that a role or scope taken away since it was asked for applies when it runs.
     */
    public Optional<Actor> byId(long userId) {
        return load(userId);
    }

    /** The scope path of an account by name, for the audit of logins; empty for unknown names. */
    public Optional<String> scopePathOf(String username) {
        return jdbc.sql("SELECT organization_path FROM app_user WHERE username = :username")
                .param("username", username).query(String.class).optional();
    }

    /** The display name of an account by name, for the audit of logins; empty for unknown names. */
    public Optional<String> displayNameOf(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = :username")
                .param("username", username).query(String.class).optional();
    }

    private Optional<Actor> load(long userId) {
        record Row(long id, String username, String displayName, long organizationId) {
        }
        return jdbc.sql("""
                        SELECT id, username, display_name, organization_id FROM app_user WHERE id = :id AND enabled""")
                .param("id", userId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional()
                .flatMap(row -> organizations.byId(row.organizationId()).map(organization -> new Actor(row.id(),
                        row.username(), row.displayName(), organization.id(), organization.name(),
                        organization.path(), rolesOf(row.id()))));
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE app_user = :id").param("id", userId)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }
}
