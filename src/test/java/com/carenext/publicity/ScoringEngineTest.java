package com.carenext.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.OrganizationType;
import com.carenext.publicity.ScoringEngine.Facts;
import com.carenext.publicity.ScoringEngine.Person;
import com.carenext.publicity.ScoringEngine.Publication;
import com.carenext.publicity.ScoringEngine.Unit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scoring of a crafted March 2023 against a table computed by hand, under both counting rules.
 *
 * <pre>
 * rules: 镇 1, 旗 3, 市 5, 自治区 8, 国家 10; 消息 0, 通讯 +2, 调研 +4; quota 嘎查村 2, 社区 1, 镇 0;
 *        penalty 3 per missing article; monthly cap 15
 *
 * article  org  kind   status    levels          EACH_LEVEL      HIGHEST_ONLY
 * A1       A    消息   adopted   镇 旗 市         1+3+5 = 9       5
 * A2       A    通讯   adopted   自治区           8+2   = 10      8+2 = 10
 * A3       A    消息   submitted                  0               0
 * B1       B    调研   adopted   旗 国家          3+10+4 = 17     10+4 = 14
 * B2       B    消息   returned                   0               0
 * C1       C    消息   adopted   镇 镇 (2 outlets) 1              1
 *
 * org  submitted adopted quota  EACH: raw cap penalty total rank   HIGHEST: raw cap penalty total rank
 * A    3         2       2            19  -4  0       15    1               15  0   0       15    1
 * B    2         1       2            17  -2  -3      12    2               14  0   -3      11    2
 * C    1         1       1            1   0   0       1     3               1   0   0       1     3
 * T    0         0       0            0   0   0       0     4               0   0   0       0     4
 * </pre>
 */
class ScoringEngineTest {

    private static final Unit A = new Unit(1, "甲嘎查", OrganizationType.VILLAGE_COMMITTEE);
    private static final Unit B = new Unit(2, "乙村", OrganizationType.VILLAGE_COMMITTEE);
    private static final Unit C = new Unit(3, "丙社区", OrganizationType.COMMUNITY_COMMITTEE);
    private static final Unit T = new Unit(4, "镇关工委", OrganizationType.TOWN_COMMITTEE);
    private static final List<Unit> UNITS = List.of(T, A, B, C);
    private static final List<Person> PEOPLE = List.of(new Person(11, "其木格", 1), new Person(12, "王海", 2),
            new Person(13, "巴图", 1));

    static ScoringRules rules(CountingRule counting, Integer monthlyCap, Integer yearlyCap) {
        return new ScoringRules(2023,
                Map.of(OutletLevel.TOWN, 1, OutletLevel.BANNER, 3, OutletLevel.CITY, 5, OutletLevel.REGION, 8,
                        OutletLevel.NATIONAL, 10),
                Map.of(ArticleKind.NEWS, 0, ArticleKind.FEATURE, 2, ArticleKind.RESEARCH, 4, ArticleKind.OTHER, 0),
                counting,
                Map.of(OrganizationType.VILLAGE_COMMITTEE, 2, OrganizationType.COMMUNITY_COMMITTEE, 1),
                3, monthlyCap, yearlyCap, 2, 10, 2, 5, 2, "乌召关工宣");
    }

    static List<Facts> march() {
        return List.of(
                adopted(101, A, "A1", ArticleKind.NEWS, 3, List.of(11L, 13L),
                        OutletLevel.TOWN, OutletLevel.BANNER, OutletLevel.CITY),
                adopted(102, A, "A2", ArticleKind.FEATURE, 10, List.of(11L), OutletLevel.REGION),
                new Facts(103, A.id(), "A3", ArticleKind.NEWS, LocalDate.of(2023, 3, 20), ArticleStatus.SUBMITTED,
                        List.of(), List.of(11L)),
                adopted(201, B, "B1", ArticleKind.RESEARCH, 8, List.of(12L), OutletLevel.BANNER, OutletLevel.NATIONAL),
                new Facts(202, B.id(), "B2", ArticleKind.NEWS, LocalDate.of(2023, 3, 9), ArticleStatus.RETURNED,
                        List.of(), List.of(12L)),
                adopted(301, C, "C1", ArticleKind.NEWS, 15, List.of(), OutletLevel.TOWN, OutletLevel.TOWN));
    }

    static Facts adopted(long id, Unit unit, String title, ArticleKind kind, int day, List<Long> authors,
                         OutletLevel... levels) {
        return new Facts(id, unit.id(), title, kind, LocalDate.of(2023, 3, day), ArticleStatus.ADOPTED,
                Arrays.stream(levels).map(level -> new Publication(level, "媒体" + level, LocalDate.of(2023, 3, day), null))
                        .toList(), authors);
    }

    /** organization, submitted, adopted, quota met, earned, penalty, total, rank. */
    private static void row(List<OrganizationScore> month, Unit unit, int submitted, int adopted, boolean quotaMet,
                            int earned, int penalty, int total, int rank) {
        OrganizationScore score = month.stream().filter(s -> s.organizationId() == unit.id()).findFirst().orElseThrow();
        assertThat(score.submitted()).as(unit.name() + " submitted").isEqualTo(submitted);
        assertThat(score.adopted()).as(unit.name() + " adopted").isEqualTo(adopted);
        assertThat(score.quotaMet()).as(unit.name() + " quota met").isEqualTo(quotaMet);
        assertThat(score.earned()).as(unit.name() + " earned").isEqualTo(earned);
        assertThat(score.penalty()).as(unit.name() + " penalty").isEqualTo(penalty);
        assertThat(score.points()).as(unit.name() + " total").isEqualTo(total);
        assertThat(score.rank()).as(unit.name() + " rank").isEqualTo(rank);
        assertThat(ScoringEngine.sum(score.lines())).as(unit.name() + " explanation adds up").isEqualTo(total);
    }

    @Test
    void eachLevelCountsEveryLevelOnce() {
        List<OrganizationScore> month = new ScoringEngine(rules(CountingRule.EACH_LEVEL, 15, null))
                .score(UNITS, PEOPLE, march(), 3).month(3);
        row(month, A, 3, 2, true, 15, 0, 15, 1);
        row(month, B, 2, 1, false, 15, 3, 12, 2);
        row(month, C, 1, 1, true, 1, 0, 1, 3);
        row(month, T, 0, 0, true, 0, 0, 0, 4);
        assertThat(month).extracting(OrganizationScore::organizationName).containsExactly("甲嘎查", "乙村", "丙社区", "镇关工委");
    }

    @Test
    void highestOnlyCountsTheHighestLevel() {
        List<OrganizationScore> month = new ScoringEngine(rules(CountingRule.HIGHEST_ONLY, 15, null))
                .score(UNITS, PEOPLE, march(), 3).month(3);
        row(month, A, 3, 2, true, 15, 0, 15, 1);
        row(month, B, 2, 1, false, 14, 3, 11, 2);
        row(month, C, 1, 1, true, 1, 0, 1, 3);
        row(month, T, 0, 0, true, 0, 0, 0, 4);
    }

    @Test
    void everyPointIsExplainedByArticleAndRule() {
        OrganizationScore a = new ScoringEngine(rules(CountingRule.EACH_LEVEL, 15, null))
                .score(UNITS, PEOPLE, march(), 3).month(3).stream()
                .filter(s -> s.organizationId() == A.id()).findFirst().orElseThrow();
        assertThat(a.lines()).containsExactly(
                new ScoreLine(ScoreRule.LEVEL, "CITY", 101L, "A1", 5),
                new ScoreLine(ScoreRule.LEVEL, "BANNER", 101L, "A1", 3),
                new ScoreLine(ScoreRule.LEVEL, "TOWN", 101L, "A1", 1),
                new ScoreLine(ScoreRule.LEVEL, "REGION", 102L, "A2", 8),
                new ScoreLine(ScoreRule.KIND, "FEATURE", 102L, "A2", 2),
                new ScoreLine(ScoreRule.MONTHLY_CAP, "15", null, null, -4));
        assertThat(a.adoptedByLevel()).containsEntry(OutletLevel.TOWN, 1).containsEntry(OutletLevel.BANNER, 1)
                .containsEntry(OutletLevel.CITY, 1).containsEntry(OutletLevel.REGION, 1)
                .containsEntry(OutletLevel.NATIONAL, 0);
        assertThat(a.bannerOrAbove()).as("articles, not publications, at 旗 level or above").isEqualTo(2);

        OrganizationScore b = new ScoringEngine(rules(CountingRule.HIGHEST_ONLY, 15, null))
                .score(UNITS, PEOPLE, march(), 3).month(3).stream()
                .filter(s -> s.organizationId() == B.id()).findFirst().orElseThrow();
        assertThat(b.lines()).containsExactly(
                new ScoreLine(ScoreRule.LEVEL, "NATIONAL", 201L, "B1", 10),
                new ScoreLine(ScoreRule.NOT_COUNTED, "BANNER", 201L, "B1", 0),
                new ScoreLine(ScoreRule.KIND, "RESEARCH", 201L, "B1", 4),
                new ScoreLine(ScoreRule.QUOTA_PENALTY, "1", null, null, -3));
    }

    @Test
    void monthsWithoutArticlesCostEveryVillageItsQuota() {
        ScoringEngine.Year year = new ScoringEngine(rules(CountingRule.EACH_LEVEL, 15, null))
                .score(UNITS, PEOPLE, march(), 3);
        // January: 镇 0 (1st), 丙社区 -3 (2nd), 甲嘎查 and 乙村 -6 share the 3rd place.
        row(year.month(1), A, 0, 0, false, 0, 6, -6, 3);
        row(year.month(1), B, 0, 0, false, 0, 6, -6, 3);
        row(year.month(1), C, 0, 0, false, 0, 3, -3, 2);
        row(year.month(1), T, 0, 0, true, 0, 0, 0, 1);
        OrganizationYear a = year.organizations().stream().filter(y -> y.organizationId() == A.id()).findFirst().orElseThrow();
        assertThat(a.points()).isEqualTo(15 - 6 - 6);
        assertThat(a.missedMonths()).isEqualTo(2);
    }

    @Test
    void theYearlyCapTakesOffWhatExceedsItAcrossMonths() {
        List<Facts> articles = new java.util.ArrayList<>(march());
        articles.add(new Facts(100, A.id(), "A0", ArticleKind.NEWS, LocalDate.of(2023, 2, 1), ArticleStatus.ADOPTED,
                List.of(new Publication(OutletLevel.NATIONAL, "中国火炬", LocalDate.of(2023, 2, 1), null)), List.of()));
        ScoringEngine.Year year = new ScoringEngine(rules(CountingRule.EACH_LEVEL, 15, 20))
                .score(UNITS, PEOPLE, articles, 3);
        OrganizationScore february = year.month(2).stream().filter(s -> s.organizationId() == A.id()).findFirst().orElseThrow();
        assertThat(february.earned()).isEqualTo(10);
        OrganizationScore march = year.month(3).stream().filter(s -> s.organizationId() == A.id()).findFirst().orElseThrow();
        assertThat(march.earned()).isEqualTo(10);
        assertThat(march.lines()).contains(new ScoreLine(ScoreRule.MONTHLY_CAP, "15", null, null, -4),
                new ScoreLine(ScoreRule.YEARLY_CAP, "20", null, null, -5));
    }

    @Test
    void correspondentsAreCreditedWithTheirArticlesPoints() {
        List<CorrespondentScore> people = new ScoringEngine(rules(CountingRule.EACH_LEVEL, 15, null))
                .score(UNITS, PEOPLE, march(), 3).correspondentMonth(3);
        assertThat(people).extracting(CorrespondentScore::name, CorrespondentScore::submitted,
                        CorrespondentScore::adopted, CorrespondentScore::points, CorrespondentScore::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("其木格", 3, 2, 19, 1),
                        org.assertj.core.groups.Tuple.tuple("王海", 2, 1, 17, 2),
                        org.assertj.core.groups.Tuple.tuple("巴图", 1, 1, 9, 3));
    }

    @Test
    void changingARuleChangesTheScores() {
        ScoringRules before = rules(CountingRule.EACH_LEVEL, 15, null);
        ScoringRules after = new ScoringRules(2023, Map.of(OutletLevel.TOWN, 1, OutletLevel.BANNER, 3,
                OutletLevel.CITY, 5, OutletLevel.REGION, 8, OutletLevel.NATIONAL, 20), before.kindPoints(),
                CountingRule.EACH_LEVEL, before.monthlyQuota(), 3, null, null, 2, 10, 2, 5, 2, "乌召关工宣");
        row(new ScoringEngine(before).score(UNITS, PEOPLE, march(), 3).month(3), B, 2, 1, false, 15, 3, 12, 2);
        row(new ScoringEngine(after).score(UNITS, PEOPLE, march(), 3).month(3), B, 2, 1, false, 27, 3, 24, 1);
    }

    @Test
    void commendationAndCriticismFollowTheThresholds() {
        ScoringEngine engine = new ScoringEngine(rules(CountingRule.EACH_LEVEL, 15, null));
        ScoringEngine.Year year = engine.score(UNITS, PEOPLE, march(), 3);
        // A: 15-6-6 = 3, B: 12-6-6 = 0, C: 1-3-3 = -5, T: 0. Threshold 10: nobody commended.
        assertThat(engine.commended(year)).isEmpty();
        // Missed in ≥ 2 months: A (Jan, Feb), B (Jan, Feb, Mar), C (Jan, Feb).
        assertThat(engine.criticized(year)).extracting(OrganizationYear::organizationName)
                .containsExactly("乙村", "甲嘎查", "丙社区");
        assertThat(engine.commendedCorrespondents(year)).extracting(CorrespondentScore::name)
                .containsExactly("其木格", "王海");
    }
}
