package com.carenext.plan;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.support.Fixtures;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;

/**
 * Plan-module records of one village (a plan, a task owned by the village, its progress and evidence, a published
 * notice), for ScopeIsolationTests: every path variable of the plan module, mapped to a record of that village.
 */
@TestComponent
public class PlanTestRecords {

    public static final List<String> SECRETS = List.of("乙村秘密计划", "乙村秘密任务", "乙村秘密进度", "乙村秘密佐证",
            "乙村秘密通知", "乙村秘密附件");

    private final WorkPlans plans;
    private final PlanSections sections;
    private final TaskAssignments assignments;
    private final TaskProgress progress;
    private final TaskEvidence evidence;
    private final Notices notices;
    private final TaskIndicators indicators;
    private final YearEndSummaries summaries;

    PlanTestRecords(WorkPlans plans, PlanSections sections, TaskAssignments assignments, TaskProgress progress,
                    TaskEvidence evidence, Notices notices, TaskIndicators indicators, YearEndSummaries summaries) {
        this.indicators = indicators;
        this.summaries = summaries;
        this.plans = plans;
        this.sections = sections;
        this.assignments = assignments;
        this.progress = progress;
        this.evidence = evidence;
        this.notices = notices;
    }

    public Map<String, Long> inVillage(Fixtures.Town world, Fixtures fixtures) {
        OrganizationSummary village = world.villageB();
        Actor admin = new Actor(world.managerB().id(), world.managerB().username(), "乙村管理员", village.id(),
                village.name(), village.path(), EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER));
        OrganizationSummary group = fixtures.organization(admin, village, "乙村小组" + village.id(),
                OrganizationType.PARTNER_UNIT);
        long planId = plans.create(admin, new PlanDraft(2023, "乙村秘密计划", "", "乙村", null, village.id(), "",
                List.of(new PlanDraft.Section("一", "乙村部分", "", List.of(new PlanDraft.Task("一是", "乙村秘密任务")))),
                List.of()));
        long taskId = sections.get(admin, planId).sections().get(0).tasks().get(0).id();
        assignments.assign(admin, taskId, new TaskAssignment(List.of(village.id()), "乙村负责人", null, "6", 0L));
        long progressId = progress.report(admin, taskId, new ProgressDraft("乙村秘密进度", 40),
                new com.carenext.files.StoredFile("乙村秘密进度.pdf", "00000000-0000-0000-0000-000000000000.pdf",
                        "application/pdf", 4));
        long evidenceId = evidence.add(admin, taskId, new EvidenceDraft("OTHER", 7L, "乙村秘密佐证"));
        long noticeId = notices.create(admin, new NoticeDraft("乙村秘密通知", "", "乙村秘密通知正文", planId, null,
                List.of(group.id())), List.of(new com.carenext.files.StoredFile("乙村秘密附件.pdf",
                "00000000-0000-0000-0000-000000000001.pdf", "application/pdf", 4)));
        notices.publish(admin, noticeId, notices.get(admin, noticeId).version());
        Map<String, Long> records = new LinkedHashMap<>();
        records.put("planId", planId);
        records.put("taskId", taskId);
        records.put("progressId", progressId);
        records.put("evidenceId", evidenceId);
        records.put("noticeId", noticeId);
        records.put("noticeAttachmentId", notices.get(admin, noticeId).attachments().get(0).id());
        records.put("indicatorId", indicators.add(admin, taskId, new IndicatorDraft("activity.held", null, 2L, null)));
        records.put("sectionId", sections.get(admin, planId).sections().get(0).id());
        summaries.generate(admin, planId, null);
        return records;
    }
}
