package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.StaleEditException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Indicators: records of a module move the task, its section and the plan; only the owners' records count. */
@CareNextTest
class TaskIndicatorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkPlans plans;
    @Autowired
    PlanSections sections;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    TaskIndicators indicators;
    @Autowired
    Activities activities;

    Fixtures.Town world;
    long planId;
    long lawTask;

    @BeforeEach
    void createPlan() {
        world = fixtures.town();
        planId = plans.create(world.officeActor(), new PlanDraft(2025, "测试计划", "", "测试镇", null,
                world.town().id(), "", List.of(
                new PlanDraft.Section("一", "活动", "", List.of(new PlanDraft.Task("一是", "开展普法进校园活动"))),
                new PlanDraft.Section("二", "学习", "", List.of(new PlanDraft.Task("一是", "组织理论学习")))),
                List.of()));
        lawTask = sections.get(world.officeActor(), planId).sections().get(0).tasks().get(0).id();
        assignments.assign(world.officeActor(), lawTask, new TaskAssignment(List.of(world.villageA().id()), "李林",
                null, "5,6", 0L));
    }

    void activity(long organizationId, ActivityType type, LocalDateTime at) {
        var actor = organizationId == world.villageA().id() ? world.managerAActor() : world.managerBActor();
        activities.record(actor, new ActivityDraft(organizationId, type, "普法讲座" + at, at, "小学", List.of(),
                List.of(), 30, 0, 0, null, null, null, null));
    }

    PlanViews.Plan plan() {
        return sections.get(world.officeActor(), planId);
    }

    @Test
    void recordsOfTheOwnerInThePlanYearMoveTaskSectionAndPlan() throws Exception {
        indicators.add(world.officeActor(), lawTask, new IndicatorDraft("activity.held", "LEGAL_EDUCATION", 2L, null));
        assertThat(plan().sections().get(0).progress()).isZero();

        activity(world.villageA().id(), ActivityType.LEGAL_EDUCATION, LocalDateTime.of(2025, 5, 20, 9, 0));
        PlanViews.Plan plan = plan();
        assertThat(plan.sections().get(0).tasks().get(0).progress()).isEqualTo(50);
        assertThat(plan.sections().get(0).progress()).isEqualTo(50);
        assertThat(plan.progress()).isEqualTo(25);

        // another unit, another type, another year: none of them counts
        activity(world.villageB().id(), ActivityType.LEGAL_EDUCATION, LocalDateTime.of(2025, 6, 1, 9, 0));
        activity(world.villageA().id(), ActivityType.FAMILY_VALUES, LocalDateTime.of(2025, 6, 2, 9, 0));
        activity(world.villageA().id(), ActivityType.LEGAL_EDUCATION, LocalDateTime.of(2026, 1, 3, 9, 0));
        assertThat(plan().sections().get(0).progress()).isEqualTo(50);
        assertThat(indicators.of(world.officeActor(), lawTask).get(0).value()).isEqualTo(1);

        activity(world.villageA().id(), ActivityType.LEGAL_EDUCATION, LocalDateTime.of(2025, 9, 1, 9, 0));
        activity(world.villageA().id(), ActivityType.LEGAL_EDUCATION, LocalDateTime.of(2025, 9, 2, 9, 0));
        IndicatorView figure = indicators.of(world.officeActor(), lawTask).get(0);
        assertThat(figure.value()).isEqualTo(3);
        assertThat(figure.percent()).isEqualTo(100);
        assertThat(figure.records()).hasSize(3).allSatisfy(r -> assertThat(r.link()).startsWith("/activities/"));
        assertThat(plan().progress()).isEqualTo(50);

        mvc.perform(get("/api/v1/plans/{id}/progress", planId)
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").value(50))
                .andExpect(jsonPath("$.sections[0].progress").value(100))
                .andExpect(jsonPath("$.sections[0].tasks[0].indicators[0].value").value(3))
                .andExpect(jsonPath("$.sections[1].progress").value(0));
    }

    @Test
    void theFigureCountsTheOwnersAndTheRecordsShowOnlyWhatTheViewerReaches() throws Exception {
        assignments.assign(world.officeActor(), lawTask, new TaskAssignment(
                List.of(world.villageA().id(), world.villageB().id()), "李林", null, "5,6", 1L));
        indicators.add(world.officeActor(), lawTask, new IndicatorDraft("activity.held", "", 4L, null));
        activity(world.villageA().id(), ActivityType.LEGAL_EDUCATION, LocalDateTime.of(2025, 5, 20, 9, 0));
        activity(world.villageB().id(), ActivityType.CULTURE, LocalDateTime.of(2025, 5, 21, 9, 0));

        IndicatorView seenByA = indicators.of(world.managerAActor(), lawTask).get(0);
        assertThat(seenByA.value()).isEqualTo(2);
        assertThat(seenByA.records()).hasSize(1).allSatisfy(r -> assertThat(r.title()).contains("2025-05-20"));
        assertThat(indicators.of(world.officeActor(), lawTask).get(0).records()).hasSize(2);

        mvc.perform(get("/plans/tasks/{id}/indicators", lawTask).with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("开展活动")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("2025-05-21"))));
    }

    @Test
    void onlyTheTownOfficeSetsValidIndicators() {
        assertThatThrownBy(() -> indicators.add(world.managerAActor(), lawTask,
                new IndicatorDraft("activity.held", null, 2L, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.add(world.officeActor(), lawTask,
                new IndicatorDraft("nothing.such", null, 2L, null))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> indicators.add(world.officeActor(), lawTask,
                new IndicatorDraft("patrol.coverage", "LEGAL_EDUCATION", 2L, null)))
                .isInstanceOf(BusinessRuleException.class);
        long id = indicators.add(world.officeActor(), lawTask, new IndicatorDraft("activity.youths", null, 100L, null));
        assertThatThrownBy(() -> indicators.update(world.officeActor(), id,
                new IndicatorDraft("activity.youths", null, 50L, null))).isInstanceOf(StaleEditException.class);
        indicators.update(world.officeActor(), id, new IndicatorDraft("activity.youths", null, 50L, 0L));
        assertThat(indicators.of(world.officeActor(), lawTask)).extracting(IndicatorView::target).containsExactly(50L);
        indicators.remove(world.officeActor(), id);
        assertThat(indicators.of(world.officeActor(), lawTask)).isEmpty();
    }
}
