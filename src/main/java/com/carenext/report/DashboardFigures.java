package com.carenext.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The figures behind the dashboard of one organization for one year. Every figure carries the link of the records
 * behind it. A town (or a unit below it) has its module panels; an organization above a town also has
 * {@code units}: the organizations directly below it, compared on the same measures.
 */
public record DashboardFigures(long organizationId, String organizationName, String organizationType, int year,
                               boolean aboveTown, Counts counts, Activities activities, Patrol patrol, Publicity publicity,
                               Study study, Volunteers volunteers, Plan plan, Scorecard scorecard,
                               List<Unit> units, LocalDateTime computedAt, long refreshSeconds) {

    /**
     * The same figures as kept for a while (above a town): {@code computedAt} (office time) says when they were
     * counted, {@code refreshSeconds} how often they are counted again; 0 when they were counted for this request.
     */
    DashboardFigures keptFor(Duration refresh) {
        return new DashboardFigures(organizationId, organizationName, organizationType, year, aboveTown, counts,
                activities, patrol, publicity, study, volunteers, plan, scorecard, units, computedAt,
                refresh.toSeconds());
    }

    /** The refresh interval in whole minutes, as the page says it (at least 1). */
    public long refreshMinutes() {
        return Math.max(1, refreshSeconds / 60);
    }

    /** One figure: what it counts ({@code key}, e.g. a type code), its label, its value and its records. */
    public record Figure(String key, String label, long value, String link) {
    }

    /**
     * The organizations (active, by type code) and the serving committee members of the organization shown and its
     * subtree.
     */
    public record Counts(int organizations, int committees, int servingMembers, Map<String, Integer> byType) {
    }

    public record Activities(Figure total, Figure youths, List<Figure> byMonth, List<Figure> byType) {
    }

    public record Patrol(Figure coveragePercent, Figure patrols, Figure openHazards, Figure hazardsClosed,
                         Figure openTooLong) {
    }

    /** Articles adopted in the year, and points by unit (the year-end assessment's rule; empty above a town). */
    public record Publicity(Figure adopted, List<Figure> pointsByUnit) {
    }

    /**
     * Sessions and attendance of the year, and attendance (person-times) by unit (empty above a town): the units with
     * the most, at most a page of them; {@code unitsWithAttendance} counts them all.
     */
    public record Study(Figure sessions, Figure attendance, List<Figure> attendanceByUnit, long unitsWithAttendance) {

        /** Whether the chart leaves units out (it then says how many there are). */
        public boolean cut() {
            return unitsWithAttendance > attendanceByUnit.size();
        }
    }

    public record Volunteers(Figure active, Figure recruited, List<Figure> byCategory, List<Figure> byAgeBand) {
    }

    /** The organization's own plan of the year, with progress by section; null when it has none. */
    public record Plan(long planId, String title, Figure progress, List<Figure> sections) {
    }

    /**
     * The standardization scorecard: each unit's score of the year in percent of its points, best first (from the
     * {@code scorecard} module).
     */
    public record Scorecard(List<Figure> results) {
    }

    /**
     * An organization below the one shown, compared on the module measures (plan completion null: no plan). Its
     * scorecard: the average share of points of its scored units, how many of them meet every criterion
     * ({@code scoredUnits} of them; both figures null when none is scored), linked to the ranking of its units.
     */
    public record Unit(long organizationId, String name, String link, Integer planCompletion, Figure coveragePercent,
                       Figure activities, Figure adopted, Figure attendance, Figure recruited, int publicityRank,
                       Figure scorecardPercent, Figure scorecardAllMet, int scoredUnits) {
    }
}
