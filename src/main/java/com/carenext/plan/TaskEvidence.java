package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence (佐证) on a task: links to records of other modules that prove it was done. */
@Service
@Transactional
public class TaskEvidence {

    private static final String ENTITY = "PlanEvidence";

    private final JdbcClient jdbc;
    private final PlanTasks tasks;
    private final Clock clock;

    TaskEvidence(JdbcClient jdbc, PlanTasks tasks, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
    }

    public long add(Actor actor, long taskId, EvidenceDraft draft) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        tasks.task(actor, taskId);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan_evidence (task_id, record_type, record_id, label, created_by, created_at)
                        VALUES (:task, :type, :record, :label, :by, :now)""")
                .param("task", taskId).param("type", draft.recordType()).param("record", draft.recordId())
                .param("label", draft.label().strip()).param("by", actor.displayName())
                .param("now", Timestamp.from(clock.instant())).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Removes an evidence link; returns the task it belonged to. */
    public long remove(Actor actor, long evidenceId) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        Long taskId = jdbc.sql("SELECT task_id FROM plan_evidence WHERE id = :id").param("id", evidenceId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException(ENTITY, evidenceId));
        try {
            tasks.task(actor, taskId);
        } catch (NotFoundException outside) {
            throw new NotFoundException(ENTITY, evidenceId);
        }
        jdbc.sql("DELETE FROM plan_evidence WHERE id = :id").param("id", evidenceId).update();
        return taskId;
    }

    @Transactional(readOnly = true)
    public List<PlanViews.Evidence> of(Actor actor, long taskId) {
        tasks.task(actor, taskId);
        return jdbc.sql("SELECT * FROM plan_evidence WHERE task_id = :task ORDER BY id")
                .param("task", taskId)
                .query((rs, row) -> new PlanViews.Evidence(rs.getLong("id"), rs.getLong("task_id"),
                        rs.getString("record_type"), rs.getLong("record_id"), rs.getString("label"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
