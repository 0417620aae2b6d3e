package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The common table expressions of one scoring computation of {@link ScoreQueries}, with its parameters: the year's
 * rules become CASE expressions, so the database scores the articles.
 */
final class ScoreQuery {

    private static final OutletLevel[] LEVELS = OutletLevel.values();

    final Map<String, Object> params = new HashMap<>();
    final ScoringRules rules;
    final int from;
    final int through;
    final Long organizationId;

    ScoreQuery(String scope, ScoringRules rules, int from, int through, Long organizationId) {
        this.rules = rules;
        this.from = from;
        this.through = through;
        this.organizationId = organizationId;
        int year = rules.year();
        params.put("scope", scope);
        params.put("yearFrom", Date.valueOf(LocalDate.of(year, 1, 1)));
        params.put("yearTo", Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        params.put("from", Date.valueOf(LocalDate.of(year, Math.max(1, Math.min(12, from)), 1)));
        params.put("to", Date.valueOf(through <= 0 ? LocalDate.of(year, 1, 1)
                : YearMonth.of(year, Math.min(12, through)).plusMonths(1).atDay(1)));
        params.put("penalty", rules.penaltyPerMissing());
        for (OutletLevel level : LEVELS) {
            params.put("level" + level.ordinal(), rules.points(level));
        }
        for (ArticleKind kind : ArticleKind.values()) {
            params.put("kind" + kind.ordinal(), rules.points(kind));
        }
        for (OrganizationType type : OrganizationType.values()) {
            params.put("quota" + type.ordinal(), rules.quota(type));
        }
        if (rules.monthlyCap() != null) {
            params.put("monthlyCap", rules.monthlyCap());
        }
        if (rules.yearlyCap() != null) {
            params.put("yearlyCap", rules.yearlyCap());
        }
        if (organizationId != null) {
            params.put("org", organizationId);
        }
    }

    /** {@code art}: one row per article of the months with its points; {@code units}: who takes part. */
    String units() {
        String oneOrganization = organizationId == null ? "" : "AND a.organization_id = :org";
        // one pass over the articles and their publications, joined by the primary key: the levels an article
        // was published at become flags (a level published twice counts once), its points follow from them
        return """
                WITH published AS (
                    SELECT a.id, a.organization_id, CAST(EXTRACT(MONTH FROM a.article_date) AS INT) AS m,
                           CASE WHEN a.status = 'ADOPTED' THEN 1 ELSE 0 END AS adopted, a.kind,
                           MAX({LEVEL_RANK}) AS top_rank, {LEVEL_FLAGS}
                    FROM article a LEFT JOIN article_publication p ON p.article = a.id AND a.status = 'ADOPTED'
                    WHERE a.organization_path LIKE :scope AND a.article_date >= :from AND a.article_date < :to
                      {ONE}
                    GROUP BY a.id, a.organization_id, a.article_date, a.status, a.kind
                ), art AS (
                    SELECT a.id, a.organization_id, a.m, a.adopted, a.l0, a.l1, a.l2, a.l3, a.l4,
                           CASE WHEN a.top_rank >= {BANNER} THEN 1 ELSE 0 END AS banner_up,
                           CASE WHEN a.top_rank IS NULL THEN 0 ELSE {POINTS} + {KIND_POINTS} END AS points
                    FROM published a
                ), units AS (
                    SELECT o.id, o.name, o.type, o.depth, o.sort_order, {QUOTA} AS quota
                    FROM organization o
                    WHERE o.path LIKE :scope AND o.active {ONE_UNIT}
                      AND ({QUOTA} > 0 OR EXISTS (SELECT 1 FROM article x WHERE x.organization_path = o.path
                            AND x.organization_id = o.id AND x.article_date >= :yearFrom AND x.article_date < :yearTo))
                )
                """.replace("{LEVEL_FLAGS}", levelFlags()).replace("{LEVEL_RANK}", rank("p.outlet_level"))
                .replace("{ONE}", oneOrganization)
                .replace("{BANNER}", String.valueOf(OutletLevel.BANNER.ordinal()))
                .replace("{POINTS}", levelPoints()).replace("{KIND_POINTS}", byKind("a.kind"))
                .replace("{QUOTA}", byType("o.type"))
                .replace("{ONE_UNIT}", organizationId == null ? "" : "AND o.id = :org");
    }

    /** {@code earned}: one row per taking-part organization and month, with its caps and penalty applied. */
    String grid() {
        StringJoiner months = new StringJoiner(", ", "(VALUES ", ")");
        for (int m = Math.max(1, from); m <= Math.max(1, through); m++) {
            months.add("(" + m + ")");
        }
        return units() + """
                , grid AS (
                    SELECT u.id, u.name, u.type, u.depth, u.sort_order, u.quota, mm.m,
                           COALESCE(g.submitted, 0) AS submitted, COALESCE(g.adopted, 0) AS adopted,
                           COALESCE(g.l0, 0) AS l0, COALESCE(g.l1, 0) AS l1, COALESCE(g.l2, 0) AS l2,
                           COALESCE(g.l3, 0) AS l3, COALESCE(g.l4, 0) AS l4, COALESCE(g.banner_up, 0) AS banner_up,
                           COALESCE(g.raw, 0) AS raw
                    FROM units u CROSS JOIN {MONTHS} AS mm (m)
                    LEFT JOIN (SELECT organization_id, m, COUNT(*) AS submitted, SUM(adopted) AS adopted,
                                      SUM(l0) AS l0, SUM(l1) AS l1, SUM(l2) AS l2, SUM(l3) AS l3, SUM(l4) AS l4,
                                      SUM(banner_up) AS banner_up, SUM(points) AS raw
                               FROM art GROUP BY organization_id, m) g
                         ON g.organization_id = u.id AND g.m = mm.m
                    WHERE mm.m <= {THROUGH}
                ), capped AS (
                    SELECT g.*, {CAPPED} AS capped FROM grid g
                ), running AS (
                    SELECT c.*, SUM(c.capped) OVER (PARTITION BY c.id ORDER BY c.m
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS so_far
                    FROM capped c
                ), earned AS (
                    SELECT c.*, {EARNED} AS earned,
                           CASE WHEN c.quota > c.adopted THEN c.quota - c.adopted ELSE 0 END AS missing,
                           CASE WHEN c.quota > c.adopted THEN c.quota - c.adopted ELSE 0 END * :penalty AS penalty
                    FROM running c
                )
                """.replace("{MONTHS}", months.toString()).replace("{THROUGH}", String.valueOf(through))
                .replace("{CAPPED}", rules.monthlyCap() == null ? "g.raw" : "LEAST(g.raw, :monthlyCap)")
                .replace("{EARNED}", rules.yearlyCap() == null ? "c.capped"
                        : "LEAST(:yearlyCap, c.so_far) - LEAST(:yearlyCap, c.so_far - c.capped)");
    }

    private String levelPoints() {
        if (rules.counting() == CountingRule.EACH_LEVEL) {
            StringJoiner sum = new StringJoiner(" + ", "(", ")");
            for (OutletLevel level : LEVELS) {
                sum.add("a.l" + level.ordinal() + " * :level" + level.ordinal());
            }
            return sum.toString();
        }
        StringBuilder sql = new StringBuilder("CASE a.top_rank");
        for (OutletLevel level : LEVELS) {
            sql.append(" WHEN ").append(level.ordinal()).append(" THEN :level").append(level.ordinal());
        }
        return sql.append(" END").toString();
    }

    private static String levelFlags() {
        StringJoiner flags = new StringJoiner(", ");
        for (OutletLevel level : LEVELS) {
            flags.add("MAX(CASE WHEN p.outlet_level = '" + level.name() + "' THEN 1 ELSE 0 END) AS l"
                    + level.ordinal());
        }
        return flags.toString();
    }

    private static String byKind(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (ArticleKind kind : ArticleKind.values()) {
            sql.append(" WHEN '").append(kind.name()).append("' THEN :kind").append(kind.ordinal());
        }
        return sql.append(" ELSE 0 END").toString();
    }

    private static String byType(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (OrganizationType type : OrganizationType.values()) {
            sql.append(" WHEN '").append(type.name()).append("' THEN :quota").append(type.ordinal());
        }
        return sql.append(" ELSE 0 END").toString();
    }

    /** {@code CASE column WHEN 'TOWN' THEN 0 … END}: an outlet level's rank, lowest first. */
    static String rank(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (OutletLevel level : LEVELS) {
            sql.append(" WHEN '").append(level.name()).append("' THEN ").append(level.ordinal());
        }
        return sql.append(" END").toString();
    }
}
