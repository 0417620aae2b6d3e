package com.carenext.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scores the database computes ({@link ScoreQueries}) against the plain Java computation of the same rules
 * ({@link ScoringEngine}, kept here as the oracle): every month's rows, explanations, ranks, correspondents, totals
 * and notable articles, and the year with its commendation and criticism lists, over varied data — organizations
 * of every quota type, nested and inactive ones, an organization without quota that submitted, articles of every
 * status and kind, several publications at one level and at several, adopted articles without a publication,
 * shared and repeated authors, authors outside the scope, articles of the neighbouring years — under rule sets that
 * exercise each rule: highest level only and each level, monthly and yearly caps (also a yearly cap of 0 and one
 * without a monthly cap), quotas per type and penalties.
 */
@CareNextTest
class PublicityScoringOracleTests {

    private static final int YEAR = 2023;

    @Autowired
    Fixtures fixtures;
    @Autowired
    PublicityScores scores;
    @Autowired
    Correspondents correspondents;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseScoresEveryMonthAndTheYearAsTheRulesSay() {
        Fixtures.Town world = fixtures.town();
        Fixtures.Town elsewhere = fixtures.town();
        Actor office = world.officeActor();
        OrganizationSummary community = fixtures.organization(office, world.town(), "东社区", OrganizationType.COMMUNITY_COMMITTEE);
        OrganizationSummary school = fixtures.organization(office, world.town(), "镇中学", OrganizationType.SCHOOL);
        OrganizationSummary partner = fixtures.organization(office, world.town(), "供电所", OrganizationType.PARTNER_UNIT);
        OrganizationSummary nested = fixtures.organization(office, world.villageA(), "甲村小学", OrganizationType.SCHOOL);
        OrganizationSummary closed = fixtures.organization(office, world.town(), "撤并村", OrganizationType.VILLAGE_COMMITTEE);
        List<OrganizationSummary> writing = List.of(world.town(), world.villageA(), world.villageB(), community,
                school, partner, nested, closed);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < writing.size(); i++) {
            people.add(correspondents.create(office, new CorrespondentDraft(writing.get(i).id(), "通讯员" + i, null,
                    null, null, LocalDate.of(2022, 1, 1), null)).id());
        }
        long outsider = correspondents.create(elsewhere.officeActor(), new CorrespondentDraft(elsewhere.villageA().id(),
                "外镇通讯员", null, null, null, LocalDate.of(2022, 1, 1), null)).id();
        insertArticles(new Random(20231203L), writing, people, outsider);
        // An inactive organization's articles count for the totals and the correspondents, not as a row.
        jdbc.sql("UPDATE organization SET active = FALSE WHERE id = :id").param("id", closed.id()).update();
        jdbc.sql("UPDATE correspondent SET active = FALSE WHERE id = :id").param("id", people.get(2)).update();

        Long version = null;
        Set<ScoreRule> applied = new HashSet<>();
        for (ScoringRules rules : ruleSets()) {
            RulesView saved = scores.saveRules(office, YEAR, RulesForm.of(rules, version));
            version = saved.version();
            for (Actor viewer : List.of(office, world.managerAActor())) {
                compare(viewer, rules).forEach(score -> score.lines().forEach(line -> applied.add(line.rule())));
            }
        }
        // the data and rule sets above make every rule apply somewhere, or the comparison would prove less
        assertThat(applied).containsExactlyInAnyOrder(ScoreRule.values());
    }

    private List<OrganizationScore> compare(Actor viewer, ScoringRules rules) {
        List<ScoringEngine.Facts> facts = facts(viewer.scopePattern());
        ScoringEngine engine = new ScoringEngine(rules);
        ScoringEngine.Year expected = engine.score(units(viewer, rules, facts), people(viewer), facts, 12);
        String context = viewer.username() + " under " + rules;
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(YEAR, month);
            MonthStatistics actual = scores.month(viewer, ym);
            assertThat(actual.organizations()).as(context + ", " + ym).isEqualTo(expected.month(month));
            assertThat(scores.month(viewer, ym, false).organizations()).as(context + ", " + ym + " without lines")
                    .isEqualTo(expected.month(month).stream().map(PublicityScoringOracleTests::withoutLines).toList());
            for (OrganizationScore row : expected.month(month)) {
                assertThat(scores.explanation(viewer, ym, row.organizationId()).lines()).as(context + ", " + ym)
                        .isEqualTo(row.lines());
            }
            if (viewer.has(com.carenext.shared.Role.TOWN_ADMIN)) {
                assertThat(actual.correspondents()).as(context + ", " + ym).isEqualTo(expected.correspondentMonth(month));
            }
            // the page and the API: the same rows (one page here), and totals summed by the database over all rows
            MonthPage page = scores.monthPage(viewer, ym, 0, 0, true);
            assertThat(page.organizations().rows()).as(context + ", " + ym + " page").isEqualTo(expected.month(month));
            assertThat(page.organizations().total()).isEqualTo(expected.month(month).size());
            assertThat(page.bannerOrAbove()).as(context).isEqualTo(actual.bannerOrAbove());
            assertThat(page.missedQuota()).as(context).isEqualTo(actual.missedQuota().size());
            assertThat(page.adoptedByLevel()).as(context).isEqualTo(actual.adoptedByLevel());
            assertThat(page.points()).as(context)
                    .isEqualTo(expected.month(month).stream().mapToInt(OrganizationScore::points).sum());
            assertThat(page.notable()).as(context).isEqualTo(actual.notable());
            if (viewer.has(com.carenext.shared.Role.TOWN_ADMIN)) {
                assertThat(page.correspondents().rows()).as(context + ", " + ym)
                        .isEqualTo(expected.correspondentMonth(month));
            }
            List<ScoringEngine.Facts> ofMonth = facts.stream().filter(f -> YearMonth.from(f.date()).equals(ym)).toList();
            assertThat(actual.submitted()).as(context).isEqualTo(ofMonth.size());
            assertThat(actual.adopted()).as(context)
                    .isEqualTo((int) ofMonth.stream().filter(f -> f.status() == ArticleStatus.ADOPTED).count());
            assertThat(actual.notable()).extracting(NotableArticle::articleId).as(context)
                    .containsExactlyElementsOf(notable(ofMonth));
        }
        YearAssessment year = scores.year(viewer, YEAR);
        assertThat(year.organizations()).as(context).isEqualTo(expected.organizations());
        assertThat(year.commended()).as(context).isEqualTo(engine.commended(expected));
        assertThat(year.criticized()).as(context).isEqualTo(engine.criticized(expected));
        if (viewer.has(com.carenext.shared.Role.TOWN_ADMIN)) {
            assertThat(year.correspondents()).as(context).isEqualTo(expected.correspondents());
            assertThat(year.commendedCorrespondents()).as(context).isEqualTo(engine.commendedCorrespondents(expected));
        }
        return expected.months().values().stream().flatMap(List::stream).toList();
    }

    private static OrganizationScore withoutLines(OrganizationScore s) {
        return new OrganizationScore(s.month(), s.organizationId(), s.organizationName(), s.organizationType(),
                s.submitted(), s.adopted(), s.adoptedByLevel(), s.bannerOrAbove(), s.quota(), s.missing(), s.quotaMet(),
                s.earned(), s.penalty(), s.points(), s.rank(), List.of());
    }

    private static List<Long> notable(List<ScoringEngine.Facts> ofMonth) {
        return ofMonth.stream()
                .filter(f -> f.status() == ArticleStatus.ADOPTED
                        && f.publications().stream().anyMatch(p -> p.level().isBannerOrAbove()))
                .sorted(Comparator.comparing((ScoringEngine.Facts f) -> f.publications().stream()
                                .map(ScoringEngine.Publication::level).max(Enum::compareTo).orElseThrow()).reversed()
                        .thenComparing(ScoringEngine.Facts::date).thenComparing(ScoringEngine.Facts::id))
                .map(ScoringEngine.Facts::id).toList();
    }

    private static List<ScoringRules> ruleSets() {
        ScoringRules defaults = ScoringRules.defaults(YEAR);
        Map<OutletLevel, Integer> levels = new EnumMap<>(OutletLevel.class);
        levels.putAll(Map.of(OutletLevel.TOWN, 2, OutletLevel.BANNER, 3, OutletLevel.CITY, 7, OutletLevel.REGION, 11,
                OutletLevel.NATIONAL, 13));
        Map<ArticleKind, Integer> kinds = new EnumMap<>(ArticleKind.class);
        kinds.putAll(Map.of(ArticleKind.NEWS, 1, ArticleKind.FEATURE, 0, ArticleKind.RESEARCH, 4, ArticleKind.OTHER, 2));
        Map<OrganizationType, Integer> quotas = new EnumMap<>(OrganizationType.class);
        quotas.putAll(Map.of(OrganizationType.VILLAGE_COMMITTEE, 2, OrganizationType.COMMUNITY_COMMITTEE, 1,
                OrganizationType.SCHOOL, 1, OrganizationType.KINDERGARTEN, 1, OrganizationType.PARTNER_UNIT, 3));
        return List.of(defaults,
                // each level, both caps low, quotas for every type, a larger penalty
                new ScoringRules(YEAR, levels, kinds, CountingRule.EACH_LEVEL, quotas, 3, 9, 40, 2, 5, 3, 4, 2, "测"),
                // a yearly cap without a monthly one: a month depends on the earlier ones
                new ScoringRules(YEAR, levels, kinds, CountingRule.HIGHEST_ONLY, quotas, 1, null, 25, 10, 0, 10, 0, 1, "测"),
                // a yearly cap of nothing, no quota anywhere
                new ScoringRules(YEAR, levels, kinds, CountingRule.EACH_LEVEL, Map.of(), 5, 4, 0, 1, 0, 1, 0, 0, "测"));
    }

    private void insertArticles(Random random, List<OrganizationSummary> writing, List<Long> people, long outsider) {
        ArticleKind[] kinds = ArticleKind.values();
        OutletLevel[] levels = OutletLevel.values();
        Timestamp now = Timestamp.valueOf("2024-01-05 10:00:00");
        for (int i = 0; i < 160; i++) {
            // mostly 2023; a few on the neighbouring years' edges
            LocalDate date = i % 40 == 0 ? LocalDate.of(2022, 12, 31) : i % 40 == 1 ? LocalDate.of(2024, 1, 1)
                    : LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
            // the partner unit (index 5) submits in spring only; the nested school (6) rarely
            int o = random.nextInt(writing.size());
            if (o == 5 && date.getMonthValue() > 4 || o == 6 && random.nextInt(3) > 0) {
                o = random.nextInt(3);
            }
            OrganizationSummary organization = writing.get(o);
            int roll = random.nextInt(10);
            ArticleStatus status = roll < 6 ? ArticleStatus.ADOPTED : roll < 8 ? ArticleStatus.SUBMITTED
                    : ArticleStatus.RETURNED;
            jdbc.sql("""
                            INSERT INTO article (organization_id, organization_path, title, kind, article_date, status,
                                                 version, created_at, updated_at)
                            VALUES (:org, :path, :title, :kind, :date, :status, 0, :now, :now)""")
                    .param("org", organization.id()).param("path", organization.path())
                    .param("title", "稿件" + i).param("kind", kinds[random.nextInt(kinds.length)].name())
                    .param("date", Date.valueOf(date)).param("status", status.name()).param("now", now)
                    .update();
            long id = jdbc.sql("SELECT MAX(id) FROM article WHERE title = :title AND organization_id = :org")
                    .param("title", "稿件" + i).param("org", organization.id()).query(Long.class).single();
            // publications: none, one, or several (sometimes two at one level); adopted ones mostly have one
            int publications = status == ArticleStatus.ADOPTED ? (random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3))
                    : (random.nextInt(6) == 0 ? 1 : 0);
            OutletLevel level = null;
            for (int k = 0; k < publications; k++) {
                level = k > 0 && random.nextBoolean() ? level : levels[random.nextInt(levels.length)];
                jdbc.sql("""
                                INSERT INTO article_publication (article, article_key, outlet_level, outlet, published_on)
                                VALUES (:article, :key, :level, :outlet, :date)""")
                        .param("article", id).param("key", k).param("level", level.name())
                        .param("outlet", "媒体" + k).param("date", Date.valueOf(date.plusDays(k))).update();
            }
            // authors: the organization's correspondent, sometimes a second (or the same twice), a stranger, or a
            // correspondent of another town
            List<Long> authors = new ArrayList<>(List.of(people.get(o)));
            int extra = random.nextInt(6);
            if (extra == 0) {
                authors.add(people.get(random.nextInt(people.size())));
            } else if (extra == 1) {
                authors.add(people.get(o));
            } else if (extra == 2) {
                authors.add(outsider);
            } else if (extra == 3) {
                authors.add(null);
            }
            for (int k = 0; k < authors.size(); k++) {
                jdbc.sql("""
                                INSERT INTO article_author (article, article_key, correspondent_id, name)
                                VALUES (:article, :key, :correspondent, :name)""")
                        .param("article", id).param("key", k).param("correspondent", authors.get(k))
                        .param("name", "作者" + k).update();
            }
        }
    }

    /** The facts the engine scores: every article of the scope dated in the year, as they were read before. */
    private List<ScoringEngine.Facts> facts(String scope) {
        Map<String, Object> params = Map.of("scope", scope, "from", Date.valueOf(LocalDate.of(YEAR, 1, 1)),
                "to", Date.valueOf(LocalDate.of(YEAR + 1, 1, 1)));
        Map<Long, List<ScoringEngine.Publication>> publications = new HashMap<>();
        jdbc.sql("""
                        SELECT p.article, p.outlet_level, p.outlet, p.published_on, p.link
                        FROM article_publication p JOIN article a ON a.id = p.article
                        WHERE a.organization_path LIKE :scope AND a.article_date >= :from AND a.article_date < :to
                        ORDER BY p.article, p.article_key""")
                .params(params)
                .query((rs, n) -> publications.computeIfAbsent(rs.getLong("article"), k -> new ArrayList<>())
                        .add(new ScoringEngine.Publication(OutletLevel.valueOf(rs.getString("outlet_level")),
                                rs.getString("outlet"), rs.getDate("published_on").toLocalDate(), rs.getString("link"))))
                .list();
        Map<Long, List<Long>> authors = new HashMap<>();
        jdbc.sql("""
                        SELECT w.article, w.correspondent_id
                        FROM article_author w JOIN article a ON a.id = w.article
                        WHERE a.organization_path LIKE :scope AND a.article_date >= :from AND a.article_date < :to
                          AND w.correspondent_id IS NOT NULL
                        ORDER BY w.article, w.article_key""")
                .params(params)
                .query((rs, n) -> authors.computeIfAbsent(rs.getLong("article"), k -> new ArrayList<>())
                        .add(rs.getLong("correspondent_id")))
                .list();
        return jdbc.sql("""
                        SELECT id, organization_id, title, kind, article_date, status FROM article
                        WHERE organization_path LIKE :scope AND article_date >= :from AND article_date < :to
                        ORDER BY article_date, id""")
                .params(params)
                .query((rs, n) -> new ScoringEngine.Facts(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getString("title"), ArticleKind.valueOf(rs.getString("kind")),
                        rs.getDate("article_date").toLocalDate(), ArticleStatus.valueOf(rs.getString("status")),
                        publications.getOrDefault(rs.getLong("id"), List.of()),
                        authors.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The organizations that take part: those with a quota, and any that submitted in the year; tree order. */
    private List<ScoringEngine.Unit> units(Actor actor, ScoringRules rules, List<ScoringEngine.Facts> facts) {
        Set<Long> submitting = new HashSet<>();
        facts.forEach(f -> submitting.add(f.organizationId()));
        return organizations.subtree(actor, false).stream()
                .filter(o -> rules.quota(o.type()) > 0 || submitting.contains(o.id()))
                .sorted(Comparator.comparing(OrganizationSummary::depth).thenComparing(OrganizationSummary::sortOrder)
                        .thenComparing(OrganizationSummary::id))
                .map(o -> new ScoringEngine.Unit(o.id(), o.name(), o.type())).toList();
    }

    private List<ScoringEngine.Person> people(Actor actor) {
        return correspondents.list(actor, true).stream()
                .map(c -> new ScoringEngine.Person(c.id(), c.name(), c.organizationId())).toList();
    }
}
