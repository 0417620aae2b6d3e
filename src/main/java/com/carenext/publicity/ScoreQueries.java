package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quantified assessment computed by the database: the year's rules ({@link ScoringRules}) become CASE
 * expressions and the articles are scored and summed there, grouped per organization and month, so a view reads one
 * row per organization or correspondent it shows, whatever the number of articles (a region has about a million a
 * year). The rules, as the town office reads them (量化考核细则):
 * <ul>
 *     <li>an article scores only when adopted and published: the points of its highest outlet level
 *     ({@link CountingRule#HIGHEST_ONLY}) or of each level it was published at once ({@link CountingRule#EACH_LEVEL}),
 *     plus the points of its kind;</li>
 *     <li>an organization's month: those points, cut to the monthly cap, then to what the yearly cap leaves after
 *     the earlier months, less the penalty per article missing from its type's quota;</li>
 *     <li>the organizations that take part: those of the scope with a quota, and any that submitted in the year;</li>
 *     <li>each author (a correspondent of the scope) is credited with the article's points once, before caps;</li>
 *     <li>ranks: by points, equal points share a rank; ties listed by adoptions, submissions, then tree order.</li>
 * </ul>
 * The SQL is built by {@link ScoreQuery}. {@code PublicityScoringOracleTests} compares every figure with a plain Java
 * computation of these rules.
 */
@Component
class ScoreQueries {

    private static final OutletLevel[] LEVELS = OutletLevel.values();

    /** What the month's or year's SQL reads of one organization; {@code raw} and {@code capped} explain the caps. */
    record Row(long organizationId, String name, OrganizationType type, int month, int submitted, int adopted,
               Map<OutletLevel, Integer> byLevel, int bannerOrAbove, int quota, int missing, int raw, int capped,
               int earned, int penalty, int points, int rank, int missedMonths) {
    }

    /** A month's rows of {@code earned}, ranked by points: equal points share a rank. */
    private static final String RANKED = """
            , ranked AS (
                SELECT s.*, RANK() OVER (ORDER BY s.points DESC) AS rnk FROM (
                    SELECT e.*, e.earned - e.penalty AS points FROM earned e WHERE e.m = :month) s)
            """;

    /** The order of the ranking (ties by adoptions, submissions, then tree order); {@code {p}}: the alias. */
    private static final String RANK_ORDER =
            "{p}points DESC, {p}adopted DESC, {p}submitted DESC, {p}depth, {p}sort_order, {p}id";

    private final JdbcClient jdbc;

    ScoreQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every taking-part organization's row of one month, ranked. Earlier months are read only when a yearly cap
     * makes the month depend on them. {@code organizationId} narrows it to one organization (its explanation).
     */
    List<Row> month(String scope, ScoringRules rules, YearMonth month, Long organizationId) {
        int first = rules.yearlyCap() == null ? month.getMonthValue() : 1;
        ScoreQuery query = new ScoreQuery(scope, rules, first, month.getMonthValue(), organizationId);
        return jdbc.sql(query.grid() + RANKED + "SELECT * FROM ranked ORDER BY " + RANK_ORDER.replace("{p}", ""))
                .params(query.params).param("month", month.getMonthValue())
                .query((rs, n) -> row(rs, rs.getInt("m"), 0)).list();
    }

    /** The whole subtree's month summed by the database: what the page shows above its one page of rows. */
    record Summary(int organizations, int missedQuota, int bannerOrAbove, int points,
                   Map<OutletLevel, Integer> adoptedByLevel) {
    }

    /** One page of a month's ranking (ranks counted over all rows) and the {@link Summary} of all rows. */
    record Ranking(List<Row> rows, Summary summary) {
    }

    /**
     * Rows {@code offset} to {@code offset + size} of {@link #month}, with the sums over every row, in one statement:
     * the scoring runs once, the summary reads all of its rows and the page only its own (a page past the end is
     * empty, its summary still whole).
     */
    Ranking monthPage(String scope, ScoringRules rules, YearMonth month, long offset, int size) {
        int first = rules.yearlyCap() == null ? month.getMonthValue() : 1;
        ScoreQuery query = new ScoreQuery(scope, rules, first, month.getMonthValue(), null);
        List<Row> rows = new ArrayList<>();
        List<Summary> summary = new ArrayList<>(1);
        jdbc.sql(query.grid() + RANKED + """
                        , summary AS (
                            SELECT COUNT(*) AS units_total,
                                   COALESCE(SUM(CASE WHEN missing > 0 THEN 1 ELSE 0 END), 0) AS missed_total,
                                   COALESCE(SUM(banner_up), 0) AS banner_total, COALESCE(SUM(points), 0) AS points_total,
                                   COALESCE(SUM(l0), 0) AS t0, COALESCE(SUM(l1), 0) AS t1, COALESCE(SUM(l2), 0) AS t2,
                                   COALESCE(SUM(l3), 0) AS t3, COALESCE(SUM(l4), 0) AS t4
                            FROM ranked)
                        SELECT sm.*, p.* FROM summary sm LEFT JOIN (
                            SELECT * FROM ranked ORDER BY {ORDER} OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY) p
                          ON 1 = 1
                        ORDER BY {P_ORDER}"""
                        .replace("{ORDER}", RANK_ORDER.replace("{p}", ""))
                        .replace("{P_ORDER}", RANK_ORDER.replace("{p}", "p.")))
                .params(query.params).param("month", month.getMonthValue())
                .param("offset", offset).param("size", size)
                .query(rs -> {
                    if (summary.isEmpty()) {
                        Map<OutletLevel, Integer> byLevel = new EnumMap<>(OutletLevel.class);
                        for (int i = 0; i < LEVELS.length; i++) {
                            byLevel.put(LEVELS[i], rs.getInt("t" + i));
                        }
                        summary.add(new Summary(rs.getInt("units_total"), rs.getInt("missed_total"),
                                rs.getInt("banner_total"), rs.getInt("points_total"), byLevel));
                    }
                    if (rs.getObject("id") != null) {
                        rows.add(row(rs, month.getMonthValue(), 0));
                    }
                });
        return new Ranking(List.copyOf(rows), summary.get(0));
    }

    /** The year through {@code throughMonth}: each organization's months summed, ranked. */
    List<Row> year(String scope, ScoringRules rules, int throughMonth) {
        ScoreQuery query = new ScoreQuery(scope, rules, 1, throughMonth, null);
        return jdbc.sql(query.grid() + """
                        SELECT s.*, RANK() OVER (ORDER BY s.points DESC) AS rnk FROM (
                            SELECT u.id, u.name, u.type, u.depth, u.sort_order, 0 AS quota,
                                   COALESCE(SUM(e.submitted), 0) AS submitted, COALESCE(SUM(e.adopted), 0) AS adopted,
                                   COALESCE(SUM(e.l0), 0) AS l0, COALESCE(SUM(e.l1), 0) AS l1,
                                   COALESCE(SUM(e.l2), 0) AS l2, COALESCE(SUM(e.l3), 0) AS l3,
                                   COALESCE(SUM(e.l4), 0) AS l4, COALESCE(SUM(e.banner_up), 0) AS banner_up,
                                   COALESCE(SUM(e.missing), 0) AS missing, COALESCE(SUM(e.raw), 0) AS raw,
                                   COALESCE(SUM(e.capped), 0) AS capped, COALESCE(SUM(e.earned), 0) AS earned,
                                   COALESCE(SUM(e.penalty), 0) AS penalty,
                                   COALESCE(SUM(e.earned), 0) - COALESCE(SUM(e.penalty), 0) AS points,
                                   COALESCE(SUM(CASE WHEN e.missing > 0 THEN 1 ELSE 0 END), 0) AS missed
                            FROM units u LEFT JOIN earned e ON e.id = u.id
                            GROUP BY u.id, u.name, u.type, u.depth, u.sort_order) s
                        ORDER BY s.points DESC, s.adopted DESC, s.depth, s.sort_order, s.id""")
                .params(query.params)
                .query((rs, n) -> row(rs, 0, rs.getInt("missed"))).list();
    }

    /**
     * Every correspondent of the scope (active or not) with the articles they wrote in months {@code from} to
     * {@code through}, ranked; the organization's name only when it takes part.
     */
    List<CorrespondentScore> correspondents(String scope, ScoringRules rules, int from, int through) {
        return correspondents(scope, rules, from, through, 0, Integer.MAX_VALUE);
    }

    /** Rows {@code offset} to {@code offset + size} of {@link #correspondents(String, ScoringRules, int, int)}. */
    List<CorrespondentScore> correspondents(String scope, ScoringRules rules, int from, int through, long offset,
                                            int size) {
        ScoreQuery query = new ScoreQuery(scope, rules, from, through, null);
        return jdbc.sql(query.units() + """
                        SELECT s.*, RANK() OVER (ORDER BY s.points DESC) AS rnk FROM (
                            SELECT c.id, c.name, c.organization_id, COALESCE(MAX(u.name), '') AS unit_name,
                                   COUNT(art.id) AS submitted, COALESCE(SUM(art.adopted), 0) AS adopted,
                                   COALESCE(SUM(art.points), 0) AS points
                            FROM correspondent c
                            LEFT JOIN (SELECT DISTINCT w.correspondent_id, w.article FROM article_author w
                                       JOIN art ON art.id = w.article) cw ON cw.correspondent_id = c.id
                            LEFT JOIN art ON art.id = cw.article
                            LEFT JOIN units u ON u.id = c.organization_id
                            WHERE c.organization_path LIKE :scope
                            GROUP BY c.id, c.name, c.organization_id) s
                        ORDER BY s.points DESC, s.adopted DESC, s.id
                        OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""")
                .params(query.params).param("offset", offset).param("size", size)
                .query((rs, n) -> new CorrespondentScore(rs.getLong("id"), rs.getString("name"),
                        rs.getLong("organization_id"), rs.getString("unit_name"), rs.getInt("submitted"),
                        rs.getInt("adopted"), rs.getInt("points"), rs.getInt("rnk"))).list();
    }

    /** The number of rows of {@link #correspondents}: every correspondent of the scope, active or not. */
    long correspondentCount(String scope) {
        return jdbc.sql("SELECT COUNT(*) FROM correspondent WHERE organization_path LIKE :scope")
                .param("scope", scope).query(Long.class).single();
    }

    /** All articles of the scope's month and those adopted (whatever their organization). */
    int[] monthTotals(String scope, YearMonth month) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS submitted, COALESCE(SUM(CASE WHEN status = 'ADOPTED' THEN 1 ELSE 0 END), 0)
                               AS adopted
                        FROM article WHERE organization_path LIKE :scope AND article_date >= :from AND article_date < :to""")
                .param("scope", scope).param("from", Date.valueOf(month.atDay(1)))
                .param("to", Date.valueOf(month.plusMonths(1).atDay(1)))
                .query((rs, n) -> new int[]{rs.getInt("submitted"), rs.getInt("adopted")}).single();
    }

    /**
     * The article lines of the explanation of a month's points, per organization in the order of the articles
     * (date, id): each level it was published at, highest first (counted or not), then its kind's points;
     * {@code organizationIds}: only theirs (a page's rows), null: every organization's.
     */
    Map<Long, List<ScoreLine>> articleLines(String scope, ScoringRules rules, YearMonth month,
                                            Collection<Long> organizationIds) {
        if (organizationIds != null && organizationIds.isEmpty()) {
            return Map.of();
        }
        record Published(long article, long organizationId, String title, ArticleKind kind, OutletLevel level) {
        }
        List<Published> rows = jdbc.sql("""
                        SELECT a.id, a.organization_id, a.title, a.kind, p.outlet_level, {LEVEL_RANK} AS level_rank
                        FROM article a JOIN (SELECT DISTINCT article, outlet_level FROM article_publication) p
                             ON p.article = a.id
                        WHERE a.organization_path LIKE :scope AND a.article_date >= :from AND a.article_date < :to
                          AND a.status = 'ADOPTED' {ONE}
                        ORDER BY a.organization_id, a.article_date, a.id, level_rank DESC"""
                        .replace("{LEVEL_RANK}", ScoreQuery.rank("p.outlet_level"))
                        .replace("{ONE}", organizationIds == null ? "" : "AND a.organization_id IN (:orgs)"))
                .params(organizationIds == null ? Map.of() : Map.of("orgs", organizationIds))
                .param("scope", scope).param("from", Date.valueOf(month.atDay(1)))
                .param("to", Date.valueOf(month.plusMonths(1).atDay(1)))
                .query((rs, n) -> new Published(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("title"),
                        ArticleKind.valueOf(rs.getString("kind")), OutletLevel.valueOf(rs.getString("outlet_level"))))
                .list();
        Map<Long, List<ScoreLine>> lines = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Published row = rows.get(i);
            List<ScoreLine> own = lines.computeIfAbsent(row.organizationId(), k -> new ArrayList<>());
            boolean highest = i == 0 || rows.get(i - 1).article() != row.article();
            boolean counted = rules.counting() == CountingRule.EACH_LEVEL || highest;
            own.add(new ScoreLine(counted ? ScoreRule.LEVEL : ScoreRule.NOT_COUNTED, row.level().name(),
                    row.article(), row.title(), counted ? rules.points(row.level()) : 0));
            boolean lastOfArticle = i == rows.size() - 1 || rows.get(i + 1).article() != row.article();
            if (lastOfArticle && rules.points(row.kind()) != 0) {
                own.add(new ScoreLine(ScoreRule.KIND, row.kind().name(), row.article(), row.title(),
                        rules.points(row.kind())));
            }
        }
        return lines;
    }

    private static Row row(ResultSet rs, int month, int missedMonths) throws SQLException {
        Map<OutletLevel, Integer> byLevel = new EnumMap<>(OutletLevel.class);
        for (int i = 0; i < LEVELS.length; i++) {
            byLevel.put(LEVELS[i], rs.getInt("l" + i));
        }
        return new Row(rs.getLong("id"), rs.getString("name"), OrganizationType.valueOf(rs.getString("type")), month,
                rs.getInt("submitted"), rs.getInt("adopted"), byLevel, rs.getInt("banner_up"), rs.getInt("quota"),
                rs.getInt("missing"), rs.getInt("raw"), rs.getInt("capped"), rs.getInt("earned"),
                rs.getInt("penalty"), rs.getInt("points"), rs.getInt("rnk"), missedMonths);
    }
}
