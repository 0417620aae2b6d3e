package com.carenext.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.OrganizationSummary;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class StudyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    StudySessions study;
    @Autowired
    StudyStatistics statistics;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    Fixtures.Town world;
    UserView accountA;
    VolunteerSummary elderA;
    Actor selfA;
    UserView accountB;
    Actor selfB;

    @BeforeEach
    void twoVillagesWithAVolunteerEach() {
        world = fixtures.town();
        accountA = fixtures.user("studya" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        elderA = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("额尔敦", world.villageA().id(), LocalDate.of(1949, 3, 4), accountA.id()));
        selfA = Fixtures.actor(accountA, world.villageA());
        accountB = fixtures.user("studyb" + world.town().id(), world.villageB(), Role.VOLUNTEER);
        volunteers.register(world.managerBActor(),
                VolunteerTestData.draft("娜仁", world.villageB().id(), LocalDate.of(1953, 6, 7), accountB.id()));
        selfB = Fixtures.actor(accountB, world.villageB());
    }

    SessionView session(Actor organizer, OrganizationSummary organization, LocalDateTime startsAt, List<Long> targets) {
        return study.plan(organizer, new SessionDraft(organization.id(), SessionKind.VOLUNTEER_TRAINING, "学习二十大精神",
                SessionMode.BLENDED, startsAt, new BigDecimal("2"), "王老师", "村委会会议室", null, "讲义.pdf", targets));
    }

    @Test
    void selfCheckInWorksInsideTheWindowAndOnlyOnce() {
        SessionView now = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).minusMinutes(10), List.of());
        assertThat(now.checkInCode()).matches("\\d{6}");
        study.checkIn(selfA, now.checkInCode());
        assertThatThrownBy(() -> study.checkIn(selfA, now.checkInCode()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("study.checkIn.twice");
        assertThat(study.attendance(world.managerAActor(), now.id())).singleElement()
                .satisfies(a -> assertThat(a.method()).isEqualTo("SELF"));
    }

    @Test
    void selfCheckInOutsideTheWindowIsRefused() {
        SessionView later = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).plusHours(3), List.of());
        assertThatThrownBy(() -> study.checkIn(selfA, later.checkInCode()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("study.checkIn.closed");
        SessionView over = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).minusHours(3), List.of());
        assertThatThrownBy(() -> study.checkIn(selfA, over.checkInCode()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("study.checkIn.closed");
        SessionView justOpen = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).plusMinutes(25), List.of());
        study.checkIn(selfA, justOpen.checkInCode());
    }

    @Test
    void aCodeOnlyWorksForTheSessionsAudience() {
        SessionView ofA = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock), List.of());
        assertThatThrownBy(() -> study.checkIn(selfB, ofA.checkInCode()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("study.checkIn.unknownCode");
        assertThatThrownBy(() -> study.get(selfB, ofA.id())).isInstanceOf(NotFoundException.class);
        SessionView townForB = session(world.officeActor(), world.town(), LocalDateTime.now(clock),
                List.of(world.villageB().id()));
        assertThatThrownBy(() -> study.checkIn(selfA, townForB.checkInCode()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("study.checkIn.unknownCode");
        study.checkIn(selfB, townForB.checkInCode());
        SessionView town = session(world.officeActor(), world.town(), LocalDateTime.now(clock), List.of());
        study.checkIn(selfA, town.checkInCode());
        assertThat(study.page(selfA, null, 50)).extracting(SessionView::id).contains(town.id()).doesNotContain(ofA.id() + 1_000_000);
        assertThat(study.page(selfA, null, 50)).allSatisfy(s -> assertThat(s.checkInCode()).isNull());
    }

    /** A roll call of six looks them up as a roll call of two does: one query for who they are, one for who is there. */
    @Test
    void aRollCallLooksUpItsPeopleTogetherAndRefusesOneOutsideTheScope() throws Exception {
        List<Long> six = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(volunteers.register(world.managerAActor(), VolunteerTestData.draft("点名" + i, world.villageA().id(),
                    LocalDate.of(1950, 1, 1 + i), null)).id());
        }
        SessionView first = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).minusDays(1), List.of());
        SessionView second = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).minusDays(1), List.of());
        var statements = new com.carenext.support.Statements(jdbc, dataSource);
        var two = statements.count(() -> study.rollCall(world.managerAActor(), first.id(), six.subList(0, 2)));
        var all = statements.count(() -> study.rollCall(world.managerAActor(), second.id(), six));
        assertThat(two.result()).isEqualTo(2);
        assertThat(all.result()).isEqualTo(6);
        assertThat(reads(all, "volunteer")).as(String.join("\n", all.executed())).isEqualTo(reads(two, "volunteer"));
        assertThat(reads(all, "attendance")).as(String.join("\n", all.executed())).isEqualTo(reads(two, "attendance"));
        assertThat(study.rollCall(world.managerAActor(), second.id(), six)).isZero();

        long elderB = volunteers.page(world.managerBActor(), new com.carenext.volunteer.VolunteerFilter(null, null,
                com.carenext.volunteer.VolunteerStatus.ACTIVE, null), null, 1).rows().get(0).id();
        SessionView third = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).minusDays(1), List.of());
        assertThatThrownBy(() -> study.rollCall(world.managerAActor(), third.id(), List.of(six.get(0), elderB)))
                .isInstanceOf(NotFoundException.class);
        assertThat(study.attendance(world.managerAActor(), third.id())).isEmpty();
    }

    /** How many statements read from this table (or its child tables), whether written by hand or by Spring Data. */
    private static int reads(com.carenext.support.Statements.Counted<?> counted, String table) {
        return counted.executed().stream().filter(line -> line.toLowerCase().replace("\"", "").contains("from " + table))
                .mapToInt(line -> Integer.parseInt(line.substring(0, line.indexOf(' ')))).sum();
    }

    @Test
    void rollCallNotesAndFigures() {
        SessionView s = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock).minusDays(1), List.of());
        VolunteerSummary absent = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("缺席者", world.villageA().id(), LocalDate.of(1950, 1, 1), null));
        assertThatThrownBy(() -> study.writeNote(selfA, s.id(), "没参加也想写"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("study.note.notAttended");
        assertThat(study.rollCall(world.managerAActor(), s.id(), List.of(elderA.id()))).isEqualTo(1);
        assertThat(study.rollCall(world.managerAActor(), s.id(), List.of(elderA.id()))).isZero();
        study.writeNote(selfA, s.id(), "学有所思，学有所得。");
        study.writeNote(selfA, s.id(), "学有所思，学有所得，要讲给孩子们听。");
        assertThat(study.notes(world.managerAActor(), s.id())).singleElement()
                .satisfies(note -> assertThat(note.body()).contains("讲给孩子们听"));
        assertThatThrownBy(() -> study.notes(world.managerBActor(), s.id())).isInstanceOf(NotFoundException.class);
        int year = s.startsAt().getYear();
        int quarter = (s.startsAt().getMonthValue() - 1) / 3 + 1;
        assertThat(statistics.withoutStudy(world.managerAActor(), year, quarter)).extracting(VolunteerSummary::id)
                .contains(absent.id()).doesNotContain(elderA.id());
        assertThat(statistics.perPerson(world.managerAActor(), year, 0).rows()).filteredOn(f -> f.id() == elderA.id()).singleElement()
                .satisfies(f -> {
                    assertThat(f.attended()).isEqualTo(1);
                    assertThat(f.hours()).isEqualByComparingTo("2");
                    assertThat(f.ratePercent()).isEqualTo(100);
                });
        assertThat(statistics.perOrganization(world.officeActor(), year, 0).rows()).singleElement()
                .satisfies(f -> assertThat(f.ratePercent()).isEqualTo(50));
    }

    @Test
    void thePhonePagesCheckInAndTakeANote() throws Exception {
        SessionView s = session(world.managerAActor(), world.villageA(), LocalDateTime.now(clock), List.of());
        RequestPostProcessor phone = Fixtures.login(mvc, accountA.username());
        mvc.perform(get("/study/check-in").with(phone)).andExpect(status().isOk());
        mvc.perform(post("/study/check-in").with(phone).with(csrf()).param("code", s.checkInCode()))
                .andExpect(status().is3xxRedirection());
        String again = mvc.perform(post("/study/check-in").with(phone).with(csrf()).param("code", s.checkInCode()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("不能重复签到");
        mvc.perform(post("/study-sessions/" + s.id() + "/notes").with(phone).with(csrf()).param("body", "很受教育"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/study-sessions/" + s.id()).with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("很受教育", "额尔敦", s.checkInCode());
        mvc.perform(get("/study-sessions/figures").with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk());
    }

    @Test
    void theApiPlansAndChecksIn() throws Exception {
        String start = LocalDateTime.now(clock).withNano(0).toString();
        mvc.perform(post("/api/v1/study-sessions").with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId":%d,"kind":"STUDY","topic":"家风家教","mode":"OFFLINE","startsAt":"%s",
                                 "hours":1.5,"organizer":"李老师"}""".formatted(world.villageA().id(), start)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.topic").value("家风家教"))
                .andExpect(jsonPath("$.organizationId").value(world.villageA().id()))
                .andExpect(jsonPath("$.kind").value("STUDY"))
                .andExpect(jsonPath("$.hours").value(1.5))
                .andExpect(jsonPath("$.attendees").value(0))
                .andExpect(jsonPath("$.checkInCode").isNotEmpty());
        SessionView created = study.page(world.managerAActor(), null, 1).get(0);
        assertThat(created.topic()).as("stored as sent").isEqualTo("家风家教");
        assertThat(created.organizer()).isEqualTo("李老师");
        assertThat(created.startsAt()).isEqualTo(LocalDateTime.parse(start));
        mvc.perform(post("/api/v1/study-sessions/check-in").with(httpBasic(accountA.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + created.checkInCode() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(created.id()))
                .andExpect(jsonPath("$.attendees").value(1));
        mvc.perform(post("/api/v1/study-sessions/check-in").with(httpBasic(accountA.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + created.checkInCode() + "\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能重复签到")));
        assertThat(study.attendance(world.managerAActor(), created.id())).as("one attendance, by self check-in")
                .singleElement().satisfies(a -> assertThat(a.volunteerName()).isEqualTo("额尔敦"));
    }

    @Test
    void whoHadNoStudyIsCountedAndPagedInSqlWithoutACap() throws Exception {
        Fixtures.Town world = fixtures.town();
        Actor manager = world.managerAActor();
        int before = statistics.withoutStudyCount(manager, 2026, 1);
        int people = StudyStatistics.WITHOUT_STUDY_PAGE + 5;
        volunteers.registerAll(manager, java.util.stream.IntStream.range(0, people).mapToObj(i -> VolunteerTestData.draft(
                "未学%03d".formatted(i), world.villageA().id(), LocalDate.of(1950, 1, 1).plusDays(i), null)).toList());

        assertThat(statistics.withoutStudyCount(manager, 2026, 1)).isEqualTo(before + people);
        List<VolunteerSummary> first = statistics.withoutStudy(manager, 2026, 1, null);
        assertThat(first).hasSize(StudyStatistics.WITHOUT_STUDY_PAGE);
        List<VolunteerSummary> rest = statistics.withoutStudy(manager, 2026, 1, first.get(first.size() - 1).id());
        assertThat(rest).hasSize(before + people - StudyStatistics.WITHOUT_STUDY_PAGE);
        assertThat(rest).extracting(VolunteerSummary::id).doesNotContainAnyElementsOf(first.stream().map(VolunteerSummary::id).toList());
        String page = mvc.perform(get("/study-sessions/figures").param("year", "2026").param("quarter", "1")
                        .with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("（" + (before + people) + " 人）").contains("without-study-next");
    }
}
