package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The scoring of a year under one {@link ScoringRules} in plain Java: pure, no database, no clock. It was the
 * application's scoring until the database took it over ({@code ScoreQueries}); it stays as the oracle that
 * {@link PublicityScoringOracleTests} compares the database's figures with. Scores are always computed
 * from the articles as they stand, never stored, so a change of the rules (or of an adoption) recomputes the year.
 * An article belongs to the month of its date.
 */
final class ScoringEngine {

    /** An organization that takes part: its name and type (the type chooses its quota). */
    record Unit(long id, String name, OrganizationType type) {
    }

    /** A correspondent who may be an author. */
    record Person(long id, String name, long organizationId) {
    }

    record Publication(OutletLevel level, String outlet, LocalDate date, String link) {
    }

    /** What scoring needs of an article. */
    record Facts(long id, long organizationId, String title, ArticleKind kind, LocalDate date, ArticleStatus status,
                 List<Publication> publications, List<Long> authorIds) {
    }

    /** The whole computed year. */
    record Year(int year, int throughMonth, Map<Integer, List<OrganizationScore>> months,
                List<OrganizationYear> organizations, Map<Integer, List<CorrespondentScore>> correspondentMonths,
                List<CorrespondentScore> correspondents, Map<Long, List<ScoreLine>> articleLines) {

        List<OrganizationScore> month(int month) {
            return months.getOrDefault(month, List.of());
        }

        List<CorrespondentScore> correspondentMonth(int month) {
            return correspondentMonths.getOrDefault(month, List.of());
        }
    }

    private final ScoringRules rules;

    ScoringEngine(ScoringRules rules) {
        this.rules = rules;
    }

    /** The explanation of one article's points; empty unless it was adopted. */
    List<ScoreLine> articleLines(Facts article) {
        List<ScoreLine> lines = new ArrayList<>();
        if (article.status() != ArticleStatus.ADOPTED || article.publications().isEmpty()) {
            return lines;
        }
        TreeSet<OutletLevel> levels = new TreeSet<>();
        article.publications().forEach(publication -> levels.add(publication.level()));
        OutletLevel highest = levels.last();
        for (OutletLevel level : levels.descendingSet()) {
            boolean counted = rules.counting() == CountingRule.EACH_LEVEL || level == highest;
            lines.add(new ScoreLine(counted ? ScoreRule.LEVEL : ScoreRule.NOT_COUNTED, level.name(), article.id(),
                    article.title(), counted ? rules.points(level) : 0));
        }
        int kindPoints = rules.points(article.kind());
        if (kindPoints != 0) {
            lines.add(new ScoreLine(ScoreRule.KIND, article.kind().name(), article.id(), article.title(), kindPoints));
        }
        return lines;
    }

    static int sum(List<ScoreLine> lines) {
        return lines.stream().mapToInt(ScoreLine::points).sum();
    }

    /** Months 1 to {@code throughMonth} of the rules' year, for the given organizations and correspondents. */
    Year score(List<Unit> units, List<Person> people, List<Facts> articles, int throughMonth) {
        Map<Long, List<ScoreLine>> articleLines = new HashMap<>();
        Map<Integer, Map<Long, List<Facts>>> byMonthAndUnit = new HashMap<>();
        for (Facts article : articles) {
            if (article.date().getYear() != rules.year() || article.date().getMonthValue() > throughMonth) {
                continue;
            }
            articleLines.put(article.id(), articleLines(article));
            byMonthAndUnit.computeIfAbsent(article.date().getMonthValue(), m -> new HashMap<>())
                    .computeIfAbsent(article.organizationId(), u -> new ArrayList<>()).add(article);
        }
        Map<Long, Integer> earnedSoFar = new HashMap<>();
        Map<Integer, List<OrganizationScore>> months = new LinkedHashMap<>();
        Map<Integer, List<CorrespondentScore>> correspondentMonths = new LinkedHashMap<>();
        for (int month = 1; month <= throughMonth; month++) {
            Map<Long, List<Facts>> ofMonth = byMonthAndUnit.getOrDefault(month, Map.of());
            List<OrganizationScore> scores = new ArrayList<>();
            for (Unit unit : units) {
                scores.add(month(YearMonth.of(rules.year(), month), unit, ofMonth.getOrDefault(unit.id(), List.of()),
                        articleLines, earnedSoFar));
            }
            months.put(month, ranked(scores, units));
            List<Facts> monthArticles = ofMonth.values().stream().flatMap(List::stream).toList();
            correspondentMonths.put(month, correspondents(people, units, monthArticles, articleLines));
        }
        List<Facts> yearArticles = byMonthAndUnit.values().stream()
                .flatMap(map -> map.values().stream()).flatMap(List::stream).toList();
        return new Year(rules.year(), throughMonth, months, year(units, months),
                correspondentMonths, correspondents(people, units, yearArticles, articleLines), articleLines);
    }

    private OrganizationScore month(YearMonth month, Unit unit, List<Facts> articles,
                                    Map<Long, List<ScoreLine>> articleLines, Map<Long, Integer> earnedSoFar) {
        List<ScoreLine> lines = new ArrayList<>();
        Map<OutletLevel, Integer> byLevel = emptyLevels();
        int adopted = 0;
        int bannerOrAbove = 0;
        for (Facts article : articles.stream().sorted(Comparator.comparing(Facts::date).thenComparing(Facts::id)).toList()) {
            if (article.status() == ArticleStatus.ADOPTED) {
                adopted++;
                bannerOrAbove += article.publications().stream().anyMatch(p -> p.level().isBannerOrAbove()) ? 1 : 0;
                article.publications().stream().map(Publication::level).distinct()
                        .forEach(level -> byLevel.merge(level, 1, Integer::sum));
                lines.addAll(articleLines.get(article.id()));
            }
        }
        int raw = sum(lines);
        int earned = raw;
        if (rules.monthlyCap() != null && earned > rules.monthlyCap()) {
            lines.add(new ScoreLine(ScoreRule.MONTHLY_CAP, String.valueOf(rules.monthlyCap()), null, null,
                    rules.monthlyCap() - earned));
            earned = rules.monthlyCap();
        }
        if (rules.yearlyCap() != null) {
            int room = Math.max(0, rules.yearlyCap() - earnedSoFar.getOrDefault(unit.id(), 0));
            if (earned > room) {
                lines.add(new ScoreLine(ScoreRule.YEARLY_CAP, String.valueOf(rules.yearlyCap()), null, null,
                        room - earned));
                earned = room;
            }
        }
        earnedSoFar.merge(unit.id(), earned, Integer::sum);
        int quota = rules.quota(unit.type());
        int missing = Math.max(0, quota - adopted);
        int penalty = missing * rules.penaltyPerMissing();
        if (missing > 0) {
            lines.add(new ScoreLine(ScoreRule.QUOTA_PENALTY, String.valueOf(missing), null, null, -penalty));
        }
        return new OrganizationScore(month, unit.id(), unit.name(), unit.type(), articles.size(), adopted, byLevel,
                bannerOrAbove, quota, missing, missing == 0, earned, penalty, earned - penalty, 0, List.copyOf(lines));
    }

    /** Sorted by points, then adoptions, then submissions, then the organizations' own order; equal points share a rank. */
    private static List<OrganizationScore> ranked(List<OrganizationScore> scores, List<Unit> units) {
        Map<Long, Integer> order = order(units);
        List<OrganizationScore> sorted = scores.stream().sorted(Comparator
                .comparingInt(OrganizationScore::points).reversed()
                .thenComparing(Comparator.comparingInt(OrganizationScore::adopted).reversed())
                .thenComparing(Comparator.comparingInt(OrganizationScore::submitted).reversed())
                .thenComparingInt(score -> order.get(score.organizationId()))).toList();
        int[] ranks = ranks(sorted, OrganizationScore::points);
        List<OrganizationScore> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            OrganizationScore s = sorted.get(i);
            result.add(new OrganizationScore(s.month(), s.organizationId(), s.organizationName(), s.organizationType(),
                    s.submitted(), s.adopted(), s.adoptedByLevel(), s.bannerOrAbove(), s.quota(), s.missing(), s.quotaMet(), s.earned(),
                    s.penalty(), s.points(), ranks[i], s.lines()));
        }
        return List.copyOf(result);
    }

    private List<OrganizationYear> year(List<Unit> units, Map<Integer, List<OrganizationScore>> months) {
        Map<Long, Integer> order = order(units);
        List<OrganizationYear> totals = new ArrayList<>();
        for (Unit unit : units) {
            int submitted = 0;
            int adopted = 0;
            int earned = 0;
            int penalty = 0;
            int missed = 0;
            Map<OutletLevel, Integer> byLevel = emptyLevels();
            for (List<OrganizationScore> month : months.values()) {
                for (OrganizationScore score : month) {
                    if (score.organizationId() == unit.id()) {
                        submitted += score.submitted();
                        adopted += score.adopted();
                        earned += score.earned();
                        penalty += score.penalty();
                        missed += score.quotaMet() ? 0 : 1;
                        score.adoptedByLevel().forEach((level, n) -> byLevel.merge(level, n, Integer::sum));
                    }
                }
            }
            totals.add(new OrganizationYear(unit.id(), unit.name(), unit.type(), submitted, adopted, byLevel, earned,
                    penalty, earned - penalty, missed, 0));
        }
        List<OrganizationYear> sorted = totals.stream().sorted(Comparator
                .comparingInt(OrganizationYear::points).reversed()
                .thenComparing(Comparator.comparingInt(OrganizationYear::adopted).reversed())
                .thenComparingInt(total -> order.get(total.organizationId()))).toList();
        int[] ranks = ranks(sorted, OrganizationYear::points);
        List<OrganizationYear> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            OrganizationYear y = sorted.get(i);
            result.add(new OrganizationYear(y.organizationId(), y.organizationName(), y.organizationType(),
                    y.submitted(), y.adopted(), y.adoptedByLevel(), y.earned(), y.penalty(), y.points(),
                    y.missedMonths(), ranks[i]));
        }
        return List.copyOf(result);
    }

    private static List<CorrespondentScore> correspondents(List<Person> people, List<Unit> units, List<Facts> articles,
                                                           Map<Long, List<ScoreLine>> articleLines) {
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(unit -> unitNames.put(unit.id(), unit.name()));
        Map<Long, int[]> counts = new LinkedHashMap<>();
        people.forEach(person -> counts.put(person.id(), new int[3]));
        for (Facts article : articles) {
            for (Long author : article.authorIds().stream().distinct().toList()) {
                int[] c = counts.get(author);
                if (c == null) {
                    continue;
                }
                c[0]++;
                if (article.status() == ArticleStatus.ADOPTED) {
                    c[1]++;
                    c[2] += sum(articleLines.getOrDefault(article.id(), List.of()));
                }
            }
        }
        List<Person> sorted = people.stream().sorted(Comparator
                .comparingInt((Person p) -> counts.get(p.id())[2]).reversed()
                .thenComparing(Comparator.comparingInt((Person p) -> counts.get(p.id())[1]).reversed())
                .thenComparingLong(Person::id)).toList();
        int[] ranks = ranks(sorted, person -> counts.get(person.id())[2]);
        List<CorrespondentScore> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Person p = sorted.get(i);
            int[] c = counts.get(p.id());
            result.add(new CorrespondentScore(p.id(), p.name(), p.organizationId(),
                    unitNames.getOrDefault(p.organizationId(), ""), c[0], c[1], c[2], ranks[i]));
        }
        return List.copyOf(result);
    }

    private static <T> int[] ranks(List<T> sorted, ToIntFunction<T> points) {
        int[] ranks = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            ranks[i] = i > 0 && points.applyAsInt(sorted.get(i)) == points.applyAsInt(sorted.get(i - 1))
                    ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    private static Map<Long, Integer> order(List<Unit> units) {
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            order.put(units.get(i).id(), i);
        }
        return order;
    }

    private static Map<OutletLevel, Integer> emptyLevels() {
        Map<OutletLevel, Integer> levels = new EnumMap<>(OutletLevel.class);
        for (OutletLevel level : OutletLevel.values()) {
            levels.put(level, 0);
        }
        return levels;
    }

    /** Commended organizations: the best {@code commendTop} with at least {@code commendThreshold} points. */
    List<OrganizationYear> commended(Year year) {
        return year.organizations().stream().filter(total -> total.points() >= rules.commendThreshold())
                .limit(Math.max(0, rules.commendTop())).toList();
    }

    List<CorrespondentScore> commendedCorrespondents(Year year) {
        return year.correspondents().stream()
                .filter(score -> score.points() >= rules.commendCorrespondentThreshold() && score.points() > 0)
                .limit(Math.max(0, rules.commendCorrespondentTop())).toList();
    }

    /** Criticized organizations (通报批评): quota missed in at least {@code criticizeMissedMonths} months. */
    List<OrganizationYear> criticized(Year year) {
        if (rules.criticizeMissedMonths() <= 0) {
            return List.of();
        }
        return year.organizations().stream().filter(total -> total.missedMonths() >= rules.criticizeMissedMonths())
                .sorted(Comparator.comparingInt(OrganizationYear::missedMonths).reversed()
                        .thenComparingInt(OrganizationYear::rank)).toList();
    }
}
