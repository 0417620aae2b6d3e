package com.carenext.publicity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quantified assessment (量化考核): the yearly rules, kept as data by the town office, and the scores they give,
 * computed from the articles each time they are asked for (never stored), so that a change of rules recomputes
 * the year at once.
 */
@Service
@Transactional
public class PublicityScores {

    static final String ENTITY = "PublicityRules";

    /** Rows of a page of the monthly statistics (organizations, and correspondents). */
    public static final int PAGE = 50;

    private final PublicityRulesRepository rulesRepository;
    private final Articles articles;
    private final Organizations organizations;
    private final ScoreQueries queries;
    private final Clock clock;

    PublicityScores(PublicityRulesRepository rulesRepository, Articles articles, Organizations organizations,
                    ScoreQueries queries, Clock clock) {
        this.rulesRepository = rulesRepository;
        this.articles = articles;
        this.organizations = organizations;
        this.queries = queries;
        this.clock = clock;
    }

    /** The rules that govern the caller's subtree in a year: the nearest office's, or the defaults. */
    @Transactional(readOnly = true)
    public RulesView rules(Actor actor, int year) {
        checkYear(year);
        return rulesRepository.governing(actor.scopePath(), year)
                .map(stored -> new RulesView(year, true, stored.getOrganizationId() == actor.organizationId(),
                        stored.rules(), stored.getVersion()))
                .orElseGet(() -> new RulesView(year, false, false, ScoringRules.defaults(year), null));
    }

    /** Rules explicitly set for the year (404 while only the defaults apply), for the API. */
    @Transactional(readOnly = true)
    public RulesView definedRules(Actor actor, int year) {
        RulesView rules = rules(actor, year);
        if (!rules.defined()) {
            throw new NotFoundException(ENTITY, year);
        }
        return rules;
    }

    /** Sets the year's rules of the office's own organization; every score of the year follows at once. */
    public RulesView saveRules(Actor actor, int year, RulesForm form) {
        actor.require(Role.TOWN_ADMIN);
        checkYear(year);
        OrganizationSummary office = organizations.get(actor, actor.organizationId());
        PublicityRules stored = rulesRepository.own(office.id(), year)
                .orElseGet(() -> PublicityRules.create(office.id(), office.path(), year));
        if (stored.getVersion() != null) {
            StaleEditException.requireSeen(ENTITY, year, form.version(), stored.getVersion());
        }
        stored.set(form.toRules(year), clock.instant());
        PublicityRules saved = rulesRepository.save(stored);
        return new RulesView(year, true, true, saved.rules(), saved.getVersion());
    }

    /** A month of the caller's whole subtree with the explanation of every organization's points. */
    @Transactional(readOnly = true)
    public MonthStatistics month(Actor actor, YearMonth month) {
        return month(actor, month, true);
    }

    /**
     * A month of the caller's subtree, every row, scored by the database ({@link ScoreQueries}): for the 通报, a
     * document about all of them (the page and the API show {@link #monthPage}). Without {@code explained} the rows
     * carry no explanation lines.
     */
    @Transactional(readOnly = true)
    public MonthStatistics month(Actor actor, YearMonth month, boolean explained) {
        checkYear(month.getYear());
        RulesView rules = rules(actor, month.getYear());
        List<ScoreQueries.Row> rows = queries.month(actor.scopePattern(), rules.rules(), month, null);
        Map<Long, List<ScoreLine>> articleLines = explained
                ? queries.articleLines(actor.scopePattern(), rules.rules(), month, null) : Map.of();
        List<OrganizationScore> scores = rows.stream().map(row -> score(month, row, rules.rules(),
                explained ? articleLines.getOrDefault(row.organizationId(), List.of()) : null)).toList();
        Map<OutletLevel, Integer> byLevel = new EnumMap<>(OutletLevel.class);
        for (OutletLevel level : OutletLevel.values()) {
            byLevel.put(level, scores.stream().mapToInt(row -> row.adoptedByLevel().get(level)).sum());
        }
        int[] totals = queries.monthTotals(actor.scopePattern(), month);
        return new MonthStatistics(month, rules, scores,
                actor.has(Role.TOWN_ADMIN) ? queries.correspondents(actor.scopePattern(), rules.rules(),
                        month.getMonthValue(), month.getMonthValue()) : List.of(),
                totals[0], totals[1], byLevel, articles.notable(actor, month));
    }

    /**
     * One page (from 0) of a month's ranking and, for the town office, of its correspondents, with the whole
     * subtree's totals ({@link MonthPage}): what the page and the API show, costing the same for a town and a region.
     * {@code complete}: with the page's rows' explanation lines and the month's notable articles (the API).
     */
    @Transactional(readOnly = true)
    public MonthPage monthPage(Actor actor, YearMonth month, int page, int correspondentPage, boolean complete) {
        checkYear(month.getYear());
        RulesView rules = rules(actor, month.getYear());
        ScoreQueries.Ranking ranking = queries.monthPage(actor.scopePattern(), rules.rules(), month,
                Paged.offset(page, PAGE), PAGE);
        Map<Long, List<ScoreLine>> articleLines = complete ? queries.articleLines(actor.scopePattern(), rules.rules(),
                month, ranking.rows().stream().map(ScoreQueries.Row::organizationId).toList()) : Map.of();
        List<OrganizationScore> rows = ranking.rows().stream().map(row -> score(month, row, rules.rules(),
                complete ? articleLines.getOrDefault(row.organizationId(), List.of()) : null)).toList();
        Paged<CorrespondentScore> people = actor.has(Role.TOWN_ADMIN)
                ? new Paged<>(queries.correspondents(actor.scopePattern(), rules.rules(), month.getMonthValue(),
                month.getMonthValue(), Paged.offset(correspondentPage, PAGE), PAGE), correspondentPage, PAGE,
                queries.correspondentCount(actor.scopePattern()))
                : new Paged<>(List.of(), 0, PAGE, 0);
        ScoreQueries.Summary summary = ranking.summary();
        int[] totals = queries.monthTotals(actor.scopePattern(), month);
        return new MonthPage(month, rules, new Paged<>(rows, page, PAGE, summary.organizations()), people,
                totals[0], totals[1], summary.adoptedByLevel(), summary.bannerOrAbove(), summary.missedQuota(),
                summary.points(), complete ? articles.notable(actor, month) : List.of());
    }

    /** The lines that explain one organization's points in a month (404 outside the caller's subtree or the list). */
    @Transactional(readOnly = true)
    public OrganizationScore explanation(Actor actor, YearMonth month, long organizationId) {
        checkYear(month.getYear());
        ScoringRules rules = rules(actor, month.getYear()).rules();
        ScoreQueries.Row row = queries.month(actor.scopePattern(), rules, month, organizationId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
        return score(month, row, rules, queries.articleLines(actor.scopePattern(), rules, month, List.of(organizationId))
                .getOrDefault(organizationId, List.of()));
    }

    /**
     * A row as shown, its explanation being the article lines and then the caps and the penalty that applied
     * ({@code articleLines} null: none).
     */
    private static OrganizationScore score(YearMonth month, ScoreQueries.Row row, ScoringRules rules,
                                           List<ScoreLine> articleLines) {
        List<ScoreLine> lines = new ArrayList<>();
        if (articleLines != null) {
            lines.addAll(articleLines);
            int afterMonthlyCap = row.raw();
            if (rules.monthlyCap() != null && row.raw() > rules.monthlyCap()) {
                lines.add(new ScoreLine(ScoreRule.MONTHLY_CAP, String.valueOf(rules.monthlyCap()), null, null,
                        rules.monthlyCap() - row.raw()));
                afterMonthlyCap = rules.monthlyCap();
            }
            if (rules.yearlyCap() != null && row.earned() < afterMonthlyCap) {
                lines.add(new ScoreLine(ScoreRule.YEARLY_CAP, String.valueOf(rules.yearlyCap()), null, null,
                        row.earned() - afterMonthlyCap));
            }
            if (row.missing() > 0) {
                lines.add(new ScoreLine(ScoreRule.QUOTA_PENALTY, String.valueOf(row.missing()), null, null,
                        -row.penalty()));
            }
        }
        return new OrganizationScore(month, row.organizationId(), row.name(), row.type(), row.submitted(),
                row.adopted(), row.byLevel(), row.bannerOrAbove(), row.quota(), row.missing(), row.missing() == 0,
                row.earned(), row.penalty(), row.points(), row.rank(), List.copyOf(lines));
    }

    @Transactional(readOnly = true)
    public YearAssessment year(Actor actor, int year) {
        checkYear(year);
        RulesView rules = rules(actor, year);
        LocalDate today = LocalDate.now(clock);
        int through = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        List<OrganizationYear> organizations = queries.year(actor.scopePattern(), rules.rules(), through).stream()
                .map(row -> new OrganizationYear(row.organizationId(), row.name(), row.type(), row.submitted(),
                        row.adopted(), row.byLevel(), row.earned(), row.penalty(), row.points(), row.missedMonths(),
                        row.rank())).toList();
        boolean office = actor.has(Role.TOWN_ADMIN);
        List<CorrespondentScore> people = office
                ? queries.correspondents(actor.scopePattern(), rules.rules(), 1, through) : List.of();
        ScoringRules r = rules.rules();
        return new YearAssessment(year, through, rules, organizations, people,
                organizations.stream().filter(total -> total.points() >= r.commendThreshold())
                        .limit(Math.max(0, r.commendTop())).toList(),
                people.stream().filter(score -> score.points() >= r.commendCorrespondentThreshold() && score.points() > 0)
                        .limit(Math.max(0, r.commendCorrespondentTop())).toList(),
                r.criticizeMissedMonths() <= 0 ? List.of() : organizations.stream()
                        .filter(total -> total.missedMonths() >= r.criticizeMissedMonths())
                        .sorted(Comparator.comparingInt(OrganizationYear::missedMonths).reversed()
                                .thenComparingInt(OrganizationYear::rank)).toList());
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException(ENTITY, year);
        }
    }
}
