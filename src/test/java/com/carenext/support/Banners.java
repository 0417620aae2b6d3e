package com.carenext.support;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.plan.IndicatorDraft;
import com.carenext.plan.PlanDraft;
import com.carenext.plan.PlanSections;
import com.carenext.plan.TaskAssignment;
import com.carenext.plan.TaskAssignments;
import com.carenext.plan.TaskIndicators;
import com.carenext.plan.WorkPlans;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A banner with two towns for dashboard tests: 东镇 with a village and a plan of {@code year} whose one task wants
 * 4 activities of the village, which held 3 (75 %); 西镇 with no plan. A leader at the banner, an office per town.
 * A test bean of the shared contexts ({@link CareNextTest} imports it).
 */
@TestComponent
public class Banners {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Banner(OrganizationSummary banner, OrganizationSummary east, OrganizationSummary eastVillage,
                         OrganizationSummary west, UserView leader, UserView eastOffice, UserView westOffice) {
    }

    private final Fixtures fixtures;
    private final Organizations organizations;
    private final Activities activities;
    private final WorkPlans plans;
    private final PlanSections sections;
    private final TaskAssignments assignments;
    private final TaskIndicators indicators;

    public Banners(Fixtures fixtures, Organizations organizations, Activities activities, WorkPlans plans,
            PlanSections sections, TaskAssignments assignments, TaskIndicators indicators) {
        this.fixtures = fixtures;
        this.organizations = organizations;
        this.activities = activities;
        this.plans = plans;
        this.sections = sections;
        this.assignments = assignments;
        this.indicators = indicators;
    }

    public Banner banner(int year) {
        int n = SEQUENCE.incrementAndGet();
        OrganizationSummary banner = organizations.createRoot("测试旗" + n + "关工委", OrganizationType.BANNER_COMMITTEE);
        Actor loader = new Actor(0, "fixture", "测试数据", banner.id(), banner.name(), banner.path(),
                EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER));
        OrganizationSummary east = fixtures.organization(loader, banner, "东镇" + n + "关工委",
                OrganizationType.TOWN_COMMITTEE);
        OrganizationSummary village = fixtures.organization(loader, east, "东村" + n + "关工委",
                OrganizationType.VILLAGE_COMMITTEE);
        OrganizationSummary west = fixtures.organization(loader, banner, "西镇" + n + "关工委",
                OrganizationType.TOWN_COMMITTEE);
        UserView eastOffice = fixtures.user("eastoffice" + n, east, Role.TOWN_ADMIN);
        Banner made = new Banner(banner, east, village, west, fixtures.user("bannerleader" + n, banner, Role.LEADER),
                eastOffice, fixtures.user("westoffice" + n, west, Role.TOWN_ADMIN));

        Actor office = Fixtures.actor(eastOffice, east);
        long planId = plans.create(office, new PlanDraft(year, "东镇计划", "", "东镇", null, east.id(), "",
                List.of(new PlanDraft.Section("一", "活动", "", List.of(new PlanDraft.Task("一是", "开展普法活动")))),
                List.of()));
        long task = sections.get(office, planId).sections().get(0).tasks().get(0).id();
        assignments.assign(office, task, new TaskAssignment(List.of(village.id()), "李林", null, "5", 0L));
        indicators.add(office, task, new IndicatorDraft("activity.held", "", 4L, null));
        for (int day = 1; day <= 3; day++) {
            activities.record(office, new ActivityDraft(village.id(), ActivityType.LEGAL_EDUCATION, "普法讲座" + day,
                    LocalDateTime.of(year, 5, day, 9, 0), "小学", List.of(), List.of(), 30, 0, 0, null, null, null,
                    null));
        }
        return made;
    }
}
