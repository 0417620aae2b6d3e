package com.carenext.plan;

import static com.carenext.plan.PlanColumns.blank;
import static com.carenext.plan.PlanColumns.sqlDate;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning a task (分解落实): its owner organizations, the responsible person and when it is due. A due date left
 * empty follows from the last due month in the plan's year.
 */
@Service
@Transactional
public class TaskAssignments {

    private final JdbcClient jdbc;
    private final PlanTasks tasks;
    private final Organizations organizations;
    private final Clock clock;

    TaskAssignments(JdbcClient jdbc, PlanTasks tasks, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
    }

    public PlanViews.Task assign(Actor actor, long taskId, TaskAssignment assignment) {
        actor.require(Role.TOWN_ADMIN);
        PlanViews.Task task = tasks.task(actor, taskId);
        if (!tasks.canAssign(actor, taskId)) {
            throw new NotFoundException(PlanTasks.TASK, taskId);
        }
        long seen = StaleEditException.requireSeen(PlanTasks.TASK, taskId, assignment.version(), task.version());
        Set<Long> ownerIds = new LinkedHashSet<>(assignment.ownerIds());
        List<OrganizationSummary> owners = ownerIds.stream().filter(Objects::nonNull)
                .map(id -> organizations.get(actor, id)).toList();
        String months = normalizeMonths(assignment.dueMonths());
        LocalDate due = assignment.dueDate();
        if (due == null && months != null) {
            int year = jdbc.sql("SELECT plan_year FROM work_plan WHERE id = :id").param("id", task.planId())
                    .query(Integer.class).single();
            int last = Arrays.stream(months.split(",")).mapToInt(Integer::parseInt).max().orElse(12);
            due = YearMonth.of(year, last).atEndOfMonth();
        }
        int changed = jdbc.sql("""
                        UPDATE plan_task SET responsible_person = :person, due_months = :months, due_date = :due,
                            version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("person", blank(assignment.responsiblePerson())).param("months", months)
                .param("due", sqlDate(due), Types.DATE).param("now", Timestamp.from(clock.instant())).param("id", taskId)
                .param("version", seen)
                .update();
        if (changed == 0) {
            throw new StaleEditException(PlanTasks.TASK, taskId);
        }
        jdbc.sql("DELETE FROM plan_task_owner WHERE task_id = :id").param("id", taskId).update();
        for (OrganizationSummary owner : owners) {
            jdbc.sql("""
                            INSERT INTO plan_task_owner (task_id, organization_id, organization_path, organization_name)
                            VALUES (:task, :org, :path, :name)""")
                    .param("task", taskId).param("org", owner.id()).param("path", owner.path())
                    .param("name", owner.name()).update();
        }
        return tasks.task(actor, taskId);
    }

    static String normalizeMonths(String months) {
        if (months == null || months.isBlank()) {
            return null;
        }
        return Arrays.stream(months.replace('，', ',').split(",")).map(String::strip).map(Integer::parseInt)
                .distinct().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
    }
}
