package com.carenext.plan;

import com.carenext.support.DemoTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo loads the seed plan for 乌审召镇关工委 with assignments, progress and a notice with receipts. */
@DemoTest
class PlanDemoTests {

    @Autowired
    Organizations organizations;
    @Autowired
    WorkPlans plans;
    @Autowired
    PlanSections sections;
    @Autowired
    Notices notices;
    @Autowired
    TaskIndicators indicators;
    @Autowired
    TaskProgress progress;
    @Autowired
    YearEndSummaries summaries;

    @Test
    void theSeedPlanIsTrackedAndIssued() {
        OrganizationSummary town = organizations.topLevel().stream()
                .map(root -> organizations.search(new Actor(0, "t", "t", root.id(), root.name(), root.path(),
                        EnumSet.of(Role.TOWN_ADMIN)), "乌审召镇关工委", 5))
                .flatMap(java.util.List::stream).findFirst().orElseThrow();
        Actor office = new Actor(0, "t", "t", town.id(), town.name(), town.path(), EnumSet.of(Role.TOWN_ADMIN));
        var list = plans.list(office, null);
        assertThat(list).extracting(PlanViews.PlanSummary::title).containsExactly("乌审召镇2023年关心下一代工作计划");
        PlanViews.Plan plan = sections.get(office, list.get(0).id());
        assertThat(plan.sections()).hasSize(5);
        PlanViews.Task drowning = plan.sections().get(2).tasks().get(2);
        assertThat(drowning.owners()).extracting(PlanViews.Owner::name).contains("巴嘎淖尔村关工委");
        assertThat(drowning.progress()).isPositive();
        assertThat(plan.sections()).allSatisfy(section -> assertThat(section.progress())
                .as(section.number() + "、" + section.title()).isPositive());
        PlanViews.Section publicity = plan.sections().get(3);
        assertThat(publicity.tasks().get(2).progress()).as("twelve 通报 of 2023").isEqualTo(100);
        assertThat(indicators.ofPlan(plan.id()).get(publicity.tasks().get(0).id()).get(0).value())
                .as("articles adopted in 2023").isGreaterThan(100);
        assertThat(plan.documentNumber()).as("the seed names no document number; the demo invents none").isEmpty();
        var figures = indicators.ofPlan(plan.id());
        var reports = progress.ofPlan(plan.id());
        assertThat(plan.sections()).flatExtracting(PlanViews.Section::tasks).allSatisfy(task -> assertThat(
                figures.getOrDefault(task.id(), java.util.List.of()).stream().anyMatch(f -> f.value() > 0)
                        || reports.containsKey(task.id()))
                .as("task %s%s has figures or a report", task.sectionNumber(), task.number()).isTrue());
        assertThat(figures.get(plan.sections().get(0).tasks().get(0).id()))
                .as("2023 study sessions and attendance").allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(figures.get(plan.sections().get(1).tasks().get(1).id()).get(0).value())
                .as("五老 recruited in 2023").isEqualTo(5);
        YearEndSummary summary = summaries.get(office, plan.id());
        assertThat(summary.title()).isEqualTo("乌审召镇关心下一代工作委员会2023年工作总结");
        assertThat(summary.sections()).extracting(YearEndSummary.Section::heading).containsExactly(
                "一、强化理论学习，压实“五老”责任", "二、强化组织建设，增加“五老”力量", "三、强化活动开展，突显“五老”作用",
                "四、强化信息宣传，彰显“五老”风采", "五、助力乡村振兴，扩大“五老”影响");
        NoticeViews.NoticeSummary notice = notices.issued(office, null).get(0);
        assertThat(notice.signed()).isEqualTo(2);
        assertThat(notice.targets()).isGreaterThan(10);
    }
}
