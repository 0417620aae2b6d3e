package com.carenext.plan;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed plan itself for 乌审召镇关工委: imported from its text, tasks given to 嘎查村 with some progress, and issued
 * as a notice to every unit of the town, some of which have signed.
 */
@Component
@Order(30)
class PlanDemo implements DemoTask {

    private final Organizations organizations;
    private final WorkPlans plans;
    private final PlanSections sections;
    private final TaskAssignments assignments;
    private final TaskProgress progress;
    private final Notices notices;
    private final TaskIndicators indicators;

    PlanDemo(Organizations organizations, WorkPlans plans, PlanSections sections, TaskAssignments assignments,
             TaskProgress progress, Notices notices, TaskIndicators indicators) {
        this.indicators = indicators;
        this.organizations = organizations;
        this.plans = plans;
        this.sections = sections;
        this.assignments = assignments;
        this.progress = progress;
        this.notices = notices;
    }

    @Override
    @Transactional
    public void run() {
        List<OrganizationSummary> roots = organizations.topLevel();
        if (roots.isEmpty()) {
            return;
        }
        OrganizationSummary root = roots.get(0);
        Actor top = actor(root, "demo", "演示数据");
        if (!plans.list(top, null).isEmpty()) {
            return;
        }
        Optional<OrganizationSummary> found = find(top, "乌审召镇关工委");
        if (found.isEmpty()) {
            return;
        }
        OrganizationSummary town = found.get();
        Actor office = actor(town, "wsz_office", "道格通毕力格");
        PlanDraft draft = PlanDraft.of(new PlanTextParser().parse(seed()), town.id(), 2023).withoutRoster();
        long planId = plans.create(office, draft);
        PlanViews.Plan plan = sections.get(office, planId);

        OrganizationSummary bagaNaoer = find(office, "巴嘎淖尔村关工委").orElse(town);
        OrganizationSummary zhongnai = find(office, "中乃村关工委").orElse(town);
        OrganizationSummary wushenzhao = find(office, "乌审召嘎查关工委").orElse(town);
        OrganizationSummary school = find(office, "乌审召镇中心校").orElse(town);

        long study = task(plan, 0, 0);
        long training = task(plan, 1, 2);
        long law = task(plan, 2, 0);
        long drowning = task(plan, 2, 2);
        long bulletin = task(plan, 3, 2);
        long customs = task(plan, 4, 1);
        assign(office, plan, study, new TaskAssignment(List.of(town.id()), "道格通毕力格", null, "3,6,9,12", null));
        assign(office, plan, training, new TaskAssignment(List.of(town.id()), "郝和平", LocalDate.of(2023, 10, 31),
                null, null));
        assign(office, plan, law, new TaskAssignment(List.of(school.id(), bagaNaoer.id()), "李林", null, "5,6,9",
                null));
        assign(office, plan, drowning, new TaskAssignment(List.of(bagaNaoer.id(), zhongnai.id(), wushenzhao.id()),
                "郝和平", null, "6,7,8", null));
        assign(office, plan, bulletin, new TaskAssignment(List.of(town.id()), "道格通毕力格", null,
                "1,2,3,4,5,6,7,8,9,10,11,12", null));
        assign(office, plan, customs, new TaskAssignment(List.of(bagaNaoer.id(), zhongnai.id()), null,
                LocalDate.of(2023, 12, 31), null, null));

        Actor bagaManager = actor(bagaNaoer, "bgne_manager", "巴嘎淖尔村负责人（演示）");
        Actor zhongnaiManager = actor(zhongnai, "zn_manager", "中乃村负责人（演示）");
        progress.report(bagaManager, drowning, new ProgressDraft(
                "6月召开防溺水宣讲会1场，40余名学生和家长参加；组织“五老”志愿者在巴嘎淖尔周边巡逻12次，劝离3人次。", 60));
        progress.report(zhongnaiManager, drowning, new ProgressDraft("在村内坑塘设立警示牌4块，五老巡逻8次。", 40));
        progress.report(office, study, new ProgressDraft("一季度组织线上线下集中学习2次，学习党的二十大精神。", 25));
        progress.report(bagaManager, law, new ProgressDraft("联合司法所开展“关爱明天，普法先行”进校园活动1次。", 100));

        progress.report(office, training, new ProgressDraft("举办“五老”骨干培训班1期，60余名五老参加。", 50));

        // Indicators: the modules' 2023 records drive the tasks (the seed's sections 三, 四 and 五)
        indicator(office, law, "activity.held", "LEGAL_EDUCATION", 3);
        indicator(office, drowning, "activity.held", "DROWNING_PREVENTION_TALK", 3);
        indicator(office, task(plan, 3, 0), "publicity.adopted", "", 150);
        indicator(office, bulletin, "publicity.bulletins", "", 12);
        indicator(office, customs, "activity.held", "CIVILITY_REFORM", 2);
        indicator(office, task(plan, 4, 0), "activity.held", "RED_EDUCATION", 3);
        // … and sections 一 and 二, and the rest of 三 and 四: study, 五老 recruited, trainings, care visits, 家风
        indicator(office, study, "study.sessions", "STUDY", 8);
        indicator(office, study, "study.attendance", "", 100);
        indicator(office, task(plan, 1, 1), "volunteer.recruited", "", 5);
        indicator(office, training, "study.sessions", "VOLUNTEER_TRAINING", 4);
        indicator(office, training, "volunteer.careVisits", "", 20);
        indicator(office, task(plan, 2, 1), "activity.held", "FAMILY_VALUES", 3);
        indicator(office, task(plan, 3, 1), "study.sessions", "CORRESPONDENT_TRAINING", 2);
        progress.report(office, task(plan, 1, 0), new ProgressDraft(
                "镇党委将关工委工作纳入年度工作要点和目标考核，关工委办公经费纳入镇财政预算（演示）。", 100));

        long noticeId = notices.create(office, new NoticeDraft(
                draft.issuer() + "关于印发" + draft.title() + "的通知", "",
                "各嘎查（村）、社区、各相关单位：\n现将《" + draft.title() + "》印发给你们，请认真贯彻落实。",
                planId, town.id(), List.of()));
        notices.publish(office, noticeId, notices.get(office, noticeId).version());
        notices.acknowledge(bagaManager, noticeId);
        notices.acknowledge(zhongnaiManager, noticeId);
        notices.remind(office, noticeId, wushenzhao.id());
    }

    private void indicator(Actor office, long taskId, String measure, String param, long target) {
        indicators.add(office, taskId, new IndicatorDraft(measure, param, target, null));
    }

    /** Assigns a task of the plan just imported, at the version it was imported at. */
    private void assign(Actor office, PlanViews.Plan plan, long taskId, TaskAssignment assignment) {
        long version = plan.sections().stream().flatMap(section -> section.tasks().stream())
                .filter(task -> task.id() == taskId).findFirst().orElseThrow().version();
        assignments.assign(office, taskId, new TaskAssignment(assignment.ownerIds(), assignment.responsiblePerson(),
                assignment.dueDate(), assignment.dueMonths(), version));
    }

    private static long task(PlanViews.Plan plan, int section, int task) {
        return plan.sections().get(section).tasks().get(task).id();
    }

    private Optional<OrganizationSummary> find(Actor actor, String name) {
        return organizations.search(actor, name, 5).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private static Actor actor(OrganizationSummary organization, String username, String name) {
        return new Actor(0, username, name, organization.id(), organization.name(), organization.path(),
                EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER));
    }

    private static String seed() {
        try (InputStream in = PlanDemo.class.getResourceAsStream("/demo/plan-2023.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo/plan-2023.txt missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
