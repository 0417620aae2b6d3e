package com.carenext.plan;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress updates on a task, each with an optional attachment: a manager of an owner organization (or the plan's
 * town admin) reports; the task's progress becomes the reported percentage and 100 % marks it done.
 */
@Service
@Transactional
public class TaskProgress {

    private static final String ENTITY = "PlanProgress";

    private final JdbcClient jdbc;
    private final PlanTasks tasks;
    private final Organizations organizations;
    private final Clock clock;

    TaskProgress(JdbcClient jdbc, PlanTasks tasks, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.organizations = organizations;
        this.clock = clock;
    }

    public long report(Actor actor, long taskId, ProgressDraft draft) {
        return report(actor, taskId, draft, null);
    }

    /** {@link #report(Actor, long, ProgressDraft)} with an attachment already stored by the pages. */
    long report(Actor actor, long taskId, ProgressDraft draft, com.carenext.files.StoredFile file) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        OrganizationSummary organization = reporter(actor, tasks.task(actor, taskId));
        var now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan_progress (task_id, organization_id, organization_path, author, note, percent,
                            file_name, stored_name, content_type, file_size, created_at)
                        VALUES (:task, :org, :path, :author, :note, :percent, :fileName, :stored, :type, :size, :now)""")
                .param("task", taskId).param("org", organization.id()).param("path", organization.path())
                .param("author", actor.displayName()).param("note", draft.note().strip())
                .param("percent", draft.percent())
                .param("fileName", file == null ? null : file.originalName())
                .param("stored", file == null ? null : file.storedName())
                .param("type", file == null ? null : file.contentType())
                .param("size", file == null ? null : file.size())
                .param("now", now).update(key, "id");
        jdbc.sql("""
                        UPDATE plan_task SET progress = :percent, status = :status, version = version + 1, updated_at = :now
                        WHERE id = :id""")
                .param("percent", draft.percent())
                .param("status", draft.percent() >= 100 ? TaskStatus.DONE.name() : TaskStatus.IN_PROGRESS.name())
                .param("now", now).param("id", taskId).update();
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    @Transactional(readOnly = true)
    public List<PlanViews.Progress> progress(Actor actor, long taskId) {
        tasks.task(actor, taskId);
        return jdbc.sql("SELECT * FROM plan_progress WHERE task_id = :task ORDER BY id DESC")
                .param("task", taskId).query(TaskProgress::progress).list();
    }

    /** The progress reports of every task of a plan the caller checked, newest first, by task, in one query. */
    @Transactional(readOnly = true)
    java.util.Map<Long, List<PlanViews.Progress>> ofPlan(long planId) {
        return jdbc.sql("""
                        SELECT p.* FROM plan_progress p JOIN plan_task t ON t.id = p.task_id
                        WHERE t.work_plan_id = :plan ORDER BY p.id DESC""")
                .param("plan", planId).query(TaskProgress::progress).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(PlanViews.Progress::taskId));
    }

    /** A progress update's attachment, if the actor reaches the task it belongs to. */
    @Transactional(readOnly = true)
    StoredAttachment attachment(Actor actor, long progressId) {
        record Attached(long taskId, StoredAttachment file) {
        }
        Attached found = jdbc.sql("SELECT task_id, file_name, stored_name, content_type FROM plan_progress WHERE id = :id")
                .param("id", progressId)
                .query((rs, row) -> new Attached(rs.getLong("task_id"), new StoredAttachment(rs.getString("file_name"),
                        rs.getString("stored_name"), rs.getString("content_type"))))
                .optional().orElseThrow(() -> new NotFoundException(ENTITY, progressId));
        try {
            tasks.task(actor, found.taskId());
        } catch (NotFoundException outside) {
            throw new NotFoundException(ENTITY, progressId);
        }
        if (found.file().storedName() == null) {
            throw new NotFoundException(ENTITY, progressId);
        }
        return found.file();
    }

    /** The organization a progress update is reported for: the actor's own owner unit, or the plan's issuer. */
    private OrganizationSummary reporter(Actor actor, PlanViews.Task task) {
        Long organizationId = task.owners().stream().map(PlanViews.Owner::organizationId)
                .filter(id -> id == actor.organizationId()).findFirst()
                .or(() -> tasks.ownerInScope(actor, task.id())).orElse(null);
        if (organizationId == null) {
            if (!tasks.canAssign(actor, task.id())) {
                throw new BusinessRuleException("plan.progress.notOwner");
            }
            organizationId = jdbc.sql("SELECT organization_id FROM work_plan WHERE id = :id")
                    .param("id", task.planId()).query(Long.class).single();
        }
        return organizations.byId(organizationId).orElseThrow(() -> new NotFoundException(PlanTasks.TASK, task.id()));
    }

    private static PlanViews.Progress progress(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("file_size");
        return new PlanViews.Progress(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("organization_id"),
                rs.getString("author"), rs.getString("note"), rs.getInt("percent"), rs.getString("file_name"),
                rs.wasNull() ? null : size, rs.getTimestamp("created_at").toInstant());
    }
}
