package com.carenext.patrol;

import com.carenext.plan.Measure;
import com.carenext.plan.SqlMeasures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measures for plan tasks: patrol coverage (the share of the owner units' water bodies patrolled at least once in the
 * year, in %), patrols done, hazards closed, and the water bodies registered (as they stand; the year does not apply).
 */
@Component
class PatrolMeasures extends SqlMeasures {

    private static final String PATROLS = """
             \sFROM patrol p JOIN water_body w ON w.id = p.water_body_id
             WHERE {scope:p.organization_path} AND p.checked_in_at >= :from AND p.checked_in_at < :to""";
    private static final String PATROL_RECORDS = "SELECT p.id AS ref, w.name AS title, CAST(p.checked_in_at AS DATE) AS on_day"
            + PATROLS + " ORDER BY p.checked_in_at DESC, p.id DESC";
    private static final String CLOSED = """
             \sFROM hazard h WHERE {scope:h.organization_path} AND h.status = 'CLOSED'
              AND h.closed_at >= :from AND h.closed_at < :to""";

    PatrolMeasures(JdbcClient jdbc) {
        super(jdbc, List.of(
                new Definition(Measure.of("patrol.coverage", "measure.patrol.coverage", "plan.unit.percent"), """
                        SELECT CASE WHEN COUNT(*) = 0 THEN 0 ELSE 100 * SUM(CASE WHEN EXISTS (
                                   SELECT 1 FROM patrol p WHERE p.water_body_id = w.id
                                    AND p.checked_in_at >= :from AND p.checked_in_at < :to) THEN 1 ELSE 0 END) / COUNT(*) END
                        FROM water_body w WHERE {scope:w.organization_path}""", PATROL_RECORDS, "/patrols/%s"),
                new Definition(Measure.of("patrol.patrols", "measure.patrol.patrols", "plan.unit.times"),
                        "SELECT COUNT(*)" + PATROLS, PATROL_RECORDS, "/patrols/%s"),
                new Definition(Measure.of("patrol.hazardsClosed", "measure.patrol.hazardsClosed", "plan.unit.items"),
                        "SELECT COUNT(*)" + CLOSED, "SELECT h.id AS ref, h.description AS title, "
                        + "CAST(h.closed_at AS DATE) AS on_day" + CLOSED + " ORDER BY h.closed_at DESC, h.id DESC",
                        "/hazards/%s"),
                new Definition(Measure.of("patrol.waterBodies", "measure.patrol.waterBodies", "plan.unit.items"),
                        "SELECT COUNT(*) FROM water_body w WHERE {scope:w.organization_path}",
                        "SELECT w.id AS ref, w.name AS title, CAST(w.created_at AS DATE) AS on_day FROM water_body w"
                                + " WHERE {scope:w.organization_path} ORDER BY w.id DESC", "/water-bodies/%s")));
    }
}
