package com.carenext.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CareNextTest
class ActivityTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Activities activities;
    @Autowired
    com.carenext.activity.ActivityFigures activityFigures;
    @Autowired
    Volunteers volunteers;

    Fixtures.Town world;
    OrganizationSummary police;
    Actor policeManager;
    VolunteerSummary elder;

    @BeforeEach
    void aTownWithAPartnerUnit() {
        world = fixtures.town();
        police = fixtures.organization(world.officeActor(), world.town(), "派出所" + world.town().id(),
                OrganizationType.PARTNER_UNIT);
        UserView account = fixtures.user("police" + world.town().id(), police, Role.ORG_MANAGER);
        policeManager = Fixtures.actor(account, police);
        elder = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("老校长", world.villageA().id(), LocalDate.of(1950, 9, 1), null));
    }

    ActivityDraft draft(long organizationId, ActivityType type, String title, List<Long> partners, LocalDateTime at) {
        return new ActivityDraft(organizationId, type, title, at, "嘎查小学", partners, List.of(), 120, 30, 5,
                "讲解防溺水“六不”", null, null, null);
    }

    @Test
    void aJointActivityAppearsForEachPartnerAndCountsOnceInTownTotals() {
        LocalDateTime at = LocalDateTime.of(2026, 6, 10, 9, 0);
        ActivityView joint = activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(),
                ActivityType.LEGAL_EDUCATION, "普法进校园", at, "中心校", List.of(police.id(), world.villageB().id()),
                List.of(elder.id()), 300, 20, 10, null, 17L, null, null));
        activities.record(world.managerBActor(), draft(world.villageB().id(), ActivityType.FAMILY_VALUES, "家长学校", List.of(), at));

        assertThat(joint.partners()).extracting(ActivityView.Partner::organizationId)
                .containsExactlyInAnyOrder(police.id(), world.villageB().id());
        assertThat(joint.elders()).containsExactly("老校长");
        assertThat(joint.planTaskId()).isEqualTo(17L);
        // every partner's ledger shows it
        assertThat(activities.page(policeManager, ActivityFilter.none(), null, 50))
                .extracting(ActivityView::title).containsExactly("普法进校园");
        assertThat(activities.page(world.managerBActor(), ActivityFilter.none(), null, 50))
                .extracting(ActivityView::title).containsExactlyInAnyOrder("普法进校园", "家长学校");
        assertThat(activities.page(world.managerAActor(), ActivityFilter.none(), null, 50))
                .extracting(ActivityView::title).containsExactly("普法进校园");
        assertThat(activities.page(world.managerBActor(), new ActivityFilter(null, null, null, null, police.id()), null, 50))
                .extracting(ActivityView::title).containsExactly("普法进校园");

        // each partner confirms its own part
        ActivityView confirmed = activities.confirm(policeManager, joint.id());
        assertThat(confirmed.partners()).filteredOn(ActivityView.Partner::isConfirmed)
                .extracting(ActivityView.Partner::organizationId).containsExactly(police.id());
        assertThatThrownBy(() -> activities.confirm(policeManager, joint.id()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("activity.confirm.nothing");
        activities.confirm(world.managerBActor(), joint.id());

        // the town counts it once, with its audience once
        ActivityStatistics town = activityFigures.statistics(world.officeActor(), 2026);
        assertThat(town.activities()).isEqualTo(2);
        assertThat(town.joint()).isEqualTo(1);
        assertThat(town.youths()).isEqualTo(420);
        // a partner's figures count what it joined, each activity once (own and partner branches do not overlap)
        assertThat(activityFigures.statistics(policeManager, 2026).activities()).isEqualTo(1);
        ActivityStatistics villageB = activityFigures.statistics(world.managerBActor(), 2026);
        assertThat(villageB.activities()).isEqualTo(2);
        assertThat(villageB.joint()).isEqualTo(1);
        assertThat(villageB.youths()).isEqualTo(420);
        assertThat(activities.page(world.officeActor(), ActivityFilter.none(), null, 50)).hasSize(2);
        assertThat(activityFigures.count(world.officeActor(), ActivityType.LEGAL_EDUCATION, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))).isEqualTo(1);
    }

    @Test
    void aPartnerConfirmsButDoesNotEditAndOutsidersSeeNothing() {
        ActivityView joint = activities.record(world.managerAActor(), draft(world.villageA().id(),
                ActivityType.DROWNING_PREVENTION_TALK, "暑期防溺水宣讲会", List.of(police.id()), LocalDateTime.of(2026, 7, 1, 15, 0)));
        assertThatThrownBy(() -> activities.update(policeManager, joint.id(), draft(police.id(),
                ActivityType.OTHER, "改标题", List.of(), LocalDateTime.of(2026, 7, 1, 15, 0))))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> activities.confirm(world.managerBActor(), joint.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(activities.page(world.managerBActor(), ActivityFilter.none(), null, 50)).isEmpty();
        assertThat(activityFigures.count(world.officeActor(), ActivityType.DROWNING_PREVENTION_TALK,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31))).isEqualTo(1);
    }

    @Test
    void photosAreCheckedAndStoredWithoutLocation() {
        ActivityView activity = activities.record(world.managerAActor(), draft(world.villageA().id(),
                ActivityType.RED_EDUCATION, "讲好红色故事", List.of(), LocalDateTime.of(2026, 5, 4, 10, 0)));
        assertThatThrownBy(() -> activities.addPhoto(world.managerAActor(), activity.id(),
                new ByteArrayInputStream(PhotoSamples.SCRIPT)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("file.type.photo");
        ActivityView withPhoto = activities.addPhoto(world.managerAActor(), activity.id(),
                new ByteArrayInputStream(PhotoSamples.jpegWithGpsExif()));
        byte[] stored = activities.photo(world.officeActor(), withPhoto.photoIds().get(0), false).orElseThrow();
        assertThat(PhotoSamples.contains(stored, "GPS")).isFalse();
        assertThat(PhotoSamples.contains(stored, "Exif")).isFalse();
        assertThat(activities.photo(world.managerBActor(), withPhoto.photoIds().get(0), true)).isEmpty();
    }
}
