package com.carenext.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.shared.Actor;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CareNextTest
class CareVisitTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    CareVisits visits;
    @Autowired
    Clock clock;

    @Test
    void aVolunteerOf80IsDueAfter30DaysAndAYoungerOneAfter90() {
        Fixtures.Town world = fixtures.town();
        Actor manager = world.managerAActor();
        LocalDate today = LocalDate.now(clock);
        VolunteerSummary old = volunteers.register(manager,
                VolunteerTestData.draft("八十老人", world.villageA().id(), today.minusYears(80).minusDays(3), null));
        VolunteerSummary younger = volunteers.register(manager,
                VolunteerTestData.draft("七十老人", world.villageA().id(), today.minusYears(70), null));
        visits.record(manager, old.id(), new VisitDraft(today.minusDays(31), "走访人", "腿脚不便", "乐观", "助听器", "下月再访"));
        visits.record(manager, younger.id(), new VisitDraft(today.minusDays(31), "走访人", "良好", "良好", null, null));

        assertThat(visits.due(manager)).singleElement().satisfies(due -> {
            assertThat(due.volunteer().id()).isEqualTo(old.id());
            assertThat(due.intervalDays()).isEqualTo(30);
            assertThat(due.dueOn()).isEqualTo(today.minusDays(1));
            assertThat(due.overdue()).isTrue();
        });
        visits.record(manager, younger.id(), new VisitDraft(today.minusDays(95), "走访人", null, null, null, null));
        assertThat(visits.due(manager)).extracting(d -> d.volunteer().id()).containsExactly(old.id());
        visits.record(manager, old.id(), new VisitDraft(today, "走访人", null, null, null, null));
        assertThat(visits.due(manager)).isEmpty();
        assertThat(visits.due(world.managerBActor())).isEmpty();
    }

    @Test
    void theDueListIsPagedInSqlAndCountsEveryone() throws Exception {
        Fixtures.Town world = fixtures.town();
        Actor manager = world.managerAActor();
        LocalDate today = LocalDate.now(clock);
        int people = CareVisits.DUE_PAGE + 5;
        volunteers.registerAll(manager, java.util.stream.IntStream.range(0, people).mapToObj(i -> VolunteerTestData.draft(
                "老人%03d".formatted(i), world.villageA().id(), today.minusYears(70).minusDays(i), null)).toList());

        assertThat(visits.dueCount(manager)).isEqualTo(people);
        assertThat(visits.due(manager, 0)).hasSize(CareVisits.DUE_PAGE).first()
                .satisfies(due -> assertThat(due.volunteer().name()).isEqualTo("老人000"));
        assertThat(visits.due(manager, 1)).extracting(d -> d.volunteer().name())
                .containsExactly("老人100", "老人101", "老人102", "老人103", "老人104");
        String page = mvc.perform(get("/care-visits").param("page", "1").with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 105 人").contains("老人104").doesNotContain("老人099");
    }

    @Test
    void thePagesRecordAVisitAndListWhoIsDue() throws Exception {
        Fixtures.Town world = fixtures.town();
        VolunteerSummary never = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("未走访", world.villageA().id(), LocalDate.of(1940, 1, 1), null));
        var session = Fixtures.login(mvc, world.managerA().username());
        assertThat(mvc.perform(get("/care-visits").with(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("未走访");
        mvc.perform(post("/volunteers/" + never.id() + "/care-visits").with(session).with(csrf())
                        .param("visitedOn", LocalDate.now(clock).toString()).param("visitor", "村干部")
                        .param("needs", "需要上门体检"))
                .andExpect(status().is3xxRedirection());
        assertThat(visits.of(world.managerAActor(), never.id())).singleElement()
                .satisfies(v -> assertThat(v.needs()).isEqualTo("需要上门体检"));
        mvc.perform(post("/volunteers/" + never.id() + "/care-visits").with(session).with(csrf())
                        .param("visitedOn", LocalDate.now(clock).plusDays(2).toString()).param("visitor", ""))
                .andExpect(status().isBadRequest());
    }
}
