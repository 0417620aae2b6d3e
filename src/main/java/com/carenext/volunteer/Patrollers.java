package com.carenext.volunteer;

import com.carenext.shared.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active 五老 fit for outdoor patrol under an organization, for the patrol rota: searched by name a few at a time
 * (the rota form's picker) and checked by id when a shift is assigned, never listed whole (a banner has thousands).
 */
@Service
@Transactional(readOnly = true)
public class Patrollers {

    private static final String FIT = """
            SELECT * FROM volunteer WHERE organization_path LIKE :path AND organization_path LIKE :scope
              AND status = 'ACTIVE' AND fit_for_patrol""";

    private final JdbcClient jdbc;
    private final com.carenext.organization.Organizations organizations;
    private final Volunteers volunteers;

    Patrollers(JdbcClient jdbc, com.carenext.organization.Organizations organizations, Volunteers volunteers) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.volunteers = volunteers;
    }

    /**
     * Those under the organization (in the caller's subtree, else 404) whose name contains the text, by name, at most
     * {@code limit}: a picker asks for one more than it shows, to say that there are more.
     */
    public List<VolunteerSummary> search(Actor actor, long organizationId, String text, int limit) {
        actor.require(Volunteers.READERS);
        // as the 五老 list's name filter: a wildcard typed is dropped, not escaped
        String part = text == null ? "" : text.strip().replace("%", "").replace("_", "");
        return jdbc.sql(FIT + " AND name LIKE :name ORDER BY name, id FETCH FIRST :limit ROWS ONLY")
                .param("path", under(actor, organizationId)).param("scope", actor.scopePattern())
                .param("name", "%" + part + "%").param("limit", Math.max(1, limit))
                .query(volunteers::summary).list();
    }

    /** Those among the ids who are fit for patrol under the organization, in the order given (one query). */
    public List<VolunteerSummary> among(Actor actor, long organizationId, Collection<Long> ids) {
        actor.require(Volunteers.READERS);
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, VolunteerSummary> found = new java.util.HashMap<>();
        jdbc.sql(FIT + " AND id IN (:ids)").param("path", under(actor, organizationId))
                .param("scope", actor.scopePattern()).param("ids", wanted)
                .query(volunteers::summary).list().forEach(v -> found.put(v.id(), v));
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private String under(Actor actor, long organizationId) {
        return organizations.get(actor, organizationId).path() + "%";
    }
}
