package com.carenext.plan;

import com.carenext.files.StoredFile;
import com.carenext.organization.CommitteePost;
import com.carenext.organization.MemberDraft;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual work plans (工作计划): saved from an imported document by a {@link Role#TOWN_ADMIN}, tracked task by task.
 * A plan belongs to the organization that issues it; a task is also visible to its owner organizations (a
 * village manager sees the town plan's tasks assigned to the village, and posts progress on them).
 */
@Service
@Transactional
public class WorkPlans {

    static final String PLAN = "WorkPlan";
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
    private final Roster roster;
    private final Clock clock;

    WorkPlans(JdbcClient jdbc, Organizations organizations, Roster roster, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.roster = roster;
        this.clock = clock;
    }

    /** Saves a confirmed import in one transaction, with the roster entries the user chose to import. */
    public long create(Actor actor, PlanDraft draft) {
        actor.require(Role.TOWN_ADMIN);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        var now = Timestamp.from(clock.instant());
        GeneratedKeyHolder planKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO work_plan (organization_id, organization_path, plan_year, title, document_number,
                            issuer, issue_date, preamble, version, created_by, created_at, updated_at)
                        VALUES (:org, :path, :year, :title, :number, :issuer, :date, :preamble, 0, :by, :now, :now)""")
                .param("org", organization.id()).param("path", organization.path()).param("year", draft.year())
                .param("title", draft.title().strip()).param("number", blank(draft.documentNumber()))
                .param("issuer", blank(draft.issuer())).param("date", sqlDate(draft.issueDate()), Types.DATE)
                .param("preamble", blank(draft.preamble())).param("by", actor.username()).param("now", now)
                .update(planKey, "id");
        long planId = Objects.requireNonNull(planKey.getKey()).longValue();
        int sectionOrder = 0;
        for (PlanDraft.Section section : draft.sections()) {
            long sectionId = insert("""
                            INSERT INTO plan_section (work_plan_id, sort_order, numbering, title, body)
                            VALUES (:plan, :order, :number, :title, :body)""",
                    Map.of("plan", planId, "order", sectionOrder++, "number", blank(section.number()),
                            "title", section.title().strip(), "body", blank(section.body())));
            int taskOrder = 0;
            for (PlanDraft.Task task : section.tasks()) {
                jdbc.sql("""
                                INSERT INTO plan_task (work_plan_id, section_id, organization_path, sort_order, numbering,
                                    content, status, progress, version, updated_at)
                                VALUES (:plan, :section, :path, :order, :number, :text, 'NOT_STARTED', 0, 0, :now)""")
                        .param("plan", planId).param("section", sectionId).param("path", organization.path())
                        .param("order", taskOrder++).param("number", blank(task.number()))
                        .param("text", task.text().strip()).param("now", now).update();
            }
        }
        if (!draft.roster().isEmpty()) {
            LocalDate from = draft.issueDate() != null ? draft.issueDate() : LocalDate.now(clock);
            List<MemberDraft> members = new ArrayList<>();
            int order = 0;
            for (PlanDraft.RosterEntry entry : draft.roster()) {
                members.add(new MemberDraft(entry.name(), null, post(entry.post()), entry.position(), null, from, null,
                        order++, null, null));
            }
            roster.addAll(actor, organization.id(), members);
        }
        return planId;
    }

    @Transactional(readOnly = true)
    public List<PlanViews.PlanSummary> list(Actor actor, Long before) {
        return jdbc.sql("""
                        SELECT id, organization_id, plan_year, title, document_number, issuer, issue_date FROM work_plan
                        WHERE organization_path LIKE :scope AND id < :before ORDER BY id DESC FETCH FIRST 50 ROWS ONLY""")
                .param("scope", actor.scopePattern()).param("before", before == null ? Long.MAX_VALUE : before)
                .query((rs, row) -> new PlanViews.PlanSummary(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getInt("plan_year"), rs.getString("title"), rs.getString("document_number"),
                        rs.getString("issuer"), localDate(rs, "issue_date")))
                .list();
    }

    /** The plan as a document, with progress per section and task (the average of its tasks' progress). */
    @Transactional(readOnly = true)
    public PlanViews.Plan get(Actor actor, long planId) {
        requirePlan(actor, planId);
        return load(planId);
    }

    /** The plan without a scope check: for the plan module itself, after it checked another way (a notice). */
    PlanViews.Plan load(long planId) {
        List<PlanViews.Task> tasks = tasks(TASK_FROM + " WHERE t.work_plan_id = :plan ORDER BY s.sort_order, t.sort_order",
                Map.of("plan", planId));
        List<PlanViews.Section> sections = jdbc.sql("""
                        SELECT id, numbering, title, body FROM plan_section WHERE work_plan_id = :plan ORDER BY sort_order""")
                .param("plan", planId)
                .query((rs, row) -> {
                    long sectionId = rs.getLong("id");
                    List<PlanViews.Task> own = tasks.stream().filter(task -> task.sectionId() == sectionId).toList();
                    return new PlanViews.Section(sectionId, text(rs, "numbering"), rs.getString("title"),
                            text(rs, "body"), average(own), own);
                }).list();
        return jdbc.sql("SELECT * FROM work_plan WHERE id = :id").param("id", planId)
                .query((rs, row) -> new PlanViews.Plan(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getInt("plan_year"), rs.getString("title"), text(rs, "document_number"),
                        text(rs, "issuer"), localDate(rs, "issue_date"), text(rs, "preamble"), average(tasks),
                        rs.getLong("version"), sections))
                .single();
    }

    @Transactional(readOnly = true)
    public PlanViews.Task task(Actor actor, long taskId) {
        List<PlanViews.Task> found = tasks(TASK_FROM + " WHERE t.id = :id AND" + TASK_REACHED,
                Map.of("id", taskId, "scope", actor.scopePattern()));
        if (found.isEmpty()) {
            throw new NotFoundException(TASK, taskId);
        }
        return found.get(0);
    }

    /** Whether the actor may change the task's assignment: a town admin whose scope holds the plan. */
    @Transactional(readOnly = true)
    public boolean canAssign(Actor actor, long taskId) {
        return actor.has(Role.TOWN_ADMIN) && planPathOfTask(taskId).map(actor::reaches).orElse(false);
    }

    /**
     * Tasks the actor reaches: those of plans in scope and those owned by organizations in scope. {@code ownerId}
     * narrows to tasks owned by that organization's subtree (我的任务, a unit's list); {@code overdueOnly} to
     * unfinished tasks past their due date. Keyset paged by id.
     */
    @Transactional(readOnly = true)
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

    public PlanViews.Task assign(Actor actor, long taskId, TaskAssignment assignment) {
        actor.require(Role.TOWN_ADMIN);
        PlanViews.Task task = task(actor, taskId);
        if (!canAssign(actor, taskId)) {
            throw new NotFoundException(TASK, taskId);
        }
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
                .param("version", assignment.version() == null ? task.version() : assignment.version())
                .update();
        if (changed == 0) {
            throw new StaleEditException(TASK, taskId);
        }
        jdbc.sql("DELETE FROM plan_task_owner WHERE task_id = :id").param("id", taskId).update();
        for (OrganizationSummary owner : owners) {
            jdbc.sql("""
                            INSERT INTO plan_task_owner (task_id, organization_id, organization_path, organization_name)
                            VALUES (:task, :org, :path, :name)""")
                    .param("task", taskId).param("org", owner.id()).param("path", owner.path())
                    .param("name", owner.name()).update();
        }
        return task(actor, taskId);
    }

    /**
     * An owner's progress update: a manager of an owner organization (or the plan's town admin). The task's
     * progress becomes the reported percentage; 100 % marks it done.
     */
    public long report(Actor actor, long taskId, ProgressDraft draft) {
        return report(actor, taskId, draft, null);
    }

    /** {@link #report(Actor, long, ProgressDraft)} with an attachment already stored by the pages. */
    long report(Actor actor, long taskId, ProgressDraft draft, StoredFile file) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        PlanViews.Task task = task(actor, taskId);
        Long organizationId = task.owners().stream().map(PlanViews.Owner::organizationId)
                .filter(id -> id == actor.organizationId()).findFirst()
                .orElseGet(() -> ownerInScope(actor, taskId));
        if (organizationId == null) {
            if (!canAssign(actor, taskId)) {
                throw new BusinessRuleException("plan.progress.notOwner");
            }
            organizationId = jdbc.sql("SELECT organization_id FROM work_plan WHERE id = :id")
                    .param("id", task.planId()).query(Long.class).single();
        }
        OrganizationSummary organization = organizations.byId(organizationId)
                .orElseThrow(() -> new NotFoundException(TASK, taskId));
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
        task(actor, taskId);
        return jdbc.sql("SELECT * FROM plan_progress WHERE task_id = :task ORDER BY id DESC")
                .param("task", taskId).query(WorkPlans::progress).list();
    }

    /** A progress update's attachment, if the actor reaches the task it belongs to. */
    @Transactional(readOnly = true)
    public StoredAttachment attachment(Actor actor, long progressId) {
        var found = jdbc.sql("SELECT task_id, file_name, stored_name, content_type FROM plan_progress WHERE id = :id")
                .param("id", progressId)
                .query((rs, row) -> new Object[]{rs.getLong("task_id"), rs.getString("file_name"),
                        rs.getString("stored_name"), rs.getString("content_type")})
                .optional().orElseThrow(() -> new NotFoundException("PlanProgress", progressId));
        try {
            task(actor, (Long) found[0]);
        } catch (NotFoundException outside) {
            throw new NotFoundException("PlanProgress", progressId);
        }
        if (found[2] == null) {
            throw new NotFoundException("PlanProgress", progressId);
        }
        return new StoredAttachment((String) found[1], (String) found[2], (String) found[3]);
    }

    record StoredAttachment(String fileName, String storedName, String contentType) {
    }

    public long addEvidence(Actor actor, long taskId, EvidenceDraft draft) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        task(actor, taskId);
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
    public long removeEvidence(Actor actor, long evidenceId) {
        actor.require(Role.ORG_MANAGER, Role.TOWN_ADMIN);
        Long taskId = jdbc.sql("SELECT task_id FROM plan_evidence WHERE id = :id").param("id", evidenceId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("PlanEvidence", evidenceId));
        try {
            task(actor, taskId);
        } catch (NotFoundException outside) {
            throw new NotFoundException("PlanEvidence", evidenceId);
        }
        jdbc.sql("DELETE FROM plan_evidence WHERE id = :id").param("id", evidenceId).update();
        return taskId;
    }

    @Transactional(readOnly = true)
    public List<PlanViews.Evidence> evidence(Actor actor, long taskId) {
        task(actor, taskId);
        return jdbc.sql("SELECT * FROM plan_evidence WHERE task_id = :task ORDER BY id")
                .param("task", taskId)
                .query((rs, row) -> new PlanViews.Evidence(rs.getLong("id"), rs.getLong("task_id"),
                        rs.getString("record_type"), rs.getLong("record_id"), rs.getString("label"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }


    private void requirePlan(Actor actor, long planId) {
        boolean reached = jdbc.sql("SELECT organization_path FROM work_plan WHERE id = :id").param("id", planId)
                .query(String.class).optional().map(actor::reaches).orElse(false);
        if (!reached) {
            throw new NotFoundException(PLAN, planId);
        }
    }

    /** Checks that the plan lies in the actor's scope (404 otherwise); for pages that act on it. */
    @Transactional(readOnly = true)
    public void check(Actor actor, long planId) {
        requirePlan(actor, planId);
    }

    private java.util.Optional<String> planPathOfTask(long taskId) {
        return jdbc.sql("SELECT organization_path FROM plan_task WHERE id = :id").param("id", taskId)
                .query(String.class).optional();
    }

    private Long ownerInScope(Actor actor, long taskId) {
        return jdbc.sql("""
                        SELECT organization_id FROM plan_task_owner WHERE task_id = :task AND organization_path LIKE :scope
                        ORDER BY organization_path FETCH FIRST 1 ROWS ONLY""")
                .param("task", taskId).param("scope", actor.scopePattern()).query(Long.class).optional().orElse(null);
    }

    private List<PlanViews.Task> tasks(String from, Map<String, ?> params) {
        List<Object[]> rows = jdbc.sql("SELECT " + TASK_COLUMNS + " " + from).params(params)
                .query((rs, row) -> new Object[]{rs.getLong("id"), rs.getLong("work_plan_id"), rs.getLong("section_id"),
                        rs.getString("plan_title"),
                        text(rs, "section_number"), rs.getString("section_title"), text(rs, "numbering"),
                        rs.getString("content"), text(rs, "responsible_person"), text(rs, "due_months"),
                        localDate(rs, "due_date"), rs.getString("status"), rs.getInt("progress"), rs.getLong("version")})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlanViews.Owner>> owners = new HashMap<>();
        jdbc.sql("""
                        SELECT task_id, organization_id, organization_name FROM plan_task_owner WHERE task_id IN (:ids)
                        ORDER BY organization_path""")
                .param("ids", rows.stream().map(row -> row[0]).toList())
                .query((rs, row) -> owners.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                        .add(new PlanViews.Owner(rs.getLong("organization_id"), rs.getString("organization_name"))))
                .list();
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> {
            TaskStatus status = TaskStatus.valueOf((String) row[11]);
            LocalDate due = (LocalDate) row[10];
            if (status != TaskStatus.DONE && due != null && due.isBefore(today)) {
                status = TaskStatus.OVERDUE;
            }
            return new PlanViews.Task((Long) row[0], (Long) row[1], (Long) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9], due, status,
                    (Integer) row[12], List.copyOf(owners.getOrDefault((Long) row[0], List.of())), (Long) row[13]);
        }).toList();
    }

    private long insert(String sql, Map<String, ?> params) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private static PlanViews.Progress progress(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("file_size");
        return new PlanViews.Progress(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("organization_id"),
                rs.getString("author"), rs.getString("note"), rs.getInt("percent"), rs.getString("file_name"),
                rs.wasNull() ? null : size, rs.getTimestamp("created_at").toInstant());
    }

    private static int average(List<PlanViews.Task> tasks) {
        return tasks.isEmpty() ? 0 : (int) Math.round(tasks.stream().mapToInt(PlanViews.Task::progress).average()
                .orElse(0));
    }

    private static CommitteePost post(String name) {
        try {
            return CommitteePost.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return CommitteePost.MEMBER;
        }
    }

    static String normalizeMonths(String months) {
        if (months == null || months.isBlank()) {
            return null;
        }
        return Arrays.stream(months.replace('，', ',').split(",")).map(String::strip).map(Integer::parseInt)
                .distinct().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
    }

    private static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
