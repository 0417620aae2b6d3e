package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.shared.Actor;
import com.carenext.study.SessionDraft;
import com.carenext.study.SessionKind;
import com.carenext.study.SessionMode;
import com.carenext.study.StudySessions;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures per unit (one grouped query per measure) equal the figures asked unit by unit. */
@CareNextTest
class GroupedMeasureTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Measures measures;
    @Autowired
    Activities activities;
    @Autowired
    StudySessions study;

    Fixtures.Town world;
    OrganizationSummary school;

    @BeforeEach
    void records() {
        world = fixtures.town();
        school = fixtures.organization(world.officeActor(), world.villageA(), "甲村小学" + world.town().id(),
                OrganizationType.SCHOOL);
        activity(world.managerAActor(), world.villageA(), ActivityType.LEGAL_EDUCATION, 2025, 5);
        activity(world.managerAActor(), school, ActivityType.LEGAL_EDUCATION, 2025, 6);
        activity(world.managerAActor(), school, ActivityType.CULTURE, 2025, 7);
        activity(world.managerAActor(), world.villageA(), ActivityType.LEGAL_EDUCATION, 2024, 5);
        activity(world.managerBActor(), world.villageB(), ActivityType.FAMILY_VALUES, 2025, 8);
        activity(world.officeActor(), world.town(), ActivityType.CULTURE, 2025, 9);
        session(world.managerBActor(), world.villageB(), 2025, 3);
        session(world.managerBActor(), world.villageB(), 2025, 4);
        session(world.managerAActor(), school, 2025, 4);
    }

    void activity(Actor actor, OrganizationSummary unit, ActivityType type, int year, int month) {
        activities.record(actor, new ActivityDraft(unit.id(), type, "活动" + month, LocalDateTime.of(year, month, 2, 9, 0),
                "小学", List.of(), List.of(), 10 * month, 0, 0, null, null, null, null));
    }

    void session(Actor actor, OrganizationSummary unit, int year, int month) {
        study.plan(actor, new SessionDraft(unit.id(), SessionKind.STUDY, "学习" + month,
                SessionMode.OFFLINE, LocalDateTime.of(year, month, 3, 9, 0), BigDecimal.ONE, "组织者", "会议室",
                null, null, List.of()));
    }

    @Test
    void everyMeasureGroupedByTheTownsUnitsEqualsTheFigureOfEachUnit() {
        List<OrganizationSummary> units = List.of(world.villageA(), world.villageB());
        for (Measure measure : measures.all()) {
            Map<String, Long> grouped = measures.valuesByUnit(measure.code(), world.town().path(), 1, 2025, Map.of());
            for (OrganizationSummary unit : units) {
                assertThat(grouped.getOrDefault(unit.path(), 0L)).as(measure.code() + " of " + unit.name())
                        .isEqualTo(measures.value(measure.code(), new MeasureScope(List.of(unit.path())), 2025,
                                Map.of()));
            }
        }
        Map<String, Long> held = measures.valuesByUnit("activity.held", world.town().path(), 1, 2025, Map.of());
        assertThat(held).containsEntry(world.villageA().path(), 3L).containsEntry(world.villageB().path(), 1L)
                .containsEntry(world.town().path(), 1L).hasSize(3);
        assertThat(measures.valuesByUnit("activity.held", world.town().path(), 1, 2025,
                Map.of("type", "LEGAL_EDUCATION"))).containsExactlyEntriesOf(Map.of(world.villageA().path(), 2L));
        assertThat(measures.valuesByUnit("study.sessions", world.town().path(), 1, 2025, Map.of()))
                .containsEntry(world.villageA().path(), 1L).containsEntry(world.villageB().path(), 2L);
    }

    @Test
    void twoLevelsDownTheSchoolHasItsOwnFigureAndTheVillageKeepsOnlyItsOwnRecords() {
        Map<String, Long> held = measures.valuesByUnit("activity.held", world.town().path(), 2, 2025, Map.of());
        assertThat(held).containsEntry(school.path(), 2L).containsEntry(world.villageA().path(), 1L)
                .containsEntry(world.villageB().path(), 1L).containsEntry(world.town().path(), 1L);
        assertThat(measures.valuesByUnit("activity.youths", world.villageA().path(), 1, 2025, Map.of()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(school.path(), 130L, world.villageA().path(), 50L));
    }

    @Test
    void aBadGroupingIsRefused() {
        assertThatThrownBy(() -> measures.valuesByUnit("activity.held", "/1/", 0, 2025, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measures.valuesByUnit("activity.held", "1/'", 1, 2025, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measures.valuesByUnit("nothing.such", "/1/", 1, 2025, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
