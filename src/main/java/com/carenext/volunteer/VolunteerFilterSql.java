package com.carenext.volunteer;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.PersonalData;
import com.carenext.shared.Role;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** How a {@link VolunteerFilter} becomes the WHERE clause of the 五老 list and its export. */
@Component
class VolunteerFilterSql {

    /** A search text that is a phone or identity number: found exactly, by its lookup hash (the columns are sealed). */
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9 +\\-]{4,}[0-9Xx]");

    private final Organizations organizations;
    private final PersonalData personalData;

    VolunteerFilterSql(Organizations organizations, PersonalData personalData) {
        this.organizations = organizations;
        this.personalData = personalData;
    }

    /** The WHERE clause of a filtered list: always the caller's scope, or only their own record. */
    String where(Actor actor, VolunteerFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (actor.hasAny(Volunteers.READERS)) {
            where.append("organization_path LIKE :scope");
            params.addValue("scope", actor.scopePattern());
        } else {
            actor.require(Role.VOLUNTEER);
            where.append("user_id = :userId");
            params.addValue("userId", actor.userId());
        }
        if (filter.organizationId() != null) {
            where.append(" AND organization_path LIKE :organization");
            params.addValue("organization", organizations.get(actor, filter.organizationId()).path() + "%");
        }
        if (filter.category() != null) {
            where.append(" AND categories LIKE :category");
            params.addValue("category", "%" + filter.category().name() + "%");
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.addValue("status", filter.status().name());
        }
        if (NUMBER.matcher(filter.nameOrEmpty()).matches()) {
            where.append(" AND (phone_hash = :number OR id_number_hash = :number)");
            params.addValue("number", personalData.lookupHash(filter.nameOrEmpty()));
        } else if (!filter.nameOrEmpty().isEmpty()) {
            where.append(" AND name LIKE :name");
            params.addValue("name", "%" + filter.nameOrEmpty().replace("%", "").replace("_", "") + "%");
        }
        return where.toString();
    }
}
