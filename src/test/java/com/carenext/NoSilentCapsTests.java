package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.carenext.publicity.CorrespondentView;
import com.carenext.publicity.Correspondents;
import com.carenext.study.StudyFigures;
import com.carenext.study.StudyStatistics;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.support.Numbers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Lists that used to stop at a cap (study per person at 10,000 五老, water bodies at 2,000, correspondents at 1,000)
 * are paged in SQL with the exact total: rows past the old cap appear on the later pages, and the pages say how
 * many there are. The rows are generated set-based (INSERT ... SELECT), not by service calls.
 */
@CareNextTest
class NoSilentCapsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudyStatistics statistics;

    @Autowired
    Correspondents correspondents;
    @Autowired
    Clock clock;

    Fixtures.Town world;
    RequestPostProcessor manager;

    @BeforeEach
    void aVillage() throws Exception {
        world = fixtures.town();
        manager = Fixtures.login(mvc, world.managerA().username());
    }

    @Test
    void studyFiguresPerPersonReachPastTenThousandPeople() throws Exception {
        int people = 10_050;
        activeInVillageA("批量", people, false);
        int year = LocalDate.now(clock).getYear();
        int lastPage = (people - 1) / StudyStatistics.PEOPLE_PAGE;

        var last = statistics.perPerson(world.managerAActor(), year, lastPage);
        assertThat(last.total()).isEqualTo(people);
        assertThat(last.rows()).extracting(StudyFigures::name).contains("批量" + (10_000 + people - 1));
        assertThat(last.hasNext()).isFalse();
        assertThat(statistics.perPerson(world.managerAActor(), year, lastPage + 1).rows()).isEmpty();

        String page = mvc.perform(get("/study-sessions/figures").param("page", String.valueOf(lastPage)).with(manager))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("批量" + (10_000 + people - 1), "共 10,050 条", "per-person-previous");
        String json = mvc.perform(get("/api/v1/study-sessions/figures/people").param("page", String.valueOf(lastPage))
                .with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":" + people, "批量" + (10_000 + people - 1));
    }

    @Test
    void waterBodiesReachPastTwoThousand() throws Exception {
        int bodies = 2_050;
        pondsInVillageA("水域", "N", bodies, "YELLOW");
        String page = mvc.perform(get("/water-bodies").param("page", "20").with(manager)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("水域" + (10_000 + bodies - 1), "共 2,050 条，本页第 2,001–2,050 条",
                "water-bodies-previous").doesNotContain("water-bodies-next");
        String json = mvc.perform(get("/api/v1/water-bodies").param("page", "20").with(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains("\"total\":" + bodies, "水域" + (10_000 + bodies - 1));
    }

    @Test
    void correspondentsReachPastOneThousand() throws Exception {
        int count = 1_050;
        jdbc.sql("INSERT INTO correspondent (organization_id, organization_path, name, grid, active, version, "
                        + "created_at, updated_at) SELECT :organization, :path, '通讯员' || CAST(10000 + n.i AS VARCHAR(10)), "
                        + "'网格', TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + Numbers.below(count, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path()).update();
        Set<String> names = new HashSet<>();
        int pages = 0;
        for (var page = correspondents.page(world.managerAActor(), false, 0); !page.rows().isEmpty();
             page = correspondents.page(world.managerAActor(), false, page.page() + 1)) {
            assertThat(page.total()).isEqualTo(count);
            page.rows().stream().map(CorrespondentView::name).forEach(names::add);
            pages++;
        }
        assertThat(names).hasSize(count);
        assertThat(pages).isEqualTo(21);
        assertThat(correspondents.list(world.managerAActor(), false)).hasSize(count);
        String page = mvc.perform(get("/publicity/correspondents").param("page", "20").with(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("共 1,050 条，本页第 1,001–1,050 条", "correspondents-previous");
        String json = mvc.perform(get("/api/v1/correspondents").param("page", "20").with(manager))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":" + count);
    }

    @Test
    void serviceHourTotalsReachPastFiveHundredPeople() throws Exception {
        int people = 520;
        activeInVillageA("时长", people, false);
        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        // The person with the fewest hours (1.0) is the last row of the last page; the others have 2.0.
        jdbc.sql("INSERT INTO service_hour (volunteer_id, organization_id, organization_path, served_on, description, "
                        + "hours, status, version, created_at) SELECT id, organization_id, organization_path, :day, '巡河', "
                        + "CASE WHEN name = '时长10000' THEN 1.0 ELSE 2.0 END, 'APPROVED', 0, CURRENT_TIMESTAMP "
                        + "FROM volunteer WHERE organization_id = :organization AND name LIKE '时长%'")
                .param("organization", world.villageA().id()).param("day", day).update();
        int lastPage = (people - 1) / com.carenext.volunteer.ServiceHours.TOTALS_PAGE;

        String page = mvc.perform(get("/service-hours").param("year", String.valueOf(day.getYear()))
                .param("page", String.valueOf(lastPage)).with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("时长10000", "共 520 条，本页第 501–520 条", "totals-person-previous")
                .doesNotContain("totals-person-next");
        String json = mvc.perform(get("/api/v1/service-hours/totals").param("year", String.valueOf(day.getYear()))
                .param("page", String.valueOf(lastPage)).with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":" + people, "时长10000");
        String units = mvc.perform(get("/api/v1/service-hours/totals").param("year", String.valueOf(day.getYear()))
                .param("by", "organization").with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(units).contains("\"total\":1", "\"entries\":" + people);
    }

    @Test
    void pastFiftyUnitsTheChartSaysSoAndEveryUnitsStudyRateIsItsOwn() throws Exception {
        int units = com.carenext.volunteer.VolunteerStatistics.CHART_UNITS + 2;
        for (int u = 0; u < units; u++) {
            fixtures.organization(world.officeActor(), world.town(), "丙" + u + "村关工委",
                    com.carenext.organization.OrganizationType.VILLAGE_COMMITTEE);
        }
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) "
                        + "SELECT id, path, '图表' || name, FALSE, 'VETERAN_TEACHER', '', FALSE, 'ACTIVE', 0, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM organization WHERE parent_id = :town AND name LIKE '丙%'")
                .param("town", world.town().id()).update();
        String page = mvc.perform(get("/volunteers/statistics").with(Fixtures.login(mvc, world.office().username())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("图中为在册人数最多的 50 个单位（共 52 个单位有在册五老）");

        // A unit outside the chart's 50 still has its own 五老 behind its study rate: its one person came, 100 %.
        long last = jdbc.sql("SELECT MAX(id) FROM organization WHERE parent_id = :town AND name LIKE '丙%'")
                .param("town", world.town().id()).query(Long.class).single();
        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        studySession("学习", day.atTime(9, 0), "C");
        jdbc.sql("INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id, "
                        + "organization_path, method, recorded_by, checked_in_at) SELECT s.id, v.id, v.name, "
                        + "v.organization_id, v.organization_path, 'ROLL_CALL', 'test', s.starts_at FROM study_session s, "
                        + "volunteer v WHERE s.organization_id = :town AND v.organization_id = :last")
                .param("town", world.town().id()).param("last", last).update();
        assertThat(statistics.perOrganization(world.officeActor(), day.getYear(), 0).rows())
                .filteredOn(figures -> figures.id() == last).singleElement()
                .satisfies(figures -> assertThat(figures.ratePercent()).isEqualTo(100));
        String json = mvc.perform(get("/api/v1/volunteers/statistics").with(manager)).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"organizations\":0");
    }

    @Test
    void theRollCallListsItsTargetUnitsPeopleAndSaysWhenThereAreMore() throws Exception {
        int people = com.carenext.study.StudySessions.ROLL_CALL_LIMIT + 10;
        activeInVillageA("点名", people, false);
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) VALUES (:organization, "
                        + ":path, '乙村老党员', FALSE, 'VETERAN_TEACHER', '', FALSE, 'ACTIVE', 0, CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP)")
                .param("organization", world.villageB().id()).param("path", world.villageB().path()).update();
        long session = studySession("点名学习", LocalDate.now(clock).atTime(9, 0), "R");
        jdbc.sql("INSERT INTO study_session_target (study_session, organization_id, organization_path) "
                        + "VALUES (:session, :organization, :path)")
                .param("session", session).param("organization", world.villageA().id())
                .param("path", world.villageA().path()).update();

        String page = mvc.perform(get("/study-sessions/{id}", session)
                .with(Fixtures.login(mvc, world.office().username()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("点名10000", "应参学的五老超过 500 人，这里按姓名列出前 500 人")
                .doesNotContain("乙村老党员", "点名" + (10_000 + people - 1));
    }

    @Autowired
    com.carenext.volunteer.Recruitment recruitment;

    @Test
    void pendingApplicationsReachPastTwoHundred() throws Exception {
        var first = recruitment.submit(new com.carenext.volunteer.ApplicationDraft("报名", "女",
                LocalDate.of(1957, 3, 4), "13655556666", null, world.villageA().id(), "退休教师",
                Set.of(com.carenext.volunteer.Category.VETERAN_TEACHER), null), "10.9.0." + world.town().id() % 200);
        int more = 209;
        // copies of the first (its phone stays encrypted as stored), named after their order
        jdbc.sql("INSERT INTO volunteer_application (organization_id, organization_path, name, gender, birth_date, phone, "
                        + "phone_hash, categories, status, submitted_at, version) SELECT a.organization_id, "
                        + "a.organization_path, '报名' || CAST(10000 + n.i AS VARCHAR(10)), a.gender, a.birth_date, a.phone, "
                        + "a.phone_hash, a.categories, a.status, a.submitted_at, 0 FROM volunteer_application a, "
                        + Numbers.below(more, "n") + " WHERE a.id = :id")
                .param("id", first.id()).update();
        String page = mvc.perform(get("/volunteer-applications").param("page", "4").with(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("共 210 条，本页第 201–210 条", "applications-previous");
        assertThat(page.split("通过并登记为五老", -1)).as("applications on the last page").hasSize(10 + 1);
        String json = mvc.perform(get("/api/v1/volunteer-applications").param("page", "4").with(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains("\"total\":210", "\"page\":4");
    }

    @Autowired
    com.carenext.publicity.PublicityScores scores;

    /**
     * The publicity statistics of a town with 62 ranked units: 60 generated villages, the n-th with n adopted articles
     * at 镇 level (n points, no caps), the first also published at 旗 level (3 points, tied with the third), and the
     * fixture's villages A and B without articles (below their quota, -2 each, ranked last). The page holds 50 rows;
     * page 2 goes on at rank 51; the totals of every page are the town's (A and B, the one 旗-level article and the
     * 镇-level adoptions are all on page 2).
     */
    @Test
    void publicityStatisticsArePagedWithGlobalRanksAndTheWholeTownsTotals() throws Exception {
        java.time.YearMonth month = java.time.YearMonth.of(2023, 6);
        // the default rules without the monthly cap, so that every village's points differ
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/publicity/rules/2023")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"townPoints\":1,\"bannerPoints\":3,\"cityPoints\":5,\"regionPoints\":8,"
                                + "\"nationalPoints\":10,\"newsPoints\":0,\"featurePoints\":1,\"researchPoints\":2,"
                                + "\"otherPoints\":0,\"counting\":\"HIGHEST_ONLY\",\"villageQuota\":1,"
                                + "\"communityQuota\":1,\"schoolQuota\":0,\"partnerQuota\":0,\"penaltyPerMissing\":2,"
                                + "\"monthlyCap\":null,\"yearlyCap\":null,\"commendTop\":3,\"commendThreshold\":20,"
                                + "\"commendCorrespondentTop\":5,\"commendCorrespondentThreshold\":10,"
                                + "\"criticizeMissedMonths\":3,\"documentPrefix\":\"乌召关工宣\",\"version\":null}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        int units = 60;
        String town = world.town().path();
        jdbc.sql("INSERT INTO organization (id, parent_id, name, type, path, depth, sort_order, active, version, "
                        + "created_at, updated_at) SELECT nextval('organization_seq'), :town, '丁' || CAST(1 + n.i AS "
                        + "VARCHAR(10)) || '村关工委', 'VILLAGE_COMMITTEE', :path || 'new' || CAST(n.i AS VARCHAR(10)) || '/', "
                        + "2, 1 + n.i, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + Numbers.below(units, "n"))
                .param("town", world.town().id()).param("path", town).update();
        jdbc.sql("UPDATE organization SET path = :path || CAST(id AS VARCHAR(20)) || '/' WHERE parent_id = :town "
                        + "AND path LIKE :fresh").param("path", town).param("town", world.town().id())
                .param("fresh", town + "new%").update();
        // the n-th village (sort_order n) writes n articles, all adopted and published at 镇 level
        jdbc.sql("INSERT INTO article (organization_id, organization_path, title, kind, article_date, status, version, "
                        + "created_at, updated_at) SELECT o.id, o.path, '批量稿件', 'NEWS', :day, 'ADOPTED', 0, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM organization o CROSS JOIN " + Numbers.below(units, "n")
                        + " WHERE o.parent_id = :town AND o.name LIKE '丁%' AND n.i < o.sort_order")
                .param("day", month.atDay(10)).param("town", world.town().id()).update();
        jdbc.sql("INSERT INTO article_publication (article, article_key, outlet_level, outlet, published_on) "
                        + "SELECT a.id, 0, 'TOWN', '镇公众号', a.article_date FROM article a "
                        + "WHERE a.organization_path LIKE :scope AND a.title = '批量稿件'")
                .param("scope", town + "%").update();
        long first = jdbc.sql("SELECT id FROM organization WHERE parent_id = :town AND sort_order = 1 AND name LIKE '丁%'")
                .param("town", world.town().id()).query(Long.class).single();
        jdbc.sql("INSERT INTO article_publication (article, article_key, outlet_level, outlet, published_on) "
                        + "SELECT a.id, 1, 'BANNER', '乌审旗融媒', a.article_date FROM article a WHERE a.organization_id = :id")
                .param("id", first).update();
        int articles = units * (units + 1) / 2;

        var all = scores.month(world.officeActor(), month, false).organizations();
        assertThat(all).hasSize(units + 2);
        var one = scores.monthPage(world.officeActor(), month, 0, 0, false);
        var two = scores.monthPage(world.officeActor(), month, 1, 0, false);
        assertThat(one.organizations().rows()).hasSize(50).isEqualTo(all.subList(0, 50));
        assertThat(two.organizations().rows()).isEqualTo(all.subList(50, units + 2));
        assertThat(two.organizations().rows()).extracting(com.carenext.publicity.OrganizationScore::rank)
                .containsExactly(51, 52, 53, 54, 55, 56, 57, 58, 58, 60, 61, 61);
        for (var page : java.util.List.of(one, two)) {
            assertThat(page.organizations().total()).isEqualTo(units + 2);
            assertThat(page.missedQuota()).as("A and B, both on page 2").isEqualTo(2);
            assertThat(page.bannerOrAbove()).isEqualTo(1);
            assertThat(page.adoptedByLevel().get(com.carenext.publicity.OutletLevel.TOWN)).isEqualTo(articles);
            assertThat(page.adoptedByLevel().get(com.carenext.publicity.OutletLevel.BANNER)).isEqualTo(1);
            assertThat(page.points()).isEqualTo(all.stream()
                    .mapToInt(com.carenext.publicity.OrganizationScore::points).sum());
            assertThat(page.adopted()).isEqualTo(articles);
        }
        assertThat(scores.monthPage(world.officeActor(), month, 2, 0, false).organizations())
                .satisfies(past -> assertThat(past.rows()).isEmpty())
                .satisfies(past -> assertThat(past.total()).isEqualTo(units + 2));

        var office = Fixtures.login(mvc, world.office().username());
        String page = mvc.perform(get("/publicity/statistics").param("month", month.toString()).with(office))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("<tr id=\"score-", -1)).as("rows on page 1").hasSize(50 + 1);
        assertThat(page).contains("共 62 条，本页第 1–50 条", "organization-scores-next", "id=\"missed-quota\">2<");
        page = mvc.perform(get("/publicity/statistics").param("month", month.toString()).param("page", "1")
                .with(office)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 62 条，本页第 51–62 条", "organization-scores-previous", "id=\"missed-quota\">2<")
                .containsPattern("<tr id=\"score-" + world.villageB().id() + "\">\\s*<td>61</td>")
                .doesNotContain("organization-scores-next");
        // the explanation of a row on page 2 loads as on page 1
        assertThat(mvc.perform(get("/publicity/statistics/explanation").param("month", month.toString())
                .param("organizationId", String.valueOf(first)).with(office)).andReturn().getResponse()
                .getContentAsString()).contains("旗级", "批量稿件");
        String json = mvc.perform(get("/api/v1/publicity/statistics").param("month", month.toString()).param("page", "1")
                .with(office)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":62", "\"rank\":51,", "\"missedQuota\":2");
    }

    @Test
    void publicityStatisticsPageTheCorrespondentsOfTheTownOffice() throws Exception {
        jdbc.sql("INSERT INTO correspondent (organization_id, organization_path, name, grid, active, version, "
                        + "created_at, updated_at) SELECT :organization, :path, '宣传员' || CAST(10000 + n.i AS VARCHAR(10)), "
                        + "'网格', TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + Numbers.below(60, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path()).update();
        long count = jdbc.sql("SELECT COUNT(*) FROM correspondent WHERE organization_path LIKE :scope")
                .param("scope", world.town().path() + "%").query(Long.class).single();
        var month = java.time.YearMonth.of(2023, 6);
        var second = scores.monthPage(world.officeActor(), month, 0, 1, false).correspondents();
        assertThat(second.total()).isEqualTo(count);
        assertThat(second.rows()).hasSize((int) count - 50).first()
                .satisfies(row -> assertThat(row.rank()).isEqualTo(1)); // nobody wrote: all share rank 1
        String page = mvc.perform(get("/publicity/statistics").param("month", month.toString())
                .param("correspondentPage", "1").with(Fixtures.login(mvc, world.office().username())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 " + count + " 条，本页第 51–" + count + " 条", "correspondent-scores-previous");
        assertThat(scores.monthPage(world.managerAActor(), month, 0, 0, false).correspondents().total()).isZero();
    }

    /** {@code count} active 五老 of village A named prefix10000, prefix10001, ..., generated in one statement. */
    private void activeInVillageA(String prefix, int count, boolean fitForPatrol) {
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) "
                        + "SELECT :organization, :path, :prefix || CAST(10000 + n.i AS VARCHAR(10)), FALSE, "
                        + "'VETERAN_TEACHER', '', :fit, 'ACTIVE', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(count, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("prefix", prefix).param("fit", fitForPatrol).update();
    }

    /** A study session the town held (its code: the letter and the town's id); its id. */
    private long studySession(String topic, java.time.LocalDateTime at, String codeLetter) {
        jdbc.sql("INSERT INTO study_session (organization_id, organization_path, kind, topic, mode, starts_at, hours, "
                        + "organizer, check_in_code, version, created_at) VALUES (:town, :path, 'STUDY', :topic, "
                        + "'OFFLINE', :at, 2.0, '镇关工委', :code, 0, CURRENT_TIMESTAMP)")
                .param("town", world.town().id()).param("path", world.town().path()).param("topic", topic)
                .param("at", at).param("code", codeLetter + world.town().id() % 1_000_000).update();
        return jdbc.sql("SELECT id FROM study_session WHERE organization_id = :town AND topic = :topic")
                .param("town", world.town().id()).param("topic", topic).query(Long.class).single();
    }

    /** {@code count} ponds of village A named prefix10000, ..., their check-in codes from the letter; one statement. */
    private void pondsInVillageA(String prefix, String codeLetter, int count, String tier) {
        jdbc.sql("INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, check_in_code, "
                        + "version, created_at) SELECT :organization, :path, :prefix || CAST(10000 + n.i AS VARCHAR(10)), "
                        + "'POND', :tier, :letter || CAST(:base + n.i AS VARCHAR(10)), 0, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(count, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("prefix", prefix).param("tier", tier).param("letter", codeLetter)
                .param("base", world.villageA().id() % 900 * 10_000).update();
    }

    /** A water body of village A, registered in SQL; its id. */
    private long waterBody(String name, String tier) {
        jdbc.sql("INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, check_in_code, "
                        + "version, created_at) VALUES (:organization, :path, :name, 'POND', :tier, :code, 0, CURRENT_TIMESTAMP)")
                .param("organization", world.villageA().id()).param("path", world.villageA().path()).param("name", name)
                .param("tier", tier).param("code", "W" + world.villageA().id() + name.hashCode() % 1000).update();
        return jdbc.sql("SELECT id FROM water_body WHERE organization_id = :organization AND name = :name")
                .param("organization", world.villageA().id()).param("name", name).query(Long.class).single();
    }

    @Test
    void patrolAlertsCountEveryOpenPatrolAndHazardAndThePagesReachTheLast() throws Exception {
        long body = waterBody("超时淖尔", "YELLOW");
        int patrols = 110;
        // open for more than five hours, each by another person; 超时10000 checked in first, 超时10109 last
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock).withNano(0);
        jdbc.sql("INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id, volunteer_name, "
                        + "user_id, checked_in_at) SELECT :body, :organization, :path, :people + n.i, "
                        + "'超时' || CAST(10000 + n.i AS VARCHAR(10)), :people + n.i, :at FROM " + Numbers.below(patrols, "n"))
                .param("body", body).param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("people", 9_000_000_000L + world.villageA().id() * 1_000L)
                .param("at", java.sql.Timestamp.valueOf(now.minusHours(8))).update();
        for (var checkedIn : java.util.Map.of("超时10000", now.minusHours(9), "超时10109", now.minusHours(7)).entrySet()) {
            jdbc.sql("UPDATE patrol SET checked_in_at = :at WHERE water_body_id = :body AND volunteer_name = :name")
                    .param("at", java.sql.Timestamp.valueOf(checkedIn.getValue())).param("body", body)
                    .param("name", checkedIn.getKey()).update();
        }
        // two hazards reported on each patrol: 220 open, past the old 100 of the alerts and 200 of the list
        jdbc.sql("INSERT INTO hazard (patrol_id, water_body_id, organization_id, organization_path, hazard_type, "
                        + "severity, description, reported_at, status, version) SELECT p.id, p.water_body_id, "
                        + "p.organization_id, p.organization_path, 'OTHER', 'LOW', '隐患' || p.volunteer_name || "
                        + "CAST(n.i AS VARCHAR(1)), p.checked_in_at, 'OPEN', 0 FROM patrol p, " + Numbers.below(2, "n")
                        + " WHERE p.water_body_id = :body")
                .param("body", body).update();
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());

        String overview = mvc.perform(get("/patrol").param("openPage", "2").with(office)).andReturn().getResponse()
                .getContentAsString();
        assertThat(overview).contains("仍未签退的巡逻共 110 次", "超时10109", "共 110 条，本页第 101–110 条",
                "open-too-long-previous", "有 220 条隐患尚未销号").doesNotContain("超时10000");
        String json = mvc.perform(get("/api/v1/patrols/alerts").param("page", "2").with(office)).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains("\"total\":110", "\"openHazards\":220", "超时10109");

        // the hazards list, page by page (by key): every one of the 220, the count on each page
        Set<String> seen = new HashSet<>();
        String before = null;
        int pages = 0;
        do {
            var request = get("/hazards").with(office);
            String page = mvc.perform(before == null ? request : request.param("before", before)).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).contains("未销号的隐患共 220 条");
            java.util.regex.Matcher descriptions = java.util.regex.Pattern.compile("隐患超时1\\d{4}[01]").matcher(page);
            while (descriptions.find()) {
                seen.add(descriptions.group());
            }
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"hazards-next\"[^>]*before=(\\d+)")
                    .matcher(page);
            before = next.find() ? next.group(1) : null;
            pages++;
        } while (before != null && pages < 10);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(220).contains("隐患超时100000");
    }

    @Test
    void theRotaFindsAndTakesAnyOfMoreThanAThousandFitPeopleWithoutListingThem() throws Exception {
        long body = waterBody("轮班淖尔", "YELLOW");
        int people = 1_010;
        activeInVillageA("巡逻", people, true);
        long last = jdbc.sql("SELECT id FROM volunteer WHERE organization_id = :organization AND name = :name")
                .param("organization", world.villageA().id()).param("name", "巡逻" + (10_000 + people - 1))
                .query(Long.class).single();

        // the page holds none of them: its picker searches on demand
        String page = mvc.perform(get("/water-bodies/{id}", body).with(manager)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("/water-bodies/" + body + "/patrollers").doesNotContain("巡逻10000");
        String first = mvc.perform(get("/water-bodies/{id}/patrollers", body).param("multiple", "true").with(manager))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("巡逻10000", "只列出前 20 个").doesNotContain("巡逻10020");
        String found = mvc.perform(get("/water-bodies/{id}/patrollers", body).param("multiple", "true")
                .param("q", "巡逻11009").with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("巡逻11009", "value=\"" + last + "\"");

        // the 1,010th by name may stand on a shift (he was beyond the 1,000 the rota read)
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/water-bodies/{id}/shifts", body)
                .param("day", LocalDate.now(clock).toString()).param("volunteerIds", String.valueOf(last))
                .with(manager).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        assertThat(jdbc.sql("SELECT m.volunteer_name FROM patrol_shift_member m JOIN patrol_shift s "
                        + "ON s.id = m.patrol_shift_id WHERE s.water_body_id = :body").param("body", body)
                .query(String.class).list()).containsExactly("巡逻11009");
    }

    @Test
    void aBasesMaterialsAndVisitsArePagedWithTheirCounts() throws Exception {
        var base = fixtures.organization(world.officeActor(), world.town(), "大寨基地",
                com.carenext.organization.OrganizationType.EDUCATION_BASE);
        int materials = 210;
        int visits = 510;
        jdbc.sql("INSERT INTO story_material (organization_id, organization_path, kind, title, body, tags, version, "
                        + "created_by, created_at) SELECT :base, :path, 'RED_STORY', '故事' || CAST(10000 + n.i AS VARCHAR(10)), "
                        + "'讲述', ',', 0, 'test', CURRENT_TIMESTAMP FROM " + Numbers.below(materials, "n"))
                .param("base", base.id()).param("path", base.path()).update();
        LocalDate day = LocalDate.now(clock).withDayOfYear(1);
        jdbc.sql("INSERT INTO base_visit (base_id, organization_path, visited_on, visiting_group, students, adults, "
                        + "created_by, created_at) SELECT :base, :path, :day, '参观团' || CAST(10000 + n.i AS VARCHAR(10)), 2, 1, "
                        + "'test', CURRENT_TIMESTAMP FROM " + Numbers.below(visits, "n"))
                .param("base", base.id()).param("path", base.path()).param("day", day).update();
        long oldestMaterial = jdbc.sql("SELECT MIN(id) FROM story_material WHERE organization_id = :base")
                .param("base", base.id()).query(Long.class).single();
        long oldestVisit = jdbc.sql("SELECT MIN(id) FROM base_visit WHERE base_id = :base")
                .param("base", base.id()).query(Long.class).single();
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());

        String page = mvc.perform(get("/education-bases/{id}", base.id()).param("materialPage", "4")
                .param("visitPage", "10").with(office)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 210 条，本页第 201–210 条", "/materials/" + oldestMaterial + "\"",
                "共 510 条，本页第 501–510 条", "base-materials-previous", "visits-previous",
                day.getYear() + " 年");
        String json = mvc.perform(get("/api/v1/education-bases/{id}", base.id()).param("materialPage", "4")
                .with(office)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":210", "\"total\":510", "\"visits\":510", "\"students\":1020");
        String last = mvc.perform(get("/api/v1/education-bases/{id}/visits", base.id()).param("page", "10")
                .with(office)).andReturn().getResponse().getContentAsString();
        assertThat(last).contains("\"total\":510", "\"id\":" + oldestVisit + ",");
    }

    @Test
    void studyFiguresPerOrganizationArePagedWithTheCountOfUnits() throws Exception {
        int units = com.carenext.study.StudyStatistics.ORGANIZATIONS_PAGE + 10;
        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        long session = studySession("单位学习", day.atTime(9, 0), "U");
        // one person from each of 60 units under village A: one attendance each, so the unit ids decide the order
        long firstUnit = 8_000_000_000L + world.villageA().id() * 1_000L;
        jdbc.sql("INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id, "
                        + "organization_path, method, recorded_by, checked_in_at) SELECT :session, :unit + n.i, '参学', "
                        + ":unit + n.i, :path || CAST(:unit + n.i AS VARCHAR(20)) || '/', 'ROLL_CALL', 'test', :at FROM "
                        + Numbers.below(units, "n"))
                .param("session", session).param("unit", firstUnit).param("path", world.villageA().path())
                .param("at", day.atTime(9, 0)).update();
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());

        var lastPage = statistics.perOrganization(world.officeActor(), day.getYear(), 1);
        assertThat(lastPage.total()).isEqualTo(units);
        assertThat(lastPage.rows()).hasSize(10).extracting(StudyFigures::id).contains(firstUnit + units - 1);
        String page = mvc.perform(get("/study-sessions/figures").param("year", String.valueOf(day.getYear()))
                .param("unitPage", "1").with(office)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("共 60 条，本页第 51–60 条", "per-organization-previous");
        String json = mvc.perform(get("/api/v1/study-sessions/figures/organizations").param("page", "1")
                .with(office)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":" + units, "\"id\":" + (firstUnit + units - 1));
        String dashboard = mvc.perform(get("/").with(office)).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("图中为参学人次最多的 50 个单位（共 60 个单位有人参学）");
    }

    @Test
    void noticesPageByKeyAndSayHowManyThereAre() throws Exception {
        int count = com.carenext.plan.Notices.PAGE + 10;
        jdbc.sql("INSERT INTO notice (organization_id, organization_path, issuer_name, title, body, published_at, "
                        + "version, created_at) SELECT :town, :path, '镇关工委', '通知' || CAST(10000 + n.i AS VARCHAR(10)), "
                        + "'正文', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP FROM " + Numbers.below(count, "n"))
                .param("town", world.town().id()).param("path", world.town().path()).update();
        jdbc.sql("INSERT INTO notice_target (notice_id, organization_id, organization_path, organization_name, "
                        + "remind_count) SELECT id, :village, :path, '甲村', 0 FROM notice WHERE organization_id = :town")
                .param("village", world.villageA().id()).param("path", world.villageA().path())
                .param("town", world.town().id()).update();
        long oldest = jdbc.sql("SELECT MIN(id) FROM notice WHERE organization_id = :town")
                .param("town", world.town().id()).query(Long.class).single();
        String oldestTitle = jdbc.sql("SELECT title FROM notice WHERE id = :id").param("id", oldest)
                .query(String.class).single();

        String first = mvc.perform(get("/notices").with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("共 60 份", "received-next").doesNotContain("/notices/" + oldest + "\"");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"received-next\"[^>]*receivedBefore=(\\d+)")
                .matcher(first);
        assertThat(next.find()).isTrue();
        String second = mvc.perform(get("/notices").param("receivedBefore", next.group(1)).with(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(second).contains(oldestTitle, "/notices/" + oldest + "\"", "received-first")
                .doesNotContain("received-next");
        String issued = mvc.perform(get("/notices").with(Fixtures.login(mvc, world.office().username()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(issued).contains("共 60 份", "issued-next");
    }

    @Test
    void theBulletinArchiveIsPagedPastTwoHundredForty() throws Exception {
        int months = 84;
        // one a month for seven years, for the town and its two villages: 252 in the town's archive
        jdbc.sql("INSERT INTO bulletin (organization_id, organization_path, bulletin_month, document_number, title, body, "
                        + "content, generated_at, generated_by, version) SELECT o.id, o.path, CAST(2000 + n.i / 12 AS VARCHAR(4)) "
                        + "|| '-' || LPAD(CAST(MOD(n.i, 12) + 1 AS VARCHAR(2)), 2, '0'), '通报' || CAST(10000 + n.i AS VARCHAR(10)) "
                        + "|| '-' || CAST(o.id AS VARCHAR(20)), '月通报', '正文', '{}', CURRENT_TIMESTAMP, 'test', 0 FROM organization o, "
                        + Numbers.below(months, "n") + " WHERE o.id IN (:ids)")
                .param("ids", java.util.List.of(world.town().id(), world.villageA().id(), world.villageB().id())).update();
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        String page = mvc.perform(get("/publicity/bulletins").param("archivePage", "10").with(office)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("共 252 条，本页第 241–252 条", "通报10000-" + world.villageA().id(),
                "bulletin-archive-previous");
        String json = mvc.perform(get("/api/v1/publicity/bulletins").param("page", "10").with(office)).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains("\"total\":252", "通报10000-" + world.town().id());
    }

    @Test
    void aPersonsOwnRecordsSayWhenTheyShowOnlyTheLatest() throws Exception {
        var account = fixtures.user("ownrecords" + world.town().id(), world.villageA(),
                com.carenext.shared.Role.VOLUNTEER);
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at, user_id) VALUES "
                        + "(:organization, :path, '记录多', FALSE, 'VETERAN_TEACHER', '', TRUE, 'ACTIVE', 0, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :user)")
                .param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("user", account.id()).update();
        long me = jdbc.sql("SELECT id FROM volunteer WHERE user_id = :user").param("user", account.id())
                .query(Long.class).single();
        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        jdbc.sql("INSERT INTO service_hour (volunteer_id, organization_id, organization_path, served_on, description, "
                        + "hours, status, version, created_at) SELECT :me, :organization, :path, :day, '巡河', 1.0, "
                        + "'SUBMITTED', 0, CURRENT_TIMESTAMP FROM " + Numbers.below(105, "n"))
                .param("me", me).param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("day", day).update();
        jdbc.sql("INSERT INTO study_session (organization_id, organization_path, kind, topic, mode, starts_at, hours, "
                        + "organizer, check_in_code, version, created_at) SELECT :town, :path, 'STUDY', '自学', 'OFFLINE', "
                        + ":at, 1.0, '镇关工委', 'M' || CAST(:codes + n.i AS VARCHAR(7)), 0, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(105, "n"))
                .param("town", world.town().id()).param("path", world.town().path()).param("at", day.atTime(9, 0))
                .param("codes", (world.town().id() % 9_000 + 1_000) * 1_000).update();
        jdbc.sql("INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id, "
                        + "organization_path, method, recorded_by, checked_in_at) SELECT id, :me, '记录多', :organization, "
                        + ":path, 'ROLL_CALL', 'test', starts_at FROM study_session WHERE organization_id = :town "
                        + "AND topic = '自学'")
                .param("me", me).param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("town", world.town().id()).update();
        long body = waterBody("记录淖尔", "GREEN");
        jdbc.sql("INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id, volunteer_name, "
                        + "user_id, checked_in_at, checked_out_at) SELECT :body, :organization, :path, :me, '记录多', :user, "
                        + ":at, :at FROM " + Numbers.below(55, "n"))
                .param("body", body).param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("me", me).param("user", account.id()).param("at", day.atTime(10, 0)).update();
        RequestPostProcessor elder = Fixtures.login(mvc, account.username());

        String records = mvc.perform(get("/my/records").with(elder)).andReturn().getResponse().getContentAsString();
        assertThat(records).contains("只列出最近的 50 条，共 55 条", "只列出最近的 100 条，共 105 条", "my-study-cut",
                "my-hours-cut");
        String hoursPage = mvc.perform(get("/my/hours").with(elder)).andReturn().getResponse().getContentAsString();
        assertThat(hoursPage).contains("只列出最近的 100 条，共 105 条");
        String waterBodyPage = mvc.perform(get("/water-bodies/{id}", body).with(manager)).andReturn().getResponse()
                .getContentAsString();
        assertThat(waterBodyPage).contains("只列出最近的 20 条，共 55 条");
        var api = mvc.perform(get("/api/v1/service-hours/mine").with(elder)).andReturn().getResponse();
        assertThat(api.getHeader("X-Total-Count")).isEqualTo("105");
    }

    @Test
    void anArticlesOtherAuthorsAreRefusedPastTwentyNotDropped() throws Exception {
        String twenty = String.join("、", java.util.stream.IntStream.range(0, 20).mapToObj(i -> "作者" + (10 + i)).toList());
        String article = """
                {"organizationId":%d,"title":"稿件","body":"正文","kind":"NEWS","date":"2026-06-01","otherAuthors":"%s"}""";
        var api = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(world.managerA().username(), Fixtures.PASSWORD);
        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/articles")
                .with(api).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(article.formatted(world.villageA().id(), twenty + "、作者30"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("其他作者最多填 20 人");
        String saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/articles")
                .with(api).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(article.formatted(world.villageA().id(), twenty + "、"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(saved).contains("作者10", "作者29");
    }

    @Autowired
    com.carenext.plan.WorkPlans plans;
    @Autowired
    com.carenext.plan.PlanSections sections;
    @Autowired
    com.carenext.plan.TaskAssignments assignments;
    @Autowired
    com.carenext.plan.TaskIndicators indicators;

    @Test
    void anIndicatorsRecordsSayHowManyThereAreBehindTheFigure() throws Exception {
        long plan = plans.create(world.officeActor(), new com.carenext.plan.PlanDraft(2025, "计划", "", "镇", null,
                world.town().id(), "", java.util.List.of(new com.carenext.plan.PlanDraft.Section("一", "活动", "",
                java.util.List.of(new com.carenext.plan.PlanDraft.Task("一是", "开展普法进校园活动")))), java.util.List.of()));
        long task = sections.get(world.officeActor(), plan).sections().get(0).tasks().get(0).id();
        assignments.assign(world.officeActor(), task, new com.carenext.plan.TaskAssignment(
                java.util.List.of(world.villageA().id()), "李林", null, "5,6", 0L));
        indicators.add(world.officeActor(), task, new com.carenext.plan.IndicatorDraft("activity.held",
                "LEGAL_EDUCATION", 30L, null));
        jdbc.sql("INSERT INTO activity (organization_id, organization_path, activity_type, title, starts_at, youths, "
                        + "parents, others, version, created_by, created_at) SELECT :organization, :path, 'LEGAL_EDUCATION', "
                        + "'普法' || CAST(10000 + n.i AS VARCHAR(10)), :at, 30, 0, 0, 0, 'test', CURRENT_TIMESTAMP FROM "
                        + Numbers.below(25, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("at", java.time.LocalDateTime.of(2025, 5, 20, 9, 0)).update();

        var indicator = indicators.of(world.officeActor(), task).get(0);
        assertThat(indicator.records()).hasSize(20);
        assertThat(indicator.recordsTotal()).isEqualTo(25);
        // the task page loads its indicators from here
        String page = mvc.perform(get("/plans/tasks/{id}/indicators", task).with(Fixtures.login(mvc, world.office().username())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("只列出最近的 20 条，共 25 条");
    }

    @Test
    void theTreesSearchSaysHowManyMatchPastAHundred() throws Exception {
        for (int u = 0; u < 105; u++) {
            fixtures.organization(world.officeActor(), world.town(), "丁" + (100 + u) + "村关工委",
                    com.carenext.organization.OrganizationType.VILLAGE_COMMITTEE);
        }
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        String page = mvc.perform(get("/organizations").param("q", "丁").with(office)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("找到 105 个组织", "只列出前 100 个");
        var api = mvc.perform(get("/api/v1/organizations").param("q", "丁").with(office)).andReturn().getResponse();
        assertThat(api.getHeader("X-Total-Count")).isEqualTo("105");
    }

    @Test
    void hoursWaitingForReviewPageByKeyPastFiftyWithTheirCount() throws Exception {
        activeInVillageA("待审", 1, false);
        long person = jdbc.sql("SELECT id FROM volunteer WHERE organization_id = :organization AND name = '待审10000'")
                .param("organization", world.villageA().id()).query(Long.class).single();
        LocalDate day = LocalDate.now(clock).withDayOfMonth(1);
        jdbc.sql("INSERT INTO service_hour (volunteer_id, organization_id, organization_path, served_on, description, "
                        + "hours, status, version, created_at) SELECT :person, :organization, :path, :day, "
                        + "'巡河' || CAST(10000 + n.i AS VARCHAR(10)), 1.0, 'SUBMITTED', 0, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(60, "n"))
                .param("person", person).param("organization", world.villageA().id())
                .param("path", world.villageA().path()).param("day", day).update();
        long newest = jdbc.sql("SELECT MAX(id) FROM service_hour WHERE volunteer_id = :person").param("person", person)
                .query(Long.class).single();

        String first = mvc.perform(get("/service-hours").with(manager)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("待审核共 60 条", "pending-hours-next")
                .doesNotContain("/service-hours/" + newest + "/approve");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"pending-hours-next\"[^>]*after=(\\d+)")
                .matcher(first);
        assertThat(next.find()).isTrue();
        String second = mvc.perform(get("/service-hours").param("after", next.group(1)).with(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(second).contains("/service-hours/" + newest + "/approve", "pending-hours-first")
                .doesNotContain("pending-hours-next");
    }

    @Test
    void theOverviewSaysHowManyWaterBodiesAreBehindAndListsFifty() throws Exception {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("INSERT INTO patrol_season (organization_id, organization_path, season_year, starts_on, ends_on, "
                        + "red_per_week, yellow_per_week, green_per_week, version) VALUES (:town, :path, :year, :from, :to, "
                        + "7, 3, 1, 0)")
                .param("town", world.town().id()).param("path", world.town().path()).param("year", today.getYear())
                .param("from", LocalDate.of(today.getYear(), 1, 1)).param("to", LocalDate.of(today.getYear(), 12, 31))
                .update();
        int bodies = com.carenext.patrol.PatrolAlerts.BEHIND_SHOWN + 5;
        pondsInVillageA("落后", "B", bodies, "RED");

        String overview = mvc.perform(get("/patrol").with(Fixtures.login(mvc, world.office().username()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(overview).contains("本周未达到巡逻要求的水域共 55 处", "只列出前 50 处，共 55 处", "alert-behind-more");
        assertThat(overview.split("应巡 ", -1)).as("lines listed").hasSize(50 + 1);
    }

    @Test
    void theOverviewsWeekRotaIsPagedWithItsCount() throws Exception {
        int bodies = 55;
        pondsInVillageA("排班", "S", bodies, "GREEN");
        jdbc.sql("INSERT INTO patrol_shift (water_body_id, organization_id, organization_path, shift_date, assigned_by, "
                        + "assigned_at) SELECT id, organization_id, organization_path, :day, 'test', CURRENT_TIMESTAMP "
                        + "FROM water_body WHERE organization_id = :organization AND name LIKE '排班%'")
                .param("organization", world.villageA().id()).param("day", LocalDate.now(clock).plusDays(1)).update();

        String overview = mvc.perform(get("/patrol").param("rotaPage", "1")
                .with(Fixtures.login(mvc, world.office().username()))).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("共 55 条，本页第 51–55 条", "排班10054", "week-rota-previous")
                .doesNotContain("排班10000<");
    }
}
