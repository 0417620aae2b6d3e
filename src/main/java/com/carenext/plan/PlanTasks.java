package com.carenext.plan;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task queries: a task is visible to the scope of its plan and to the scopes of its owner organizations (a village
 * manager sees the town plan's tasks assigned to the village). Lists are keyset paged by id.
 */
@Service
@Transactional(readOnly = true)
public class PlanTasks {

    static final String TASK = "PlanTask";
    static final int PAGE = 50;

    private static final String TASK_COLUMNS = """
            t.id, t.work_plan_id, t.section_id, t.numbering, t.content, t.responsible_person, t.due_months, t.due_date, t.status,
            t.progress, t.version, p.title AS plan_title, s.numbering AS section_number, s.title AS section_title""";
    private static final String TASK_FROM = """
             FROM plan_task t JOIN work_plan p ON p.id = t.work_plan_id JOIN plan_section s ON s.id = t.section_id""";
    private static final String TASK_REACHED = """
             (t.organization_path LIKE :scope OR EXISTS (SELECT 1 FROM plan_task_owner o
                 WHERE o.task_id = t.id AND o.organization_path LIKE :scope))""";

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Clock clock;

    PlanTasks(JdbcClient jdbc, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** A task the actor reaches; 404 otherwise. */
    public PlanViews.Task task(Actor actor, long taskId) {
        List<PlanViews.Task> found = tasks(TASK_FROM + " WHERE t.id = :id AND" + TASK_REACHED,
                Map.of("id", taskId, "scope", actor.scopePattern()));
        if (found.isEmpty()) {
            throw new NotFoundException(TASK, taskId);
        }
        return found.get(0);
    }

    /**
     * Tasks the actor reaches: those of plans in scope and those owned by organizations in scope. {@code ownerId}
     * narrows to tasks owned by that organization's subtree (我的任务, a unit's list); {@code overdueOnly} to
     * unfinished tasks past their due date.
     */
    public List<PlanViews.Task> tasks(Actor actor, Long ownerId, boolean overdueOnly, Long after) {
        StringBuilder sql = new StringBuilder(TASK_FROM).append(" WHERE").append(TASK_REACHED);
        Map<String, Object> params = new HashMap<>();
        params.put("scope", actor.scopePattern());
        if (ownerId != null) {
            OrganizationSummary owner = organizations.get(actor, ownerId);
            sql.append(" AND EXISTS (SELECT 1 FROM plan_task_owner w WHERE w.task_id = t.id AND w.organization_path LIKE :owner)");
            params.put("owner", owner.path() + "%");
        }
        if (overdueOnly) {
            sql.append(" AND t.due_date < :today AND t.status <> 'DONE'");
            params.put("today", LocalDate.now(clock));
        }
        sql.append(" AND t.id > :after ORDER BY t.id FETCH FIRST ").append(PAGE).append(" ROWS ONLY");
        params.put("after", after == null ? 0L : after);
        return tasks(sql.toString(), params);
    }

    /** Whether the actor may change the task's assignment: a town admin whose scope holds the plan. */
    public boolean canAssign(Actor actor, long taskId) {
        return actor.has(Role.TOWN_ADMIN) && planPath(taskId).map(actor::reaches).orElse(false);
    }

    /** All tasks of a plan in document order, without a scope check (the caller checked the plan). */
    List<PlanViews.Task> ofPlan(long planId) {
        return tasks(TASK_FROM + " WHERE t.work_plan_id = :plan ORDER BY s.sort_order, t.sort_order",
                Map.of("plan", planId));
    }

    /** An owner organization of the task inside the actor's scope, the nearest to the root first. */
    Optional<Long> ownerInScope(Actor actor, long taskId) {
        return jdbc.sql("""
                        SELECT organization_id FROM plan_task_owner WHERE task_id = :task AND organization_path LIKE :scope
                        ORDER BY organization_path FETCH FIRST 1 ROWS ONLY""")
                .param("task", taskId).param("scope", actor.scopePattern()).query(Long.class).optional();
    }

    private Optional<String> planPath(long taskId) {
        return jdbc.sql("SELECT organization_path FROM plan_task WHERE id = :id").param("id", taskId)
                .query(String.class).optional();
    }

    private List<PlanViews.Task> tasks(String from, Map<String, ?> params) {
        List<TaskRow> rows = jdbc.sql("SELECT " + TASK_COLUMNS + " " + from).params(params)
                .query(TaskRow::of).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlanViews.Owner>> owners = new HashMap<>();
        jdbc.sql("""
                        SELECT task_id, organization_id, organization_name FROM plan_task_owner WHERE task_id IN (:ids)
                        ORDER BY organization_path""")
                .param("ids", rows.stream().map(TaskRow::id).toList())
                .query((rs, row) -> owners.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                        .add(new PlanViews.Owner(rs.getLong("organization_id"), rs.getString("organization_name"))))
                .list();
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> row.view(today, owners.getOrDefault(row.id(), List.of()))).toList();
    }

    /** One row of the task query, before its owners are joined and its status is judged against today. */
    private record TaskRow(long id, long planId, long sectionId, String planTitle, String sectionNumber,
                           String sectionTitle, String number, String text, String responsiblePerson,
                           String dueMonths, LocalDate dueDate, TaskStatus status, int progress, long version) {

        static TaskRow of(ResultSet rs, int row) throws SQLException {
            return new TaskRow(rs.getLong("id"), rs.getLong("work_plan_id"), rs.getLong("section_id"),
                    rs.getString("plan_title"), PlanColumns.text(rs, "section_number"), rs.getString("section_title"),
                    PlanColumns.text(rs, "numbering"), rs.getString("content"), PlanColumns.text(rs, "responsible_person"),
                    PlanColumns.text(rs, "due_months"), PlanColumns.localDate(rs, "due_date"), TaskStatus.valueOf(rs.getString("status")),
                    rs.getInt("progress"), rs.getLong("version"));
        }

        PlanViews.Task view(LocalDate today, List<PlanViews.Owner> owners) {
            TaskStatus shown = status != TaskStatus.DONE && dueDate != null && dueDate.isBefore(today)
                    ? TaskStatus.OVERDUE : status;
            return new PlanViews.Task(id, planId, sectionId, planTitle, sectionNumber, sectionTitle, number, text,
                    responsiblePerson, dueMonths, dueDate, shown, progress, List.copyOf(owners), version);
        }
    }
}
