package com.carenext.report;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.plan.Measures;
import com.carenext.plan.PlanFigures;
import com.carenext.report.DashboardFigures.Figure;
import com.carenext.scorecard.GroupScore;
import com.carenext.scorecard.UnitScore;
import com.carenext.shared.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Above a town: the committees directly below (a banner's towns, a city's banners …) compared on the module
 * measures. Each measure is one SQL query grouped by unit for all of them ({@link Measures#valuesByUnit}), and plan
 * completion one query per measure in use — the number of organizations never multiplies the queries.
 */
@Service
class Comparison {

    private final Organizations organizations;
    private final Measures measures;
    private final PlanFigures plans;

    Comparison(Organizations organizations, Measures measures, PlanFigures plans) {
        this.organizations = organizations;
        this.measures = measures;
        this.plans = plans;
    }

    /**
     * {@code scores} are the scorecard results of every unit in the parent's subtree (scored once for the dashboard):
     * each organization below gets those of its own units.
     */
    List<DashboardFigures.Unit> units(Actor actor, OrganizationSummary parent, int year, DashboardLinks links,
                                      List<UnitScore> scores) {
        List<OrganizationSummary> below = organizations.children(actor, parent.id()).stream()
                .filter(child -> child.type().isCommittee() && child.active()).toList();
        long[] coverage = values("patrol.coverage", parent, below, year);
        long[] held = values("activity.held", parent, below, year);
        long[] adopted = values("publicity.adopted", parent, below, year);
        long[] attendance = values("study.attendance", parent, below, year);
        long[] recruited = values("volunteer.recruited", parent, below, year);
        Map<Long, Integer> completion = plans.completion(actor, below.stream().map(OrganizationSummary::id).toList(),
                year);
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < below.size(); i++) {
            ranked.add(i);
        }
        ranked.sort(Comparator.comparingLong((Integer i) -> -adopted[i]));
        int[] rank = new int[below.size()];
        for (int position = 0; position < ranked.size(); position++) {
            int i = ranked.get(position);
            boolean tied = position > 0 && adopted[ranked.get(position - 1)] == adopted[i];
            rank[i] = tied ? rank[ranked.get(position - 1)] : position + 1;
        }
        List<DashboardFigures.Unit> units = new ArrayList<>();
        for (int i = 0; i < below.size(); i++) {
            OrganizationSummary child = below.get(i);
            DashboardLinks own = new DashboardLinks(child.id(), year);
            GroupScore score = GroupScore.of(child.path(), scores);
            boolean scored = score.units() > 0;
            units.add(new DashboardFigures.Unit(child.id(), child.name(), links.dashboard(child.id()),
                    completion.get(child.id()),
                    new Figure("patrol.coverage", child.name(), coverage[i], own.dashboard(child.id())),
                    new Figure("activity.held", child.name(), held[i], own.activities(null)),
                    new Figure("publicity.adopted", child.name(), adopted[i], own.dashboard(child.id())),
                    new Figure("study.attendance", child.name(), attendance[i], own.dashboard(child.id())),
                    new Figure("volunteer.recruited", child.name(), recruited[i], own.volunteers(null)), rank[i],
                    scored ? new Figure("scorecard.percent", child.name(), score.averagePercent(),
                            own.scorecardsOf(child.id())) : null,
                    scored ? new Figure("scorecard.allMet", child.name(), score.allMet(),
                            own.scorecardsOf(child.id())) : null, score.units()));
        }
        return units;
    }

    /** The figure of each organization below, in their order (0 where it has no records). */
    private long[] values(String code, OrganizationSummary parent, List<OrganizationSummary> below, int year) {
        Map<String, Long> byPath = measures.valuesByUnit(code, parent.path(), 1, year, Map.of());
        return below.stream().mapToLong(child -> byPath.getOrDefault(child.path(), 0L)).toArray();
    }
}
