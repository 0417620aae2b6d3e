package com.carenext.patrol;

import com.carenext.support.DemoTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityFilter;
import com.carenext.activity.ActivityType;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo loads: 乌审召's water bodies with a summer of patrols that has some gaps, and a year of activities. */
@DemoTest
class PatrolDemoTests {

    @Autowired
    Hazards hazards;
    @Autowired
    CoverageReport coverageReport;
    @Autowired
    Activities activities;
    @Autowired
    com.carenext.activity.ActivityFigures activityFigures;
    @Autowired
    Organizations organizations;
    @Autowired
    com.carenext.activity.EducationBases bases;
    @Autowired
    com.carenext.activity.Materials materials;

    @Test
    void theSummerHasPatrolsWithSomeGapsAndTheYearHasActivities() {
        // 乌审召镇 itself: the banner above it also holds the generated towns (演示) with their own water bodies
        OrganizationSummary root = organizations.topLevel().get(0);
        Actor banner = new Actor(0, "t", "t", root.id(), root.name(), root.path(), EnumSet.of(Role.TOWN_ADMIN));
        OrganizationSummary wsz = organizations.search(banner, "乌审召镇", 10).stream()
                .filter(o -> o.name().equals("乌审召镇关工委")).findFirst().orElseThrow();
        Actor town = new Actor(0, "t", "t", wsz.id(), wsz.name(), wsz.path(), EnumSet.of(Role.TOWN_ADMIN));
        List<Coverage.Line> summer = coverageReport.coverage(town, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31));
        assertThat(summer).hasSize(8);
        assertThat(summer).allSatisfy(line -> assertThat(line.done()).isPositive());
        assertThat(summer).anySatisfy(line -> assertThat(line.gaps()).isNotEmpty());
        assertThat(summer.stream().mapToInt(Coverage.Line::done).sum()).isGreaterThan(300);
        assertThat(hazards.hazards(town, true, null, 50)).hasSize(2);
        assertThat(activities.page(town, ActivityFilter.none(), null, 100)).hasSizeGreaterThanOrEqualTo(18);
        assertThat(activityFigures.count(town, ActivityType.DROWNING_PREVENTION_TALK, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 31))).isGreaterThanOrEqualTo(5);

        // 牧区大寨生态教育基地: its profile, a year of school visits with 五老 guides, stories cited by activities
        var base = bases.get(town, bases.list(town).get(0).id());
        assertThat(base.name()).isEqualTo("牧区大寨生态教育基地");
        assertThat(base.profile().introduction()).contains("讲好“大寨”故事");
        assertThat(base.visits().rows()).hasSize(12).allSatisfy(v -> assertThat(v.guideName()).isNotNull());
        assertThat(base.visits().rows()).anySatisfy(v -> assertThat(v.schoolId()).isNotNull());
        assertThat(base.yearTotals().get(0).students()).isGreaterThan(600);
        assertThat(materials.search(town, "大寨故事", null, 50)).hasSize(3);
        assertThat(activities.page(town, new ActivityFilter(ActivityType.RED_EDUCATION, null, null, null, null), null, 10))
                .allSatisfy(a -> assertThat(a.materials()).isNotEmpty());
    }
}
