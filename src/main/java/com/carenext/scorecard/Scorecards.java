package com.carenext.scorecard;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.plan.Measure;
import com.carenext.plan.Measures;
import com.carenext.shared.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standardization cards of the units the actor sees, for a year: each unit is scored by the criteria its nearest
 * setter above it chose for its level; figures come grouped per unit ({@link UnitFigures}), evidence from the
 * uploads the setter confirmed. Other modules ask {@link #summary}.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    private final Organizations organizations;
    private final Criteria criteria;
    private final Evidence evidence;
    private final UnitFigures figures;
    private final Measures measures;
    private final MessageSource messages;

    Scorecards(Organizations organizations, Criteria criteria, Evidence evidence, UnitFigures figures,
               Measures measures, MessageSource messages) {
        this.organizations = organizations;
        this.criteria = criteria;
        this.evidence = evidence;
        this.figures = figures;
        this.measures = measures;
        this.messages = messages;
    }

    /** Every card in the actor's subtree for the year (optionally of one level), best first, with ranks. */
    public List<Scorecard> cards(Actor actor, int year, OrganizationType level) {
        List<OrganizationSummary> units = organizations.subtree(actor, false).stream()
                .filter(unit -> level == null || unit.type() == level).toList();
        return rank(score(actor, year, units));
    }

    /**
     * The cards under one organization of the actor's subtree (404 outside it), e.g. a town's units as the banner sees
     * them from its dashboard; the actor's own subtree when null. Ranks count within that organization.
     */
    public List<Scorecard> cardsUnder(Actor actor, Long organizationId, int year, OrganizationType level) {
        if (organizationId == null || organizationId == actor.organizationId()) {
            return cards(actor, year, level);
        }
        OrganizationSummary under = organizations.get(actor, organizationId);
        return cards(new Actor(actor.userId(), actor.username(), actor.displayName(), under.id(), under.name(),
                under.path(), actor.roles()), year, level);
    }

    /** One unit's card (404 outside the actor's subtree); no lines when no criteria score it this year. */
    public Scorecard card(Actor actor, long organizationId, int year) {
        OrganizationSummary unit = organizations.get(actor, organizationId);
        List<Scorecard> cards = score(actor, year, List.of(unit));
        return cards.isEmpty() ? new Scorecard(unit.id(), unit.name(), unit.type(), year, 0, 0, 0, List.of())
                : cards.get(0).ranked(1);
    }

    /** The scorecard in short for every scored unit of the actor's subtree: for the dashboard's panel. */
    public List<UnitScore> summary(Actor actor, int year) {
        Map<Long, String> paths = organizations.subtree(actor, false).stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::path));
        return cards(actor, year, null).stream().map(card -> new UnitScore(card.organizationId(),
                card.organizationName(), paths.get(card.organizationId()), card.level(), card.score(),
                card.maxScore(), (int) card.lines().stream().filter(ScorecardLine::met).count(), card.lines().size(),
                card.rank())).toList();
    }

    private List<Scorecard> score(Actor actor, int year, List<OrganizationSummary> units) {
        List<Criterion> applicable = criteria.applicable(actor, year);
        List<UnitFigures.Scored> scored = new ArrayList<>();
        for (OrganizationSummary unit : units) {
            List<Criterion> own = nearestSetter(applicable, unit);
            if (!own.isEmpty()) {
                scored.add(new UnitFigures.Scored(unit, own));
            }
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        UnitFigures.Table table = figures.figures(actor, year, scored);
        Map<String, List<EvidenceItem>> items = evidence.ofYear(actor, year).stream()
                .collect(Collectors.groupingBy(e -> e.criterionId() + "/" + e.organizationId()));
        Map<String, Measure> offered = measures.all().stream()
                .collect(Collectors.toMap(Measure::code, Function.identity()));
        List<Scorecard> cards = new ArrayList<>();
        for (UnitFigures.Scored unit : scored) {
            List<ScorecardLine> lines = unit.criteria().stream().map(c -> c.method() == CriterionMethod.EVIDENCE
                    ? evidenceLine(c, items.getOrDefault(c.id() + "/" + unit.unit().id(), List.of()))
                    : automaticLine(c, unit.unit(), table, offered)).toList();
            int score = lines.stream().filter(ScorecardLine::met).mapToInt(ScorecardLine::points).sum();
            int max = lines.stream().mapToInt(ScorecardLine::points).sum();
            cards.add(new Scorecard(unit.unit().id(), unit.unit().name(), unit.unit().type(), year, score, max, 0,
                    lines));
        }
        return cards;
    }

    /** The active criteria of the deepest setter above the unit that scores its level. */
    private static List<Criterion> nearestSetter(List<Criterion> applicable, OrganizationSummary unit) {
        List<Criterion> scoring = applicable.stream().filter(c -> c.scores(unit.path(), unit.type())).toList();
        int deepest = scoring.stream().mapToInt(c -> c.organizationPath().length()).max().orElse(0);
        return scoring.stream().filter(c -> c.organizationPath().length() == deepest).toList();
    }

    private ScorecardLine automaticLine(Criterion c, OrganizationSummary unit, UnitFigures.Table table,
                                        Map<String, Measure> offered) {
        long figure = table.figure(c, unit);
        if (c.waterOnly() && table.waterBodies(c, unit) == 0) {
            return line(c, true, figure, text("scorecard.why.noWater"), null);
        }
        Measure measure = offered.get(c.measure());
        String name = measure == null ? text("scorecard.measure." + c.measure()) : text(measure.nameKey());
        if (measure != null && c.measureParam() != null && measure.options().containsKey(c.measureParam())) {
            name = name + "（" + text(measure.options().get(c.measureParam())) + "）";
        }
        String unitText = text(measure == null ? "plan.unit.persons" : measure.unitKey());
        boolean met = figure >= c.threshold();
        return line(c, met, figure, text(met ? "scorecard.why.reached" : "scorecard.why.short", name,
                String.valueOf(figure), String.valueOf(c.threshold()), unitText), null);
    }

    private ScorecardLine evidenceLine(Criterion c, List<EvidenceItem> items) {
        EvidenceItem confirmed = items.stream().filter(e -> e.state() == EvidenceState.CONFIRMED).findFirst()
                .orElse(null);
        EvidenceItem shown = confirmed != null ? confirmed : items.isEmpty() ? null : items.get(0);
        String why = shown == null ? text("scorecard.why.noEvidence")
                : shown.state() == EvidenceState.REJECTED ? text("scorecard.why.rejected", shown.reason())
                : text("scorecard.why." + shown.state().name().toLowerCase());
        return line(c, confirmed != null, null, why, shown);
    }

    private static ScorecardLine line(Criterion c, boolean met, Long figure, String why, EvidenceItem item) {
        return new ScorecardLine(c.id(), c.criterionGroup(), c.title(), c.description(), c.method(), c.isDefault(),
                c.points(), met, figure, c.method() == CriterionMethod.AUTOMATIC ? c.threshold() : null, why, item);
    }

    /** Best share of points first; equal shares share a rank. */
    private static List<Scorecard> rank(List<Scorecard> cards) {
        List<Scorecard> sorted = cards.stream().sorted(Comparator.comparingInt(Scorecard::percent).reversed()
                .thenComparing(Comparator.comparingInt(Scorecard::score).reversed())
                .thenComparing(Scorecard::organizationName)).toList();
        List<Scorecard> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).percent() == sorted.get(i - 1).percent();
            ranked.add(sorted.get(i).ranked(tie ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
