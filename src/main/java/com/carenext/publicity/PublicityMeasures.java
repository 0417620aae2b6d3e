package com.carenext.publicity;

import com.carenext.plan.Measure;
import com.carenext.plan.SqlMeasures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measures for plan tasks: articles adopted in the year (optionally published at one outlet level), 通报 issued, and
 * the active correspondents in the grid (as they stand today; the year does not apply).
 */
@Component
class PublicityMeasures extends SqlMeasures {

    private static final String ADOPTED = """
             \sFROM article a WHERE {scope:a.organization_path} AND a.status = 'ADOPTED'
              AND a.article_date >= :from AND a.article_date < :to
              AND (CAST(:param AS VARCHAR(40)) IS NULL OR EXISTS (SELECT 1 FROM article_publication p
                                  WHERE p.article = a.id AND p.outlet_level = CAST(:param AS VARCHAR(40))))""";
    private static final String BULLETINS = """
             \sFROM bulletin b WHERE {scope:b.organization_path} AND b.bulletin_month LIKE :yearPrefix""";

    private static final String CORRESPONDENTS = """
             \sFROM correspondent c WHERE {scope:c.organization_path} AND c.active = TRUE""";

    PublicityMeasures(JdbcClient jdbc) {
        super(jdbc, List.of(
                new Definition(new Measure("publicity.adopted", "measure.publicity.adopted", "plan.unit.articles",
                        "level", levels()), "SELECT COUNT(*)" + ADOPTED,
                        "SELECT a.id AS ref, a.title, a.article_date AS on_day" + ADOPTED
                                + " ORDER BY a.article_date DESC, a.id DESC", "/articles/%s"),
                new Definition(Measure.of("publicity.bulletins", "measure.publicity.bulletins", "plan.unit.issues"),
                        "SELECT COUNT(*)" + BULLETINS,
                        "SELECT b.bulletin_month AS ref, b.title, CAST(b.generated_at AS DATE) AS on_day" + BULLETINS
                                + " ORDER BY b.bulletin_month DESC", "/bulletins/%s"),
                new Definition(Measure.of("publicity.correspondents", "measure.publicity.correspondents",
                        "plan.unit.persons"), "SELECT COUNT(*)" + CORRESPONDENTS,
                        "SELECT c.id AS ref, c.name AS title, CAST(c.created_at AS DATE) AS on_day" + CORRESPONDENTS
                                + " ORDER BY c.id DESC", "/publicity/correspondents/%s")));
    }

    private static Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        Arrays.stream(OutletLevel.values()).forEach(level -> levels.put(level.name(), level.messageKey()));
        return levels;
    }
}
