package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.security.UserView;
import com.carenext.study.SessionDraft;
import com.carenext.study.SessionKind;
import com.carenext.study.SessionMode;
import com.carenext.study.SessionView;
import com.carenext.study.StudySessions;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.HoursDraft;
import com.carenext.volunteer.ServiceHours;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every create a volunteer's phone may send from its offline queue, replayed: twice in a row (the answer to the first
 * was lost) and several times at once with the same client id / Idempotency-Key → one record each. The time the phone
 * says a thing happened is believed only within the window.
 */
@CareNextTest
class PhoneSyncTests {

    static final int AT_ONCE = 4;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    ServiceHours hours;
    @Autowired
    StudySessions study;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.context.ApplicationContext context;

    Fixtures.Town world;
    UserView account;
    Actor self;
    RequestPostProcessor phone;

    @BeforeEach
    void aVolunteerWithAPhone() throws Exception {
        world = fixtures.town();
        account = fixtures.user("sync" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("巴特尔", world.villageA().id(), LocalDate.of(1950, 3, 4), account.id()));
        self = Fixtures.actor(account, world.villageA());
        phone = Fixtures.login(mvc, account.username());
    }

    @Test
    void serviceHoursSentTwiceFromThePageOrTheApiAreOneEntry() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/my/hours").with(phone).with(csrf()).param("servedOn", LocalDate.now(clock).toString())
                            .param("description", "淖尔边劝导").param("hours", "3").param("clientId", key))
                    .andExpect(status().is3xxRedirection());
        }
        String apiKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/service-hours").with(httpBasic(account.username(), Fixtures.PASSWORD))
                            .header("Idempotency-Key", apiKey).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"servedOn\":\"" + LocalDate.now(clock) + "\",\"description\":\"入户走访\",\"hours\":2}"))
                    .andExpect(status().isCreated());
        }
        assertThat(rows("service_hour", key)).isEqualTo(1);
        assertThat(rows("service_hour", apiKey)).isEqualTo(1);
        assertThat(hours.mine(self)).hasSize(2);
    }

    @Test
    void serviceHoursSentAtOnceWithOneKeyAreOneEntry() throws Exception {
        String key = UUID.randomUUID().toString();
        HoursDraft draft = new HoursDraft(LocalDate.now(clock), "河湖巡查", new BigDecimal("2.5"));
        List<Long> ids = atOnce(() -> hours.log(self, draft, key).id());
        assertThat(ids).hasSize(AT_ONCE).containsOnly(ids.get(0));
        assertThat(rows("service_hour", key)).isEqualTo(1);
    }

    @Test
    void aStudyCheckInSentAgainIsOneAttendanceAndAnswersWithTheSession() throws Exception {
        SessionView session = session();
        String key = UUID.randomUUID().toString();
        long when = clock.millis() - Duration.ofMinutes(3).toMillis();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/study/check-in").with(phone).with(csrf()).param("code", session.checkInCode())
                            .param("clientId", key).param("happenedAt", String.valueOf(when)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(rows("attendance", key)).isEqualTo(1);
        // a different check-in of the same person is still "already checked in", in words
        mvc.perform(post("/study/check-in").with(phone).with(csrf()).param("code", session.checkInCode())
                        .param("clientId", UUID.randomUUID().toString()))
                .andExpect(status().is(422));
        LocalDateTime recorded = jdbc.sql("SELECT checked_in_at FROM attendance WHERE client_id = :c").param("c", key)
                .query(java.sql.Timestamp.class).single().toInstant().atZone(clock.getZone()).toLocalDateTime();
        assertThat(Duration.between(recorded, LocalDateTime.now(clock)).toMinutes()).isBetween(2L, 4L);
    }

    @Test
    void aStudyCheckInSentAtOnceIsOneAttendance() throws Exception {
        SessionView session = session();
        String key = UUID.randomUUID().toString();
        List<Long> ids = atOnce(() -> study.checkIn(self, session.checkInCode(), key, null).id());
        assertThat(ids).hasSize(AT_ONCE).containsOnly(session.id());
        assertThat(rows("attendance", key)).isEqualTo(1);
    }

    @Test
    void aTimeOutsideTheWindowOrABadIdIsRefusedInWords() throws Exception {
        SessionView session = session();
        long tooOld = clock.millis() - Duration.ofHours(73).toMillis();
        long future = clock.millis() + Duration.ofHours(2).toMillis();
        for (long when : new long[]{tooOld, future}) {
            String page = mvc.perform(post("/study/check-in").with(phone).with(csrf())
                            .param("code", session.checkInCode()).param("happenedAt", String.valueOf(when))
                            .param("clientId", UUID.randomUUID().toString()))
                    .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
            assertThat(page).containsAnyOf("小时以前", "比现在还晚");
        }
        mvc.perform(post("/study/check-in").with(phone).with(csrf()).param("code", session.checkInCode())
                        .param("clientId", "x'; DROP"))
                .andExpect(status().is(422));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attendance WHERE study_session_id = :s").param("s", session.id())
                .query(Integer.class).single()).isZero();
    }

    /*
     * Sent twice through the page, and at once through the service (concurrent page posts sharing one Spring Session
     * would race on the session's own attribute rows, which says nothing about the patrol).
     */
    @Test
    void aPatrolCheckInAndCheckOutSentTwiceOrAtOnceAreOnePatrolAndOneHazard() throws Exception {
        var patrol = com.carenext.patrol.PatrolTestData.of(context);
        var lake = patrol.register(world.managerAActor(), new com.carenext.patrol.WaterBodyDraft(world.villageA().id(),
                "（演示）淖尔", com.carenext.patrol.WaterKind.NAOER, com.carenext.patrol.RiskTier.RED, null, null,
                "嘎查长", null));
        String checkIn = UUID.randomUUID().toString();
        long when = clock.millis() - Duration.ofHours(5).toMillis();
        List<Long> patrols = atOnce(() -> patrol.sentCheckIn(self, lake.id(), checkIn, when).id());
        assertThat(patrols).hasSize(AT_ONCE).containsOnly(patrols.get(0));
        mvc.perform(post("/patrol/check-in/" + lake.id()).with(phone).with(csrf())
                        .param("clientId", checkIn).param("happenedAt", String.valueOf(when)))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("patrol", checkIn)).isEqualTo(1);
        String checkOut = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/patrol/check-out").with(phone).with(csrf()).param("checkInClientId", checkIn)
                            .param("clientId", checkOut).param("dissuaded", "2").param("hazardType", "CHILDREN_SWIMMING")
                            .param("severity", "HIGH").param("hazardDescription", "北岸有孩子玩水"))
                    .andExpect(status().is3xxRedirection());
        }
        var again = new com.carenext.patrol.CheckOut(2, null, null, List.of(new com.carenext.patrol.HazardReport(
                com.carenext.patrol.HazardType.CHILDREN_SWIMMING, com.carenext.patrol.Severity.HIGH, "北岸有孩子玩水")));
        List<Long> closed = atOnce(() -> patrol.sentCheckOut(self, checkIn, again, checkOut, clock.millis()).id());
        assertThat(closed).containsOnly(patrols.get(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patrol WHERE check_out_client_id = :c").param("c", checkOut)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard h JOIN patrol p ON p.id = h.patrol_id WHERE p.client_id = :c")
                .param("c", checkIn).query(Integer.class).single()).isEqualTo(1);
        LocalDateTime checkedIn = jdbc.sql("SELECT checked_in_at FROM patrol WHERE client_id = :c").param("c", checkIn)
                .query(java.sql.Timestamp.class).single().toLocalDateTime();
        assertThat(Duration.between(checkedIn, LocalDateTime.now(clock)).toHours()).isEqualTo(5L);
    }

    @Test
    void aCheckOutOfAPatrolClosedMeanwhileIsAConflictInWords() throws Exception {
        var patrol = com.carenext.patrol.PatrolTestData.of(context);
        var lake = patrol.register(world.managerAActor(), new com.carenext.patrol.WaterBodyDraft(world.villageA().id(),
                "（演示）河湾", com.carenext.patrol.WaterKind.RIVER, com.carenext.patrol.RiskTier.RED, null, null,
                "嘎查长", null));
        String checkIn = UUID.randomUUID().toString();
        mvc.perform(post("/patrol/check-in/" + lake.id()).with(phone).with(csrf()).param("clientId", checkIn))
                .andExpect(status().is3xxRedirection());
        // the village closed the patrol while the phone had no signal
        jdbc.sql("UPDATE patrol SET checked_out_at = checked_in_at WHERE client_id = :c").param("c", checkIn).update();
        String page = mvc.perform(post("/patrol/check-out").with(phone).with(csrf()).param("checkInClientId", checkIn)
                        .param("clientId", UUID.randomUUID().toString()).param("dissuaded", "1"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("这次巡逻已经结束了", "请告诉村里");
    }

    @Test
    void aStudyNoteSentTwiceFromThePageOrTheApiOrAtOnceIsOneNote() throws Exception {
        SessionView session = session();
        study.checkIn(self, session.checkInCode(), null, null);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/study-sessions/" + session.id() + "/notes").with(phone).with(csrf())
                            .param("body", "学了防溺水知识"))
                    .andExpect(status().is3xxRedirection());
        }
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/study-sessions/" + session.id() + "/notes")
                            .with(httpBasic(account.username(), Fixtures.PASSWORD)).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"暑期多到淖尔边转一转\"}"))
                    .andExpect(status().isOk());
        }
        List<Long> ids = atOnce(() -> study.writeNote(self, session.id(), "同时发出的心得").id());
        assertThat(ids).hasSize(AT_ONCE).containsOnly(ids.get(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM study_note WHERE study_session_id = :s").param("s", session.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(study.notes(self, session.id())).singleElement()
                .satisfies(note -> assertThat(note.body()).isEqualTo("同时发出的心得"));
    }

    @Test
    void patrolAndStudyCreatesSentTwiceThroughTheApiWithOneKeyAreOneRecordEach() throws Exception {
        var patrol = com.carenext.patrol.PatrolTestData.of(context);
        var lake = patrol.register(world.managerAActor(), new com.carenext.patrol.WaterBodyDraft(world.villageA().id(),
                "（演示）水库", com.carenext.patrol.WaterKind.RESERVOIR, com.carenext.patrol.RiskTier.RED, null, null,
                "嘎查长", null));
        String checkIn = UUID.randomUUID().toString();
        String checkOut = UUID.randomUUID().toString();
        String studyKey = UUID.randomUUID().toString();
        SessionView session = session();
        for (int i = 0; i < 2; i++) {
            mvc.perform(api("/api/v1/patrols", checkIn, "{\"waterBodyId\":" + lake.id() + "}"))
                    .andExpect(status().is2xxSuccessful());
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(api("/api/v1/patrols/check-out", checkOut, "{\"checkInKey\":\"" + checkIn + "\","
                            + "\"checkOut\":{\"dissuaded\":3,\"hazards\":[{\"type\":\"CHILDREN_SWIMMING\","
                            + "\"severity\":\"HIGH\",\"description\":\"南岸有孩子玩水\"}]}}"))
                    .andExpect(status().is2xxSuccessful());
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(api("/api/v1/study-sessions/check-in", studyKey,
                            "{\"code\":\"" + session.checkInCode() + "\"}"))
                    .andExpect(status().is2xxSuccessful());
        }
        assertThat(rows("patrol", checkIn)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patrol WHERE check_out_client_id = :c AND dissuaded = 3")
                .param("c", checkOut).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard h JOIN patrol p ON p.id = h.patrol_id WHERE p.client_id = :c")
                .param("c", checkIn).query(Integer.class).single()).isEqualTo(1);
        assertThat(rows("attendance", studyKey)).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.RequestBuilder api(String path, String key, String json) {
        return post(path).with(httpBasic(account.username(), Fixtures.PASSWORD)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private SessionView session() {
        return study.plan(world.officeActor(), new SessionDraft(world.town().id(), SessionKind.VOLUNTEER_TRAINING,
                "防溺水培训", SessionMode.OFFLINE, LocalDateTime.now(clock).minusMinutes(10), new BigDecimal("2"),
                "镇关工委", "镇政府会议室", null, null, List.of()));
    }

    int rows(String table, String clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE client_id = :c").param("c", clientId)
                .query(Integer.class).single();
    }

    /** The same call from several threads released together, as a phone's retries racing its first send. */
    static <T> List<T> atOnce(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
