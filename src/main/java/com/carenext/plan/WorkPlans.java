package com.carenext.plan;

import static com.carenext.plan.PlanColumns.blank;
import static com.carenext.plan.PlanColumns.localDate;
import static com.carenext.plan.PlanColumns.sqlDate;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual work plans (工作计划): saved from an imported document by a {@link Role#TOWN_ADMIN}. A plan belongs to the
 * organization that issues it. Reading a plan is {@link PlanSections}; its tasks are {@link PlanTasks},
 * {@link TaskAssignments}, {@link TaskProgress} and {@link TaskEvidence}.
 */
@Service
@Transactional
public class WorkPlans {

    static final String PLAN = PlanSections.PLAN;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final CommitteeImport committee;
    private final Clock clock;

    WorkPlans(JdbcClient jdbc, Organizations organizations, CommitteeImport committee, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.committee = committee;
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
            long sectionId = insertSection(planId, sectionOrder++, section);
            int taskOrder = 0;
            for (PlanDraft.Task task : section.tasks()) {
                insertTask(planId, sectionId, organization.path(), taskOrder++, task, now);
            }
        }
        committee.importRoster(actor, organization.id(), draft.issueDate(), draft.roster());
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

    long insertSection(long planId, int order, PlanDraft.Section section) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan_section (work_plan_id, sort_order, numbering, title, body)
                        VALUES (:plan, :order, :number, :title, :body)""")
                .params(Map.of("plan", planId, "order", order, "number", blank(section.number()),
                        "title", section.title().strip(), "body", blank(section.body())))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    void insertTask(long planId, long sectionId, String path, int order, PlanDraft.Task task, Timestamp now) {
        jdbc.sql("""
                        INSERT INTO plan_task (work_plan_id, section_id, organization_path, sort_order, numbering,
                            content, status, progress, version, updated_at)
                        VALUES (:plan, :section, :path, :order, :number, :text, 'NOT_STARTED', 0, 0, :now)""")
                .param("plan", planId).param("section", sectionId).param("path", path)
                .param("order", order).param("number", blank(task.number()))
                .param("text", task.text().strip()).param("now", now).update();
    }
}
