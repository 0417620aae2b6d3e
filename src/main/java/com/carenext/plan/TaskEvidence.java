package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence (佐证) on a task: links to records of other modules that prove it was done. */
@Service
@Transactional
public class TaskEvidence {

    static final String OTHER = "OTHER";
    private static final String ENTITY = "PlanEvidence";

    private final JdbcClient jdbc;
    private final PlanTasks tasks;
    private final Map<String, EvidenceSource> sources;
    private final Clock clock;

    TaskEvidence(JdbcClient jdbc, PlanTasks tasks, List<EvidenceSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(EvidenceSource::kind, s -> s));
        this.clock = clock;
    }

    /**
     * Links a record to the task. A record of a module ({@link EvidenceSource}) must exist and lie in the actor's
     * scope, else the link is refused; {@code OTHER} names no record and is kept as its label only.
     */
    public long add(Actor actor, long taskId, EvidenceDraft draft) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        tasks.task(actor, taskId);
        String link = null;
        if (!OTHER.equals(draft.recordType())) {
            EvidenceSource source = sources.get(draft.recordType());
            if (source == null) {
                throw new BusinessRuleException("plan.evidence.unknownType", draft.recordType());
            }
            link = source.find(actor, draft.recordId()).map(EvidenceSource.Record::link)
                    .orElseThrow(() -> new BusinessRuleException("plan.evidence.notFound",
                            String.valueOf(draft.recordId())));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan_evidence (task_id, record_type, record_id, record_link, label, created_by,
                            created_at)
                        VALUES (:task, :type, :record, :link, :label, :by, :now)""")
                .param("task", taskId).param("type", draft.recordType()).param("record", draft.recordId())
                .param("link", link)
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
                .param("task", taskId).query(TaskEvidence::evidence).list();
    }

    /** The evidence of every task of a plan the caller checked, by task, in one query. */
    @Transactional(readOnly = true)
    Map<Long, List<PlanViews.Evidence>> ofPlan(long planId) {
        return jdbc.sql("""
                        SELECT e.* FROM plan_evidence e JOIN plan_task t ON t.id = e.task_id
                        WHERE t.work_plan_id = :plan ORDER BY e.id""")
                .param("plan", planId).query(TaskEvidence::evidence).list().stream()
                .collect(Collectors.groupingBy(PlanViews.Evidence::taskId));
    }

    private static PlanViews.Evidence evidence(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PlanViews.Evidence(rs.getLong("id"), rs.getLong("task_id"), rs.getString("record_type"),
                rs.getLong("record_id"), rs.getString("record_link"), rs.getString("label"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
