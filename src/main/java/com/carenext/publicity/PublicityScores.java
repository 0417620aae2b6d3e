package com.carenext.publicity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final PublicityRulesRepository rulesRepository;
    private final Articles articles;
    private final Correspondents correspondents;
    private final Organizations organizations;
    private final Clock clock;

    PublicityScores(PublicityRulesRepository rulesRepository, Articles articles, Correspondents correspondents,
                    Organizations organizations, Clock clock) {
        this.rulesRepository = rulesRepository;
        this.articles = articles;
        this.correspondents = correspondents;
        this.organizations = organizations;
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

    @Transactional(readOnly = true)
    public MonthStatistics month(Actor actor, YearMonth month) {
        checkYear(month.getYear());
        RulesView rules = rules(actor, month.getYear());
        List<ScoringEngine.Facts> facts = articles.facts(actor.scopePattern(), month.getYear());
        ScoringEngine engine = new ScoringEngine(rules.rules());
        ScoringEngine.Year year = engine.score(units(actor, rules.rules(), facts), people(actor), facts,
                month.getMonthValue());
        List<OrganizationScore> rows = year.month(month.getMonthValue());
        Map<OutletLevel, Integer> byLevel = new EnumMap<>(OutletLevel.class);
        for (OutletLevel level : OutletLevel.values()) {
            byLevel.put(level, rows.stream().mapToInt(row -> row.adoptedByLevel().get(level)).sum());
        }
        List<ScoringEngine.Facts> ofMonth = facts.stream()
                .filter(f -> YearMonth.from(f.date()).equals(month)).toList();
        return new MonthStatistics(month, rules, rows,
                actor.has(Role.TOWN_ADMIN) ? year.correspondentMonth(month.getMonthValue()) : List.of(),
                ofMonth.size(), (int) ofMonth.stream().filter(f -> f.status() == ArticleStatus.ADOPTED).count(),
                byLevel, articles.notable(actor, ofMonth));
    }

    @Transactional(readOnly = true)
    public YearAssessment year(Actor actor, int year) {
        checkYear(year);
        RulesView rules = rules(actor, year);
        LocalDate today = LocalDate.now(clock);
        int through = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        List<ScoringEngine.Facts> facts = articles.facts(actor.scopePattern(), year);
        ScoringEngine engine = new ScoringEngine(rules.rules());
        ScoringEngine.Year scored = engine.score(units(actor, rules.rules(), facts), people(actor), facts, through);
        boolean office = actor.has(Role.TOWN_ADMIN);
        return new YearAssessment(year, through, rules, scored.organizations(),
                office ? scored.correspondents() : List.of(), engine.commended(scored),
                office ? engine.commendedCorrespondents(scored) : List.of(), engine.criticized(scored));
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

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException(ENTITY, year);
        }
    }
}
