package com.carenext.study;

import com.carenext.plan.Measure;
import com.carenext.plan.SqlMeasures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Measures for plan tasks: study and training sessions held by the owner units in the year, and their attendance. */
@Component
class StudyMeasures extends SqlMeasures {

    private static final String WHERE = """
             \sFROM study_session s WHERE {scope:s.organization_path} AND s.starts_at >= :from AND s.starts_at < :to
              AND (CAST(:param AS VARCHAR(40)) IS NULL OR s.kind = CAST(:param AS VARCHAR(40)))""";
    private static final String RECORDS = "SELECT s.id AS ref, s.topic AS title, CAST(s.starts_at AS DATE) AS on_day, s.place"
            + WHERE + " ORDER BY s.starts_at DESC, s.id DESC";

    StudyMeasures(JdbcClient jdbc) {
        super(jdbc, List.of(
                new Definition(measure("study.sessions", "plan.unit.times"), "SELECT COUNT(*)" + WHERE, RECORDS,
                        "/study-sessions/%s"),
                new Definition(measure("study.attendance", "plan.unit.personTimes"),
                        "SELECT COUNT(*) FROM attendance a JOIN study_session s ON s.id = a.study_session_id WHERE "
                                + WHERE.substring(WHERE.indexOf("WHERE ") + 6), RECORDS, "/study-sessions/%s")));
    }

    private static Measure measure(String code, String unit) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(SessionKind.values()).forEach(kind -> kinds.put(kind.name(), kind.messageKey()));
        return new Measure(code, "measure." + code, unit, "kind", kinds);
    }
}
