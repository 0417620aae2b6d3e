package com.carenext.volunteer;

import com.carenext.plan.Measure;
import com.carenext.plan.SqlMeasures;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Measures for plan tasks: 五老 who joined the owner units in the year, and care visits done. */
@Component
class VolunteerMeasures extends SqlMeasures {

    private static final String RECRUITED = """
             \sFROM volunteer v WHERE {scope:v.organization_path}
              AND COALESCE(v.joined_on, CAST(v.created_at AS DATE)) >= :from
              AND COALESCE(v.joined_on, CAST(v.created_at AS DATE)) < :to""";
    private static final String VISITS = """
             \sFROM care_visit c JOIN volunteer v ON v.id = c.volunteer_id
             WHERE {scope:c.organization_path} AND c.visited_on >= :from AND c.visited_on < :to""";

    VolunteerMeasures(JdbcClient jdbc) {
        super(jdbc, List.of(
                new Definition(Measure.of("volunteer.recruited", "measure.volunteer.recruited", "plan.unit.persons"),
                        "SELECT COUNT(*)" + RECRUITED, "SELECT v.id AS ref, v.name AS title, "
                        + "COALESCE(v.joined_on, CAST(v.created_at AS DATE)) AS on_day" + RECRUITED
                        + " ORDER BY on_day DESC, v.id DESC", "/volunteers/%s"),
                new Definition(Measure.of("volunteer.careVisits", "measure.volunteer.careVisits", "plan.unit.times"),
                        "SELECT COUNT(*)" + VISITS, "SELECT v.id AS ref, v.name AS title, c.visited_on AS on_day"
                        + VISITS + " ORDER BY c.visited_on DESC, c.id DESC", "/volunteers/%s")));
    }
}
