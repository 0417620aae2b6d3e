package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators on tasks (任务指标): a module's measure with a target. The figure counts the records of the task's owner
 * units (the plan's organization when the task has no owner) in the plan year; the records behind it are listed only
 * as far as the viewer's scope reaches. A task with indicators progresses by them (each at most 100 %, averaged);
 * a task without keeps its reported progress.
 */
@Service
@Transactional
public class TaskIndicators {

    static final String ENTITY = "TaskIndicator";
    static final int RECORDS = 20;

    private final JdbcClient jdbc;
    private final PlanTasks tasks;
    private final Measures measures;
    private final MessageSource messages;
    private final Clock clock;

    TaskIndicators(JdbcClient jdbc, PlanTasks tasks, Measures measures, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.measures = measures;
        this.messages = messages;
        this.clock = clock;
    }

    private record Row(long id, long taskId, String measure, String params, long target, long version) {
    }

    /** Where and when a plan's figures count: the plan year and each task's owner paths. */
    private record Counting(int year, String planPath, Map<Long, List<String>> owners) {

        MeasureScope of(long taskId) {
            return new MeasureScope(owners.getOrDefault(taskId, List.of(planPath)));
        }
    }

    public long add(Actor actor, long taskId, IndicatorDraft draft) {
        requireAssigner(actor, taskId);
        validated(draft);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO task_indicator (task_id, measure_code, params, target, version, created_by, created_at)
                        VALUES (:task, :code, :params, :target, 0, :by, :now)""")
                .param("task", taskId).param("code", draft.measure()).param("params", params(draft))
                .param("target", draft.target()).param("by", actor.username())
                .param("now", Timestamp.from(clock.instant())).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Adds an indicator confirmed in the import preview, unless the task has the same measure and parameter already
     * (a plan imported again); returns whether it was added.
     */
    boolean addConfirmed(Actor actor, long taskId, IndicatorDraft draft) {
        String params = params(draft);
        boolean present = jdbc.sql("""
                        SELECT COUNT(*) FROM task_indicator WHERE task_id = :task AND measure_code = :code
                        AND params = :params""")
                .param("task", taskId).param("code", draft.measure()).param("params", params)
                .query(Long.class).single() > 0;
        if (!present) {
            add(actor, taskId, draft);
        }
        return !present;
    }

    /** A measure's display name with its parameter value (e.g. 开展活动（普法教育）) and its unit. */
    record Label(String name, String unit) {
    }

    Label label(String code, String param) {
        return measures.find(code).map(offered -> new Label(name(offered.measure(),
                        param == null || param.isBlank() ? null : param), text(offered.measure().unitKey())))
                .orElse(new Label(code, ""));
    }

    /** Changes an indicator's measure, parameter or target; returns its task. */
    public long update(Actor actor, long indicatorId, IndicatorDraft draft) {
        Row row = row(actor, indicatorId);
        validated(draft);
        long seen = StaleEditException.requireSeen(ENTITY, indicatorId, draft.version(), row.version());
        int changed = jdbc.sql("""
                        UPDATE task_indicator SET measure_code = :code, params = :params, target = :target,
                            version = version + 1 WHERE id = :id AND version = :version""")
                .param("code", draft.measure()).param("params", params(draft)).param("target", draft.target())
                .param("id", indicatorId).param("version", seen).update();
        if (changed == 0) {
            throw new StaleEditException(ENTITY, indicatorId);
        }
        return row.taskId();
    }

    /** The task of an indicator the actor may change (404 otherwise). */
    @Transactional(readOnly = true)
    public long taskOf(Actor actor, long indicatorId) {
        return row(actor, indicatorId).taskId();
    }

    /** Removes an indicator; returns its task. */
    public long remove(Actor actor, long indicatorId) {
        Row row = row(actor, indicatorId);
        jdbc.sql("DELETE FROM task_indicator WHERE id = :id").param("id", indicatorId).update();
        return row.taskId();
    }

    /** The task's indicators with their figures and the records behind them that the actor may see. */
    @Transactional(readOnly = true)
    public List<IndicatorView> of(Actor actor, long taskId) {
        PlanViews.Task task = tasks.task(actor, taskId);
        Counting counting = counting(task.planId());
        MeasureScope scope = counting.of(taskId);
        return rows("i.task_id = :id", taskId).stream()
                .map(row -> view(row, scope, counting.year(), scope.within(actor.scopePath()), RECORDS)).toList();
    }

    /** The figures of every indicator of a plan by task (without records), for a plan the caller checked. */
    @Transactional(readOnly = true)
    public Map<Long, List<IndicatorView>> ofPlan(long planId) {
        return ofPlan(planId, 0);
    }

    /**
     * {@link #ofPlan(long)} with up to {@code records} records behind each figure, as far as the task's owners reach:
     * for a caller that reaches the plan's organization, whose subtree holds every owner.
     */
    @Transactional(readOnly = true)
    Map<Long, List<IndicatorView>> ofPlan(long planId, int records) {
        Counting counting = counting(planId);
        Map<Long, List<IndicatorView>> figures = new LinkedHashMap<>();
        for (Row row : rows("t.work_plan_id = :id", planId)) {
            MeasureScope scope = counting.of(row.taskId());
            figures.computeIfAbsent(row.taskId(), id -> new ArrayList<>())
                    .add(view(row, scope, counting.year(), records > 0 ? scope : null, records));
        }
        return figures;
    }

    /** The plan's tasks with the progress of their indicators where they have some. */
    @Transactional(readOnly = true)
    public List<PlanViews.Task> withProgress(long planId, List<PlanViews.Task> planTasks) {
        Map<Long, List<IndicatorView>> figures = ofPlan(planId);
        return planTasks.stream().map(task -> figures.containsKey(task.id())
                ? task.withProgress(progress(figures.get(task.id()))) : task).toList();
    }

    /** The measures a task may use, with their names and parameters. */
    @Transactional(readOnly = true)
    public List<Measure> measures() {
        return measures.all();
    }

    static int progress(List<IndicatorView> indicators) {
        return (int) Math.round(indicators.stream().mapToInt(IndicatorView::percent).average().orElse(0));
    }

    private IndicatorView view(Row row, MeasureScope scope, int year, MeasureScope visible, int limit) {
        Measures.Offered offered = measures.find(row.measure()).orElse(null);
        Map<String, String> params = parse(row.params());
        if (offered == null) {
            return new IndicatorView(row.id(), row.taskId(), row.measure(), null, row.measure(), "", row.target(), 0,
                    0, row.version(), List.of(), 0);
        }
        Measure measure = offered.measure();
        String param = measure.param() == null ? null : params.get(measure.param());
        long value = offered.source().value(measure.code(), scope, year, params);
        int percent = (int) Math.min(100, value * 100 / Math.max(1, row.target()));
        List<RecordLink> records = visible == null ? List.of()
                : offered.source().records(measure.code(), visible, year, params, limit);
        // counted only when the list is full: a shorter list is all there is
        long recordsTotal = records.size() < limit || limit == 0 ? records.size()
                : offered.source().recordCount(measure.code(), visible, year, params);
        return new IndicatorView(row.id(), row.taskId(), measure.code(), param, name(measure, param),
                text(measure.unitKey()), row.target(), value, percent, row.version(), records, recordsTotal);
    }

    private String name(Measure measure, String param) {
        String name = text(measure.nameKey());
        String option = param == null ? null : measure.options().get(param);
        return option == null ? name : name + "（" + text(option) + "）";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private Counting counting(long planId) {
        record Plan(int year, String path) {
        }
        Plan plan = jdbc.sql("SELECT plan_year, organization_path FROM work_plan WHERE id = :id").param("id", planId)
                .query((rs, n) -> new Plan(rs.getInt("plan_year"), rs.getString("organization_path"))).single();
        record Owner(long taskId, String path) {
        }
        Map<Long, List<String>> owners = jdbc.sql("""
                        SELECT o.task_id, o.organization_path FROM plan_task_owner o JOIN plan_task t ON t.id = o.task_id
                        WHERE t.work_plan_id = :id ORDER BY o.organization_path""")
                .param("id", planId).query((rs, n) -> new Owner(rs.getLong("task_id"), rs.getString("organization_path")))
                .list().stream().collect(Collectors.groupingBy(Owner::taskId, HashMap::new,
                        Collectors.mapping(Owner::path, Collectors.toList())));
        return new Counting(plan.year(), plan.path(), owners);
    }

    private List<Row> rows(String where, long id) {
        return jdbc.sql("""
                        SELECT i.id, i.task_id, i.measure_code, i.params, i.target, i.version
                        FROM task_indicator i JOIN plan_task t ON t.id = i.task_id WHERE\s""" + where + " ORDER BY i.id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("task_id"), rs.getString("measure_code"),
                        rs.getString("params"), rs.getLong("target"), rs.getLong("version")))
                .list();
    }

    /** The indicator, if the actor may change the indicators of its task (404 outside the actor's scope). */
    private Row row(Actor actor, long indicatorId) {
        Row row = rows("i.id = :id", indicatorId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, indicatorId));
        try {
            requireAssigner(actor, row.taskId());
        } catch (NotFoundException outside) {
            throw new NotFoundException(ENTITY, indicatorId);
        }
        return row;
    }

    private void requireAssigner(Actor actor, long taskId) {
        actor.require(Role.TOWN_ADMIN);
        tasks.task(actor, taskId);
        if (!tasks.canAssign(actor, taskId)) {
            throw new BusinessRuleException("plan.indicator.notAllowed");
        }
    }

    private Measure validated(IndicatorDraft draft) {
        Measure measure = measures.find(draft.measure()).map(Measures.Offered::measure)
                .orElseThrow(() -> new BusinessRuleException("plan.indicator.unknownMeasure"));
        String param = draft.param() == null ? "" : draft.param().strip();
        if (!param.isEmpty() && (measure.param() == null || !measure.options().containsKey(param))) {
            throw new BusinessRuleException("plan.indicator.unknownParam");
        }
        return measure;
    }

    private String params(IndicatorDraft draft) {
        Measure measure = validated(draft);
        String param = draft.param() == null ? "" : draft.param().strip();
        return param.isEmpty() ? "" : measure.param() + "=" + param;
    }

    static Map<String, String> parse(String params) {
        Map<String, String> parsed = new LinkedHashMap<>();
        Arrays.stream(params == null ? new String[0] : params.split(";")).map(pair -> pair.split("=", 2))
                .filter(pair -> pair.length == 2).forEach(pair -> parsed.put(pair[0], pair[1]));
        return parsed;
    }
}
