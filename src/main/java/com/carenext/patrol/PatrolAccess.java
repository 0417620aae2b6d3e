package com.carenext.patrol;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;

/** Who may do what in the patrol module, and the names its records carry in the audit trail and in 404s. */
final class PatrolAccess {

    static final String WATER_BODY = "WaterBody";
    static final String PATROL = "Patrol";
    static final String HAZARD = "Hazard";
    static final Role[] KEEPERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER};
    static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};
    static final Role[] READERS_AND_VOLUNTEERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER, Role.VOLUNTEER};

    private PatrolAccess() {
    }

    static void requireReaderOrVolunteer(Actor actor) {
        actor.require(READERS_AND_VOLUNTEERS);
    }
}
