package com.carenext.activity;

import com.carenext.plan.Measure;
import com.carenext.plan.SqlMeasures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Measures for plan tasks: activities held by the owner units in the year (optionally of one type), youths reached. */
@Component
class ActivityMeasures extends SqlMeasures {

    private static final String WHERE = """
             \sFROM activity WHERE {scope:organization_path} AND starts_at >= :from AND starts_at < :to
              AND (CAST(:param AS VARCHAR(40)) IS NULL OR activity_type = CAST(:param AS VARCHAR(40)))""";
    private static final String RECORDS = "SELECT id AS ref, title, CAST(starts_at AS DATE) AS on_day, place, "
            + "(SELECT COUNT(*) FROM activity_photo ph WHERE ph.activity_id = activity.id) AS photos" + WHERE
            + " ORDER BY starts_at DESC, id DESC";

    ActivityMeasures(JdbcClient jdbc) {
        super(jdbc, List.of(
                new Definition(measure("activity.held", "plan.unit.times"), "SELECT COUNT(*)" + WHERE, RECORDS,
                        "/activities/%s"),
                new Definition(measure("activity.youths", "plan.unit.persons"),
                        "SELECT COALESCE(SUM(youths), 0)" + WHERE, RECORDS, "/activities/%s")));
    }

    private static Measure measure(String code, String unit) {
        Map<String, String> types = new LinkedHashMap<>();
        Arrays.stream(ActivityType.values()).forEach(type -> types.put(type.name(), type.messageKey()));
        return new Measure(code, "measure." + code, unit, "type", types);
    }
}
