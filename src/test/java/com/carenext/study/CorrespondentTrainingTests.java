package com.carenext.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A 通讯员培训 the correspondent attended (as the 五老 sharing their login) shows on the correspondent's record. */
@CareNextTest
class CorrespondentTrainingTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    StudySessions study;
    @Autowired
    Correspondents correspondents;

    @Test
    void attendedCorrespondentTrainingShowsOnTheRecord() {
        Fixtures.Town world = fixtures.town();
        var account = fixtures.user("writer" + world.villageA().id(), world.villageA(), Role.CORRESPONDENT,
                Role.VOLUNTEER);
        var volunteer = volunteers.register(world.officeActor(), VolunteerTestData.draft("通讯员五老",
                world.villageA().id(), LocalDate.of(1958, 3, 3), account.id()));
        var correspondent = correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(),
                "通讯员五老", null, "甲村全村", account.id(), null, null));
        var training = study.plan(world.officeActor(), new SessionDraft(world.town().id(),
                SessionKind.CORRESPONDENT_TRAINING, "关工信息写作培训", SessionMode.OFFLINE,
                LocalDateTime.of(2026, 3, 10, 9, 0), BigDecimal.valueOf(2), "镇关工委", null, null, null, null));
        var other = study.plan(world.officeActor(), new SessionDraft(world.town().id(), SessionKind.STUDY,
                "理论学习", SessionMode.OFFLINE, LocalDateTime.of(2026, 3, 12, 9, 0), BigDecimal.ONE, "镇关工委",
                null, null, null, null));
        study.rollCall(world.officeActor(), training.id(), List.of(volunteer.id()));
        study.rollCall(world.officeActor(), other.id(), List.of(volunteer.id()));

        assertThat(correspondents.trainings(world.officeActor(), correspondent.id()))
                .extracting(session -> session.title() + "|" + session.attended())
                .containsExactly("关工信息写作培训|true");
    }
}
