package com.carenext.patrol;

import com.carenext.plan.EvidenceSource;
import com.carenext.shared.Actor;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrols as evidence of plan tasks: a patrol in the actor's scope, shown as its water body and day and linked to
 * the water body's page (a single patrol has no page of its own).
 */
@Component
class PatrolEvidence implements EvidenceSource {

    private final JdbcClient jdbc;

    PatrolEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "PATROL";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Record> find(Actor actor, long recordId) {
        return jdbc.sql("""
                        SELECT w.id, w.name, p.checked_in_at FROM patrol p JOIN water_body w ON w.id = p.water_body_id
                        WHERE p.id = :id AND p.organization_path LIKE :scope""")
                .param("id", recordId).param("scope", actor.scopePattern())
                .query((rs, row) -> new Record(rs.getString("name") + " "
                        + rs.getTimestamp("checked_in_at").toLocalDateTime().toLocalDate(),
                        "/water-bodies/" + rs.getLong("id")))
                .optional();
    }
}
