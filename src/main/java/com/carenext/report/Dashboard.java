package com.carenext.report;

import com.carenext.activity.ActivityFigures;
import com.carenext.activity.ActivityStatistics;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.patrol.Alerts;
import com.carenext.patrol.OpenCounts;
import com.carenext.plan.MeasureScope;
import com.carenext.plan.Measures;
import com.carenext.plan.PlanFigures;
import com.carenext.publicity.PublicityScores;
import com.carenext.report.DashboardFigures.Counts;
import com.carenext.report.DashboardFigures.Figure;
import com.carenext.scorecard.Scorecards;
import com.carenext.scorecard.UnitScore;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.study.StudyStatistics;
import com.carenext.volunteer.Category;
import com.carenext.volunteer.VolunteerStatistics;
import com.carenext.volunteer.Volunteers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures for an organization in the caller's subtree and a year. Each figure is asked from the
 * module that owns it, aggregated in SQL there (module statistics and plan measures); nothing is counted row by row
 * here. Above a town, {@link Comparison} adds the organizations below, compared on the same measures.
 */
@Service
class Dashboard {

    static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};
    private static final Set<OrganizationType> ABOVE_TOWN = EnumSet.of(OrganizationType.BANNER_COMMITTEE,
            OrganizationType.CITY_COMMITTEE, OrganizationType.REGION_COMMITTEE);

    private final Organizations organizations;
    private final Roster roster;
    private final ActivityFigures activityFigures;
    private final Alerts alerts;
    private final PublicityScores publicity;
    private final StudyStatistics study;
    private final Volunteers volunteers;
    private final PlanFigures plans;
    private final Measures measures;
    private final Comparison comparison;
    private final Scorecards scorecards;
    private final MessageSource messages;
    private final Clock clock;

    Dashboard(Organizations organizations, Roster roster, ActivityFigures activityFigures, Alerts alerts, PublicityScores publicity,
              StudyStatistics study, Volunteers volunteers, PlanFigures plans, Measures measures,
              Comparison comparison, Scorecards scorecards,
              MessageSource messages, Clock clock) {
        this.clock = clock;
        this.scorecards = scorecards;
        this.organizations = organizations;
        this.roster = roster;
        this.activityFigures = activityFigures;
        this.alerts = alerts;
        this.publicity = publicity;
        this.study = study;
        this.volunteers = volunteers;
        this.plans = plans;
        this.measures = measures;
        this.comparison = comparison;
        this.messages = messages;
    }

    /**
     * The figures of the organization (the actor's own when null); 404 outside the actor's subtree. One read-only
     * transaction: one connection for the whole view instead of one per module call.
     */
    @Transactional(readOnly = true)
    DashboardFigures figures(Actor actor, Long organizationId, int year) {
        actor.require(READERS);
        return figuresOf(actor, organizations.get(actor, organizationId == null ? actor.organizationId() : organizationId),
                year);
    }

    /** The same, for an organization the caller has already found in the actor's subtree ({@code Organizations.get}). */
    @Transactional(readOnly = true)
    DashboardFigures figuresOf(Actor actor, OrganizationSummary organization, int year) {
        actor.require(READERS);
        // The modules answer for the actor's scope: looking at a part of the subtree narrows the scope to it.
        Actor view = new Actor(actor.userId(), actor.username(), actor.displayName(), organization.id(),
                organization.name(), organization.path(), actor.roles());
        boolean above = isAboveTown(organization.type());
        DashboardLinks links = new DashboardLinks(organization.id(), year);
        MeasureScope own = new MeasureScope(List.of(organization.path()));
        // Scored once: the panel ranks the units, the comparison groups them by the organization below they are in.
        List<UnitScore> scores = scorecards.summary(view, year);
        return new DashboardFigures(organization.id(), organization.name(), organization.type().name(), year, above,
                counts(view), activities(view, year, links), patrol(view, own, year, links),
                publicity(view, own, year, links, above), study(view, own, year, links, above),
                volunteers(view, own, year, links), plan(view, organization, links, year),
                scorecard(scores, year),
                above ? comparison.units(actor, organization, year, links, scores) : List.of(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), 0);
    }

    /** A banner, city or region committee: its dashboard compares the organizations below and is kept a while. */
    static boolean isAboveTown(OrganizationType type) {
        return ABOVE_TOWN.contains(type);
    }

    /** The organizations and serving committee members of the organization shown (not the viewer's whole subtree). */
    Counts counts(Actor view) {
        Map<OrganizationType, Integer> byType = organizations.countsByType(view);
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        byType.forEach((type, count) -> named.put(type.name(), count));
        int committees = byType.entrySet().stream().filter(entry -> entry.getKey().isCommittee())
                .mapToInt(Map.Entry::getValue).sum();
        return new Counts(byType.values().stream().mapToInt(Integer::intValue).sum(), committees,
                roster.servingCount(view), named);
    }

    /** Each unit's standardization score of the year (percent of its points), best first, linked to its card. */
    private static DashboardFigures.Scorecard scorecard(List<UnitScore> scores, int year) {
        List<Figure> results = scores.stream()
                .filter(unit -> unit.maxScore() > 0)
                .map(unit -> new Figure(String.valueOf(unit.organizationId()), unit.organizationName(),
                        unit.percent(),
                        "/scorecards/units/" + unit.organizationId() + "?year=" + year))
                .sorted(java.util.Comparator.comparingLong(Figure::value).reversed())
                .toList();
        return new DashboardFigures.Scorecard(results);
    }

    private DashboardFigures.Activities activities(Actor view, int year, DashboardLinks links) {
        ActivityStatistics statistics = activityFigures.statistics(view, year, false);
        List<Figure> byMonth = new ArrayList<>();
        for (ActivityStatistics.Row row : statistics.byMonth()) {
            int month = Integer.parseInt(row.key().substring(5));
            byMonth.add(new Figure(row.key(), text("dashboard.month", month), row.activities(),
                    links.activitiesOfMonth(month)));
        }
        List<Figure> byType = statistics.byType().stream().map(row -> new Figure(row.key(),
                text("activity.type." + row.key()), row.activities(), links.activities(row.key()))).toList();
        return new DashboardFigures.Activities(
                new Figure("activities", text("dashboard.activities"), statistics.activities(), links.activities(null)),
                new Figure("youths", text("dashboard.youths"), statistics.youths(), links.activities(null)),
                byMonth, byType);
    }

    private DashboardFigures.Patrol patrol(Actor view, MeasureScope own, int year, DashboardLinks links) {
        OpenCounts open = alerts.openCounts(view);
        return new DashboardFigures.Patrol(
                measure("patrol.coverage", "dashboard.coverage", own, year, links.coverage()),
                measure("patrol.patrols", "dashboard.patrols", own, year, links.patrols()),
                new Figure("openHazards", text("dashboard.openHazardsLabel"), open.openHazards(), links.hazards(true)),
                measure("patrol.hazardsClosed", "dashboard.hazardsClosed", own, year, links.hazards(false)),
                new Figure("openTooLong", text("dashboard.openTooLong", open.openLongerThanHours()),
                        open.patrolsOpenTooLong(), links.patrols()));
    }

    private DashboardFigures.Publicity publicity(Actor view, MeasureScope own, int year, DashboardLinks links,
                                                 boolean above) {
        List<Figure> points = above ? List.of() : publicity.year(view, year).organizations().stream()
                .filter(unit -> unit.points() != 0 || unit.submitted() > 0)
                .map(unit -> new Figure(String.valueOf(unit.organizationId()), unit.organizationName(), unit.points(),
                        links.assessment())).toList();
        return new DashboardFigures.Publicity(
                measure("publicity.adopted", "dashboard.adopted", own, year, links.adoptedArticles()), points);
    }

    private DashboardFigures.Study study(Actor view, MeasureScope own, int year, DashboardLinks links,
                                         boolean above) {
        // The first page: the units with the most attendances, named in one query; the chart says when there are more.
        var units = above ? null : study.perOrganization(view, year, 0);
        Map<Long, String> names = units == null ? Map.of()
                : organizations.names(units.rows().stream().map(com.carenext.study.StudyFigures::id).toList());
        List<Figure> byUnit = units == null ? List.of() : units.rows().stream()
                .map(unit -> new Figure(String.valueOf(unit.id()), names.getOrDefault(unit.id(), ""), unit.attended(),
                        links.study()))
                .toList();
        return new DashboardFigures.Study(measure("study.sessions", "dashboard.sessions", own, year, links.study()),
                measure("study.attendance", "dashboard.attendance", own, year, links.study()), byUnit,
                units == null ? 0 : units.total());
    }

    private DashboardFigures.Volunteers volunteers(Actor view, MeasureScope own, int year,
                                                   DashboardLinks links) {
        VolunteerStatistics statistics = volunteers.statistics(view);
        List<Figure> byCategory = new ArrayList<>();
        for (Map.Entry<Category, Integer> entry : statistics.byCategory().entrySet()) {
            byCategory.add(new Figure(entry.getKey().name(), text(entry.getKey().messageKey()), entry.getValue(),
                    links.volunteers(entry.getKey().name())));
        }
        List<Figure> byAge = statistics.byAgeBand().entrySet().stream().map(entry -> new Figure(entry.getKey(),
                text("volunteer.age." + entry.getKey()), entry.getValue(), links.statistics())).toList();
        return new DashboardFigures.Volunteers(
                new Figure("active", text("dashboard.volunteers"), statistics.total(), links.volunteers(null)),
                measure("volunteer.recruited", "dashboard.recruited", own, year, links.volunteers(null)),
                byCategory, byAge);
    }

    private DashboardFigures.Plan plan(Actor view, OrganizationSummary organization, DashboardLinks links, int year) {
        return plans.planOf(view, organization.id(), year).map(plan -> new DashboardFigures.Plan(plan.id(),
                        plan.title(), new Figure("progress", text("dashboard.planProgress"), plan.progress(),
                        links.plan(plan.id())),
                        plan.sections().stream().map(section -> new Figure(String.valueOf(section.id()),
                                section.heading(),
                                section.progress(), links.section(plan.id(), section.id()))).toList()))
                .orElse(null);
    }

    private Figure measure(String code, String labelKey, MeasureScope own, int year, String link) {
        return new Figure(code, text(labelKey), measures.value(code, own, year, Map.of()), link);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
