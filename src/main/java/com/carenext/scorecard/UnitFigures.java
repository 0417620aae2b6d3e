package com.carenext.scorecard;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Roster;
import com.carenext.plan.MeasureScope;
import com.carenext.plan.Measures;
import com.carenext.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The figures automatic criteria compare with their thresholds, for many units at once: one grouped query per
 * measure and depth below the actor's organization ({@link Measures#valuesByUnit}), whoever set the criteria, and
 * one for the rosters; never a query per unit or per setter (a banner's twenty towns each set their own criteria).
 */
@Component
class UnitFigures {

    /** Serving 主任 on the unit's own roster (at the year's end, or today in the current year). */
    static final String DIRECTORS = "roster.director";
    /** Serving members of the unit's own roster. */
    static final String MEMBERS = "roster.members";
    static final Set<String> ROSTER = Set.of(DIRECTORS, MEMBERS);
    static final String WATER_BODIES = "patrol.waterBodies";

    private final Measures measures;
    private final Roster roster;
    private final Clock clock;

    UnitFigures(Measures measures, Roster roster, Clock clock) {
        this.measures = measures;
        this.roster = roster;
        this.clock = clock;
    }

    /** A unit with the criteria that score it. */
    record Scored(OrganizationSummary unit, List<Criterion> criteria) {
    }

    /** Figures by (measure and parameter) then unit path. */
    record Table(Map<String, Map<String, Long>> byMeasure, Map<Long, Roster.Count> rosters) {

        long figure(Criterion criterion, OrganizationSummary unit) {
            if (DIRECTORS.equals(criterion.measure()) || MEMBERS.equals(criterion.measure())) {
                Roster.Count count = rosters.get(unit.id());
                return count == null ? 0 : DIRECTORS.equals(criterion.measure()) ? count.directors() : count.members();
            }
            return byMeasure.getOrDefault(key(criterion.measure(), criterion.measureParam(), unit),
                    Map.of()).getOrDefault(unit.path(), 0L);
        }

        long waterBodies(Criterion criterion, OrganizationSummary unit) {
            return byMeasure.getOrDefault(key(WATER_BODIES, null, unit), Map.of()).getOrDefault(unit.path(), 0L);
        }
    }

    Table figures(Actor actor, int year, List<Scored> units) {
        Map<String, Map<String, Long>> byMeasure = new HashMap<>();
        boolean rosterNeeded = false;
        for (Scored scored : units) {
            for (Criterion criterion : scored.criteria()) {
                if (criterion.method() != CriterionMethod.AUTOMATIC || criterion.measure() == null) {
                    continue;
                }
                if (ROSTER.contains(criterion.measure())) {
                    rosterNeeded = true;
                    continue;
                }
                ask(byMeasure, actor, criterion.measure(), criterion.measureParam(), scored.unit(), year);
                if (criterion.waterOnly()) {
                    ask(byMeasure, actor, WATER_BODIES, null, scored.unit(), year);
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        return new Table(byMeasure, rosterNeeded ? roster.countsOn(actor, day) : Map.of());
    }

    /**
     * One grouped query per measure, parameter and depth (asked once, whatever the number of units and setters),
     * grouped by the units' path prefix under the actor's organization; the actor's own organization (a unit's
     * people looking at their own card) is its own scope.
     */
    private void ask(Map<String, Map<String, Long>> byMeasure, Actor actor, String code, String param,
                     OrganizationSummary unit, int year) {
        String key = key(code, param, unit);
        if (!measures.offers(code) || byMeasure.containsKey(key)) {
            return;
        }
        Map<String, String> params = param == null ? Map.of() : measures.all().stream()
                .filter(m -> m.code().equals(code)).findFirst()
                .map(m -> m.param() == null ? Map.<String, String>of() : Map.of(m.param(), param)).orElse(Map.of());
        int levels = depth(unit.path()) - depth(actor.scopePath());
        byMeasure.put(key, levels <= 0
                ? Map.of(unit.path(), measures.value(code, new MeasureScope(List.of(unit.path())), year, params))
                : measures.valuesByUnit(code, actor.scopePath(), levels, year, params));
    }

    /** The figures of one grouped query: a measure with its parameter, at the unit's depth. */
    private static String key(String code, String param, OrganizationSummary unit) {
        return code + ":" + param + "|" + depth(unit.path());
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
