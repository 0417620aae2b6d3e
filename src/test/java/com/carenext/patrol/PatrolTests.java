package com.carenext.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.activity.PhotoSamples;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerDraft;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CareNextTest
class PatrolTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    WaterBodies waterBodies;
    @Autowired
    Seasons seasons;
    @Autowired
    Rota rota;
    @Autowired
    PatrolLog patrolLog;
    @Autowired
    Hazards hazards;
    @Autowired
    CoverageReport coverageReport;
    @Autowired
    Alerts alerts;
    @Autowired
    Clock clock;

    Fixtures.Town world;
    UserView accountA;
    Actor elderA;
    VolunteerSummary volunteerA;
    VolunteerSummary partnerA;
    VolunteerSummary frailA;
    WaterBodyView redLake;
    WaterBodyView greenPond;

    @BeforeEach
    void aVillageWithTwoWaterBodiesAndItsVolunteers() {
        world = fixtures.town();
        int n = (int) world.town().id();
        accountA = fixtures.user("patrola" + n, world.villageA(), Role.VOLUNTEER);
        elderA = Fixtures.actor(accountA, world.villageA());
        volunteerA = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("巴特尔", world.villageA().id(), LocalDate.of(1952, 5, 6), accountA.id()));
        partnerA = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("其其格", world.villageA().id(), LocalDate.of(1955, 2, 3), null));
        VolunteerDraft frail = VolunteerTestData.draft("老阿爸", world.villageA().id(), LocalDate.of(1940, 1, 1), null);
        frailA = volunteers.register(world.managerAActor(), new VolunteerDraft(frail.name(), frail.gender(),
                frail.ethnicity(), frail.birthDate(), frail.phone(), frail.idNumber(), frail.organizationId(), false,
                frail.formerPost(), frail.categories(), frail.serviceRoles(), frail.specialties(), false,
                "腿脚不便", frail.joinedOn(), null, null));
        redLake = waterBodies.register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(), "巴嘎淖尔",
                WaterKind.NAOER, RiskTier.RED, new BigDecimal("38.9"), new BigDecimal("108.9"), "村主任", null));
        greenPond = waterBodies.register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(), "东坑塘",
                WaterKind.POND, RiskTier.GREEN, null, null, null, null));
    }

    CheckOut quietDay() {
        return new CheckOut(0, null, null, List.of());
    }

    @Test
    void checkingOutTwiceIsRefused() {
        PatrolView patrol = patrolLog.checkIn(elderA, redLake.id(), new BigDecimal("38.91"), new BigDecimal("108.92"));
        assertThat(patrol.isOpen()).isTrue();
        assertThat(patrol.latitude()).isEqualByComparingTo("38.91");

        PatrolView done = patrolLog.checkOut(elderA, patrol.id(), new CheckOut(2, null, "两名游客劝离", List.of()), List.of());
        assertThat(done.isOpen()).isFalse();
        assertThat(done.dissuaded()).isEqualTo(2);

        assertThatThrownBy(() -> patrolLog.checkOut(elderA, patrol.id(), new CheckOut(5, null, null, List.of()), List.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("patrol.checkOut.twice");
        assertThat(patrolLog.get(world.managerAActor(), patrol.id()).dissuaded()).isEqualTo(2);
    }

    @Test
    void checkInsSentAtOnceOpenOnePatrolTheDatabaseRefusesTheRest() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long body = i % 2 == 0 ? redLake.id() : greenPond.id();
            results.add(pool.submit(() -> {
                start.await();
                try {
                    patrolLog.checkIn(elderA, body, null, null);
                    return "opened";
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> result : results) {
            outcomes.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("opened").containsOnly("opened", "patrol.alreadyOpen");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patrol WHERE user_id = :u AND checked_out_at IS NULL")
                .param("u", accountA.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfHoldsOneOpenPatrolPerVolunteer() {
        PatrolView open = patrolLog.checkIn(elderA, redLake.id(), null, null);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id,
                          volunteer_name, user_id, checked_in_at) SELECT water_body_id, organization_id,
                          organization_path, volunteer_id, volunteer_name, user_id, checked_in_at FROM patrol WHERE id = :id""")
                .param("id", open.id()).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        patrolLog.checkOut(elderA, open.id(), quietDay(), List.of());
        assertThat(patrolLog.checkIn(elderA, greenPond.id(), null, null).isOpen()).isTrue();
    }

    @Test
    void oneOpenPatrolAtATimeAndOnlyOwnPatrolsAreCheckedOut() {
        PatrolView patrol = patrolLog.checkIn(elderA, redLake.id(), null, null);
        assertThatThrownBy(() -> patrolLog.checkIn(elderA, greenPond.id(), null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("patrol.alreadyOpen");
        UserView other = fixtures.user("otherelder" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        assertThatThrownBy(() -> patrolLog.checkOut(Fixtures.actor(other, world.villageA()), patrol.id(), quietDay(), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(patrolLog.openPatrol(elderA)).isPresent();
    }

    @Test
    void aVolunteerOfAnotherVillageCannotCheckInHere() {
        UserView accountB = fixtures.user("patrolb" + world.town().id(), world.villageB(), Role.VOLUNTEER);
        volunteers.register(world.managerBActor(),
                VolunteerTestData.draft("乌云", world.villageB().id(), LocalDate.of(1950, 1, 1), accountB.id()));
        assertThatThrownBy(() -> patrolLog.checkIn(Fixtures.actor(accountB, world.villageB()), redLake.id(), null, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRedTierShiftWithOneVolunteerIsRefused() {
        LocalDate day = LocalDate.now(clock).plusDays(1);
        assertThatThrownBy(() -> rota.assign(world.managerAActor(), redLake.id(), day, List.of(volunteerA.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("patrol.shift.redNeedsTwo");
        // the same one named twice is still one person
        assertThatThrownBy(() -> rota.assign(world.managerAActor(), redLake.id(), day,
                List.of(volunteerA.id(), volunteerA.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("patrol.shift.redNeedsTwo");
        assertThat(rota.rota(world.managerAActor(), day, day)).isEmpty();
        assertThat(rota.rota(world.managerAActor(), day, day, 0).total()).isZero();

        ShiftView shift = rota.assign(world.managerAActor(), redLake.id(), day, List.of(volunteerA.id(), partnerA.id()));
        assertThat(shift.volunteerNames()).containsExactlyInAnyOrder("巴特尔", "其其格");
        assertThat(rota.assign(world.managerAActor(), greenPond.id(), day, List.of(partnerA.id())).volunteerNames())
                .containsExactly("其其格");
    }

    @Test
    void onlyVolunteersFitForPatrolAreAssignedAndEachSeesOwnShifts() {
        LocalDate day = LocalDate.now(clock).plusDays(2);
        assertThatThrownBy(() -> rota.assign(world.managerAActor(), greenPond.id(), day, List.of(frailA.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("patrol.shift.notFit");
        rota.assign(world.managerAActor(), redLake.id(), day, List.of(volunteerA.id(), partnerA.id()));
        assertThat(rota.myShifts(elderA)).singleElement()
                .satisfies(shift -> assertThat(shift.waterBodyName()).isEqualTo("巴嘎淖尔"));
        assertThatThrownBy(() -> rota.assign(world.managerBActor(), redLake.id(), day,
                List.of(volunteerA.id(), partnerA.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHazardIsTheVillageManagersFollowUpUntilClosed() {
        PatrolView patrol = patrolLog.checkIn(elderA, redLake.id(), null, null);
        patrolLog.checkOut(elderA, patrol.id(), new CheckOut(1, "救生圈缺失", null,
                List.of(new HazardReport(HazardType.NO_WARNING_SIGN, Severity.HIGH, "北岸警示牌倒了"))), List.of());

        List<HazardView> open = hazards.hazards(world.managerAActor(), true, null, 50);
        assertThat(open).singleElement().satisfies(h -> {
            assertThat(h.description()).isEqualTo("北岸警示牌倒了");
            assertThat(h.waterBodyName()).isEqualTo("巴嘎淖尔");
        });
        assertThat(hazards.hazards(world.managerBActor(), true, null, 50)).isEmpty();
        assertThat(alerts.alerts(world.officeActor(), 0).openHazards()).isEqualTo(1);

        HazardView closed = hazards.close(world.managerAActor(), open.get(0).id(), "已重新立牌", open.get(0).version());
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedBy()).as("a person is shown by name, not by login")
                .isEqualTo(world.managerAActor().displayName());
        assertThat(hazards.hazards(world.managerAActor(), true, null, 50)).isEmpty();
        assertThatThrownBy(() -> hazards.close(world.managerAActor(), closed.id(), "再次", null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("patrol.hazard.closed");
    }

    @Test
    void theEXifLocationIsGoneFromAStoredHazardPhoto() {
        PatrolView patrol = patrolLog.checkIn(elderA, redLake.id(), null, null);
        List<InputStream> photos = List.of(new ByteArrayInputStream(PhotoSamples.jpegWithGpsExif()));
        patrolLog.checkOut(elderA, patrol.id(), new CheckOut(0, null, null,
                List.of(new HazardReport(HazardType.CHILDREN_SWIMMING, Severity.HIGH, "有孩子在浅滩玩水"))), photos);

        HazardView hazard = hazards.hazards(world.managerAActor(), true, null, 5).get(0);
        assertThat(hazard.hasPhoto()).isTrue();
        byte[] stored = hazards.photo(world.managerAActor(), hazard.id(), false).orElseThrow();
        assertThat(PhotoSamples.contains(stored, "Exif")).isFalse();
        assertThat(PhotoSamples.contains(stored, "GPS")).isFalse();
        assertThat(PhotoSamples.hasApp1(stored)).isFalse();
        assertThatThrownBy(() -> hazards.photo(world.managerBActor(), hazard.id(), true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRefusedPhotoLeavesThePatrolOpen() {
        PatrolView patrol = patrolLog.checkIn(elderA, redLake.id(), null, null);
        assertThatThrownBy(() -> patrolLog.checkOut(elderA, patrol.id(), new CheckOut(0, null, null,
                        List.of(new HazardReport(HazardType.OTHER, Severity.LOW, "x"))),
                List.of(new ByteArrayInputStream(PhotoSamples.SCRIPT))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("file.type.photo");
        assertThat(patrolLog.get(elderA, patrol.id()).isOpen()).isTrue();
    }

    @Test
    void coverageCountsCheckedOutPatrolsAgainstTheConfiguredSeason() {
        LocalDate today = LocalDate.now(clock);
        Season whole = new Season(today.getYear(), LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31), Season.DAILY, 3, 1, seasons.season(world.officeActor(), today.getYear()).version());
        seasons.configure(world.officeActor(), whole);
        // the town's season holds for its villages, not for another town
        assertThat(seasons.season(world.managerAActor(), today.getYear()).startsOn()).isEqualTo(whole.startsOn());
        assertThat(seasons.season(fixtures.town().officeActor(), today.getYear()))
                .isEqualTo(Season.standard(today.getYear()));
        PatrolView patrol = patrolLog.checkIn(elderA, redLake.id(), null, null);
        assertThat(lineOf(coverageReport.coverage(world.officeActor(), null, today, today), redLake).done()).isZero();
        patrolLog.checkOut(elderA, patrol.id(), quietDay(), List.of());

        Coverage.Line red = lineOf(coverageReport.coverage(world.officeActor(), null, today, today), redLake);
        assertThat(red.required()).isEqualTo(1);
        assertThat(red.done()).isEqualTo(1);
        assertThat(red.gaps()).isEmpty();
        assertThat(lineOf(coverageReport.coverage(world.managerBActor(), null, today, today), redLake)).isNull();
        assertThatThrownBy(() -> seasons.configure(world.managerAActor(), whole))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aPatrolOpenTooLongAndAWaterBodyBehindThisWeekRaiseAlerts() {
        LocalDate today = LocalDate.now(clock);
        seasons.configure(world.officeActor(), new Season(today.getYear(), LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31), Season.DAILY, 3, 1,
                seasons.season(world.officeActor(), today.getYear()).version()));
        PatrolView patrol = patrolLog.checkIn(elderA, greenPond.id(), null, null);
        assertThat(alerts.alerts(world.officeActor(), 0).openTooLong().rows()).isEmpty();
        // an old volunteer checked in five hours ago and has not come back
        jdbc.sql("UPDATE patrol SET checked_in_at = :at WHERE id = :id")
                .param("at", java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(clock).minusHours(5)))
                .param("id", patrol.id()).update();

        PatrolAlerts town = alerts.alerts(world.officeActor(), 0);
        assertThat(town.openTooLong().rows()).extracting(PatrolView::id).containsExactly(patrol.id());
        assertThat(town.behindThisWeek()).extracting(line -> line.body().id()).contains(redLake.id());
        assertThat(alerts.alerts(world.managerBActor(), 0).openTooLong().rows()).isEmpty();
        assertThat(alerts.alerts(world.managerBActor(), 0).behindThisWeek()).isEmpty();
    }

    @Test
    void alertsReadTheWeeksPatrolsOnceForEveryWaterBody() throws Exception {
        LocalDate today = LocalDate.now(clock);
        seasons.configure(world.officeActor(), new Season(today.getYear(), LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31), Season.DAILY, 3, 1,
                seasons.season(world.officeActor(), today.getYear()).version()));
        PatrolAlerts before = alerts.alerts(world.officeActor(), 0);
        boolean h2;
        try (var connection = dataSource.getConnection()) {
            h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(h2, "H2's query statistics count the statements");
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        try {
            PatrolAlerts after = alerts.alerts(world.officeActor(), 0);
            assertThat(after.behindThisWeek()).hasSameSizeAs(before.behindThisWeek()).isNotEmpty();
            int patrolReads = jdbc.sql("""
                            SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS
                            WHERE SQL_STATEMENT LIKE 'SELECT water_body_id, CAST(checked_in_at AS DATE)%FROM patrol%'""")
                    .query(Integer.class).single();
            assertThat(patrolReads).isEqualTo(1);
        } finally {
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Coverage.Line lineOf(List<Coverage.Line> lines, WaterBodyView body) {
        return lines.stream().filter(l -> l.body().id() == body.id()).findFirst().orElse(null);
    }
}
