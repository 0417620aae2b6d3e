package com.carenext.shared;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user as services see it: who, which organization, and the organization subtree the user may reach
 * ({@code scopePath}, a materialized path such as {@code /1/4/}). Controllers receive it as a method parameter;
 * services take it explicitly, so every scoped query names its scope.
 */
public record Actor(long userId, String username, String displayName, long organizationId, String organizationName,
                    String scopePath, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses (403) unless the actor holds at least one of the roles. */
    public void require(Role... candidates) {
        if (!hasAny(candidates)) {
            throw new AccessDeniedException(username + " lacks " + java.util.Arrays.toString(candidates));
        }
    }

    /** Whether a record whose organization has this path lies inside the actor's subtree. */
    public boolean reaches(String organizationPath) {
        return organizationPath != null && organizationPath.startsWith(scopePath);
    }

    /** A LIKE pattern that matches every path in the actor's subtree. */
    public String scopePattern() {
        return scopePath + "%";
    }
}
