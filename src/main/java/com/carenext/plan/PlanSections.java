package com.carenext.plan;

import static com.carenext.plan.PlanColumns.localDate;
import static com.carenext.plan.PlanColumns.text;

import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan read as its document: sections in order, each with its tasks and progress (the average of its tasks). */
@Service
@Transactional(readOnly = true)
public class PlanSections {

    static final String PLAN = "WorkPlan";

    private final JdbcClient jdbc;
    private final PlanTasks tasks;
    private final TaskIndicators indicators;

    PlanSections(JdbcClient jdbc, PlanTasks tasks, TaskIndicators indicators) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.indicators = indicators;
    }

    /** The plan as a document, if it lies in the actor's scope (404 otherwise). */
    public PlanViews.Plan get(Actor actor, long planId) {
        check(actor, planId);
        return load(planId);
    }

    /** Checks that the plan lies in the actor's scope (404 otherwise); for pages that act on it. */
    public void check(Actor actor, long planId) {
        boolean reached = jdbc.sql("SELECT organization_path FROM work_plan WHERE id = :id").param("id", planId)
                .query(String.class).optional().map(actor::reaches).orElse(false);
        if (!reached) {
            throw new NotFoundException(PLAN, planId);
        }
    }

    /** The plan without a scope check: for the plan module itself, after it checked another way (a notice). */
    PlanViews.Plan load(long planId) {
        List<PlanViews.Task> all = indicators.withProgress(planId, tasks.ofPlan(planId));
        List<PlanViews.Section> sections = jdbc.sql("""
                        SELECT id, numbering, title, body FROM plan_section WHERE work_plan_id = :plan ORDER BY sort_order""")
                .param("plan", planId)
                .query((rs, row) -> {
                    long sectionId = rs.getLong("id");
                    List<PlanViews.Task> own = all.stream().filter(task -> task.sectionId() == sectionId).toList();
                    return new PlanViews.Section(sectionId, text(rs, "numbering"), rs.getString("title"),
                            text(rs, "body"), average(own), own);
                }).list();
        return jdbc.sql("SELECT * FROM work_plan WHERE id = :id").param("id", planId)
                .query((rs, row) -> new PlanViews.Plan(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getInt("plan_year"), rs.getString("title"), text(rs, "document_number"),
                        text(rs, "issuer"), localDate(rs, "issue_date"), text(rs, "preamble"), average(all),
                        rs.getLong("version"), sections))
                .single();
    }

    private static int average(List<PlanViews.Task> tasks) {
        return tasks.isEmpty() ? 0 : (int) Math.round(tasks.stream().mapToInt(PlanViews.Task::progress).average()
                .orElse(0));
    }
}
