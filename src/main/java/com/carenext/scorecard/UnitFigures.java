package com.carenext.scorecard;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Roster;
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
 * measure, setter and depth ({@link Measures#valuesByUnit}), and one for the rosters; never a query per unit.
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
            return byMeasure.getOrDefault(key(criterion.measure(), criterion.measureParam(), criterion, unit),
                    Map.of()).getOrDefault(unit.path(), 0L);
        }

        long waterBodies(Criterion criterion, OrganizationSummary unit) {
            return byMeasure.getOrDefault(key(WATER_BODIES, null, criterion, unit), Map.of())
                    .getOrDefault(unit.path(), 0L);
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
                ask(byMeasure, criterion.measure(), criterion.measureParam(), criterion, scored.unit(), year);
                if (criterion.waterOnly()) {
                    ask(byMeasure, WATER_BODIES, null, criterion, scored.unit(), year);
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        return new Table(byMeasure, rosterNeeded ? roster.countsOn(actor, day) : Map.of());
    }

    /** One grouped query per measure, parameter, setter and depth (asked once, whatever the number of units). */
    private void ask(Map<String, Map<String, Long>> byMeasure, String code, String param, Criterion criterion,
                     OrganizationSummary unit, int year) {
        String key = key(code, param, criterion, unit);
        if (!measures.offers(code) || byMeasure.containsKey(key)) {
            return;
        }
        int levels = depth(unit.path()) - depth(criterion.organizationPath());
        Map<String, Long> values = measures.valuesByUnit(code, criterion.organizationPath(), levels, year,
                param == null ? Map.of() : measures.all().stream().filter(m -> m.code().equals(code)).findFirst()
                        .map(m -> m.param() == null ? Map.<String, String>of() : Map.of(m.param(), param))
                        .orElse(Map.of()));
        byMeasure.put(key, values);
    }

    /** The figures of one grouped query: a measure with its parameter, under the setter, at the unit's depth. */
    private static String key(String code, String param, Criterion criterion, OrganizationSummary unit) {
        return code + ":" + param + "|" + criterion.organizationPath() + "|" + depth(unit.path());
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
