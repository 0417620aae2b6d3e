package com.carenext.plan;

import static com.carenext.plan.PlanColumns.blank;
import static com.carenext.plan.PlanColumns.localDate;
import static com.carenext.plan.PlanColumns.sqlDate;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Role;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final PlanContent content;
    private final CommitteeImport committee;
    private final TaskIndicators indicators;
    private final Clock clock;

    WorkPlans(JdbcClient jdbc, Organizations organizations, PlanContent content, CommitteeImport committee,
              TaskIndicators indicators, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.content = content;
        this.committee = committee;
        this.indicators = indicators;
        this.clock = clock;
    }

    /**
     * Saves a confirmed import together with the indicators the office confirmed in the preview, in one transaction;
     * an indicator the task has already (a plan imported again) is not doubled.
     */
    long create(Actor actor, PlanDraft draft, ImportMode mode, List<PlanImportForm.Confirmed> confirmed) {
        long planId = create(actor, draft, mode);
        if (!confirmed.isEmpty()) {
            var taskIds = content.taskIds(planId);
            for (PlanImportForm.Confirmed indicator : confirmed) {
                Long taskId = taskIds.get(PlanContent.taskKey(indicator.sectionTitle(), indicator.taskText()));
                if (taskId != null) {
                    indicators.addConfirmed(actor, taskId, indicator.indicator());
                }
            }
        }
        return planId;
    }

    /** Saves a confirmed import in one transaction; a plan imported before is refused ({@link ImportMode#NEW}). */
    public long create(Actor actor, PlanDraft draft) {
        return create(actor, draft, ImportMode.NEW);
    }

    /**
     * Saves a confirmed import in one transaction, with the roster entries the user chose to import (members already
     * on the roster are matched, not doubled). When the organization holds the same plan already (the same text, or
     * the same year and title), {@code mode} says what to do; returns the plan saved or brought up to date.
     */
    public long create(Actor actor, PlanDraft draft, ImportMode mode) {
        actor.require(Role.TOWN_ADMIN);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        var now = Timestamp.from(clock.instant());
        String hash = PlanContent.hash(draft);
        Long existing = mode == ImportMode.KEEP_BOTH ? null : existing(organization.id(), hash, draft).orElse(null);
        long planId;
        if (existing == null) {
            GeneratedKeyHolder planKey = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO work_plan (organization_id, organization_path, plan_year, title, document_number,
                                issuer, issue_date, preamble, content_hash, version, created_by, created_at, updated_at)
                            VALUES (:org, :path, :year, :title, :number, :issuer, :date, :preamble, :hash, 0, :by, :now,
                                :now)""")
                    .param("org", organization.id()).param("path", organization.path()).param("year", draft.year())
                    .param("title", draft.title().strip()).param("number", blank(draft.documentNumber()))
                    .param("issuer", blank(draft.issuer())).param("date", sqlDate(draft.issueDate()), Types.DATE)
                    .param("preamble", blank(draft.preamble())).param("hash", hash).param("by", actor.username())
                    .param("now", now).update(planKey, "id");
            planId = Objects.requireNonNull(planKey.getKey()).longValue();
            content.insert(planId, organization.path(), draft, now);
        } else if (mode == ImportMode.NEW) {
            throw new BusinessRuleException("plan.import.exists", existing);
        } else {
            planId = existing;
            jdbc.sql("""
                            UPDATE work_plan SET plan_year = :year, title = :title, document_number = :number,
                                issuer = :issuer, issue_date = :date, preamble = :preamble, content_hash = :hash,
                                version = version + 1, updated_at = :now
                            WHERE id = :id""")
                    .param("year", draft.year()).param("title", draft.title().strip())
                    .param("number", blank(draft.documentNumber())).param("issuer", blank(draft.issuer()))
                    .param("date", sqlDate(draft.issueDate()), Types.DATE).param("preamble", blank(draft.preamble()))
                    .param("hash", hash).param("now", now).param("id", planId).update();
            if (mode == ImportMode.REPLACE) {
                content.replace(planId, organization.path(), draft, now);
            } else {
                content.update(planId, organization.path(), draft, now);
            }
        }
        committee.importRoster(actor, organization.id(), draft.issueDate(), draft.roster());
        return planId;
    }

    /** A plan of the organization imported before: the same text, or the same year and title. */
    @Transactional(readOnly = true)
    public Optional<Long> existing(long organizationId, PlanDraft draft) {
        return existing(organizationId, PlanContent.hash(draft), draft);
    }

    private Optional<Long> existing(long organizationId, String hash, PlanDraft draft) {
        return jdbc.sql("""
                        SELECT id FROM work_plan WHERE organization_id = :org
                          AND (content_hash = :hash OR (plan_year = :year AND title = :title))
                        ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .param("org", organizationId).param("hash", hash).param("year", draft.year())
                .param("title", draft.title().strip()).query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public List<PlanViews.PlanSummary> list(Actor actor, Long before) {
        return summaries(actor, "id < :before ORDER BY id DESC FETCH FIRST 50 ROWS ONLY",
                Map.of("before", before == null ? Long.MAX_VALUE : before));
    }

    /**
     * Plans of the caller's subtree whose title or document number contains the text, newest first, at most
     * {@code limit}: what the notice form's plan picker offers.
     */
    @Transactional(readOnly = true)
    public List<PlanViews.PlanSummary> search(Actor actor, String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase().replace("%", "").replace("_", "");
        return summaries(actor, "(LOWER(title) LIKE :text OR LOWER(document_number) LIKE :text)"
                        + " ORDER BY id DESC FETCH FIRST :n ROWS ONLY",
                Map.of("text", "%" + needle + "%", "n", Math.max(1, Math.min(limit, 100))));
    }

    /** The given plans of the caller's subtree (a foreign or unknown id is left out, never named). */
    @Transactional(readOnly = true)
    public List<PlanViews.PlanSummary> among(Actor actor, java.util.Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? List.of() : summaries(actor, "id IN (:ids) ORDER BY id DESC", Map.of("ids", wanted));
    }

    private List<PlanViews.PlanSummary> summaries(Actor actor, String whereAndOrder, Map<String, ?> params) {
        return jdbc.sql("SELECT id, organization_id, plan_year, title, document_number, issuer, issue_date"
                        + " FROM work_plan WHERE organization_path LIKE :scope AND " + whereAndOrder)
                .param("scope", actor.scopePattern()).params(params)
                .query((rs, row) -> new PlanViews.PlanSummary(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getInt("plan_year"), rs.getString("title"), rs.getString("document_number"),
                        rs.getString("issuer"), localDate(rs, "issue_date")))
                .list();
    }
}
