package com.carenext.plan;

import com.carenext.shared.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of plans for dashboards: an organization's plan of a year, and the completion of many organizations'
 * plans with one query per measure in use (never per plan).
 */
@Service
@Transactional(readOnly = true)
public class PlanFigures {

    private final JdbcClient jdbc;
    private final Measures measures;
    private final PlanSections sections;

    PlanFigures(JdbcClient jdbc, Measures measures, PlanSections sections) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.sections = sections;
    }

    /** The organization's plan of the year (the latest, if several), with progress; empty when there is none. */
    public Optional<PlanViews.Plan> planOf(Actor actor, long organizationId, int year) {
        return jdbc.sql("""
                        SELECT id FROM work_plan WHERE organization_id = :org AND plan_year = :year
                          AND organization_path LIKE :scope ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("org", organizationId).param("year", year).param("scope", actor.scopePattern())
                .query(Long.class).optional().map(sections::load);
    }

    /**
     * The completion (%) of each organization's plan of the year, as {@link PlanSections} computes it for one plan:
     * the average of its tasks, a task with indicators at the average of its indicators (each at most 100 %).
     * Organizations without a plan are absent. Plans outside the actor's scope are not read.
     */
    public Map<Long, Integer> completion(Actor actor, Collection<Long> organizationIds, int year) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        record Plan(long id, long organizationId, String path) {
        }
        Map<Long, Plan> plans = new HashMap<>();
        jdbc.sql("""
                        SELECT id, organization_id, organization_path FROM work_plan
                        WHERE organization_id IN (:orgs) AND plan_year = :year AND organization_path LIKE :scope
                        ORDER BY id""")
                .param("orgs", organizationIds).param("year", year).param("scope", actor.scopePattern())
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getLong(2), rs.getString(3))).list()
                .forEach(plan -> plans.put(plan.organizationId(), plan));
        if (plans.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> planOfOrganization = plans.values().stream()
                .collect(Collectors.toMap(Plan::id, Plan::organizationId));
        record Task(long id, long planId, int progress) {
        }
        List<Task> tasks = jdbc.sql("SELECT id, work_plan_id, progress FROM plan_task WHERE work_plan_id IN (:plans)")
                .param("plans", planOfOrganization.keySet())
                .query((rs, n) -> new Task(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
        Map<Long, Long> planOfTask = tasks.stream().collect(Collectors.toMap(Task::id, Task::planId));
        Map<Long, List<Integer>> percents = indicatorPercents(plans.values().stream()
                .collect(Collectors.toMap(Plan::id, Plan::path)), planOfTask, year);
        Map<Long, List<Integer>> byPlan = new HashMap<>();
        for (Task task : tasks) {
            List<Integer> own = percents.get(task.id());
            int progress = own == null ? task.progress() : average(own);
            byPlan.computeIfAbsent(task.planId(), id -> new ArrayList<>()).add(progress);
        }
        Map<Long, Integer> completion = new LinkedHashMap<>();
        planOfOrganization.forEach((planId, organizationId) ->
                completion.put(organizationId, average(byPlan.getOrDefault(planId, List.of()))));
        return completion;
    }

    /** Each task's indicator percentages: one grouped measure query per measure and parameter in use. */
    private Map<Long, List<Integer>> indicatorPercents(Map<Long, String> planPaths, Map<Long, Long> planOfTask,
                                                       int year) {
        if (planOfTask.isEmpty()) {
            return Map.of();
        }
        record Indicator(long taskId, String code, String params, long target) {
        }
        List<Indicator> indicators = jdbc.sql("""
                        SELECT task_id, measure_code, params, target FROM task_indicator WHERE task_id IN (:tasks)
                        ORDER BY id""")
                .param("tasks", planOfTask.keySet())
                .query((rs, n) -> new Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        Map<Long, List<String>> owners = new HashMap<>();
        jdbc.sql("SELECT task_id, organization_path FROM plan_task_owner WHERE task_id IN (:tasks) "
                        + "ORDER BY organization_path")
                .param("tasks", planOfTask.keySet())
                .query(rs -> {
                    owners.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Integer>> percents = new HashMap<>();
        Map<String, List<Indicator>> byMeasure = indicators.stream().collect(Collectors.groupingBy(
                i -> i.code() + "|" + (i.params() == null ? "" : i.params()), LinkedHashMap::new, Collectors.toList()));
        for (List<Indicator> group : byMeasure.values()) {
            Indicator first = group.get(0);
            Optional<Measures.Offered> offered = measures.find(first.code());
            long[] values = offered.isEmpty() ? new long[group.size()]
                    : offered.get().source().values(first.code(), group.stream()
                    .map(i -> new MeasureScope(owners.getOrDefault(i.taskId(),
                            List.of(planPaths.get(planOfTask.get(i.taskId()))))))
                    .toList(), year, TaskIndicators.parse(first.params()));
            for (int i = 0; i < group.size(); i++) {
                Indicator indicator = group.get(i);
                int percent = (int) Math.min(100, values[i] * 100 / Math.max(1, indicator.target()));
                percents.computeIfAbsent(indicator.taskId(), id -> new ArrayList<>()).add(percent);
            }
        }
        return percents;
    }

    private static int average(List<Integer> values) {
        return values.isEmpty() ? 0
                : (int) Math.round(values.stream().mapToInt(Integer::intValue).average().orElse(0));
    }
}
