package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The scope rule every service applies: a record is reached when its path lies under the actor's path. */
class ActorTest {

    private final Actor village = new Actor(7, "manager", "村负责人", 4, "甲村", "/1/4/", EnumSet.of(Role.ORG_MANAGER));

    @Test
    void reachesItsOwnSubtreeOnly() {
        assertThat(village.reaches("/1/4/")).isTrue();
        assertThat(village.reaches("/1/4/17/")).isTrue();
        assertThat(village.reaches("/1/")).as("the parent").isFalse();
        assertThat(village.reaches("/1/5/")).as("a sibling").isFalse();
        assertThat(village.reaches("/1/41/")).as("a sibling whose id starts the same").isFalse();
        assertThat(village.reaches(null)).isFalse();
        assertThat(village.scopePattern()).isEqualTo("/1/4/%");
    }

    @Test
    void rolesAreExactlyThoseGiven() {
        assertThat(village.has(Role.ORG_MANAGER)).isTrue();
        assertThat(village.has(Role.TOWN_ADMIN)).isFalse();
        assertThat(village.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER)).isTrue();
        assertThat(village.hasAny(Role.TOWN_ADMIN, Role.LEADER)).isFalse();
        assertThat(village.hasAny()).isFalse();
        village.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        assertThatThrownBy(() -> village.require(Role.TOWN_ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(village::require).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRolesCannotBeChangedAfterwards() {
        Set<Role> roles = EnumSet.of(Role.VOLUNTEER);
        Actor actor = new Actor(1, "v", "五老", 4, "甲村", "/1/4/", roles);
        roles.add(Role.TOWN_ADMIN);
        assertThat(actor.has(Role.TOWN_ADMIN)).isFalse();
    }
}
