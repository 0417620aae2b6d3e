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
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) "
                        + "SELECT :organization, :path, '批量' || CAST(10000 + n.i AS VARCHAR(10)), FALSE, "
                        + "'VETERAN_TEACHER', '', FALSE, 'ACTIVE', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(people, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path()).update();
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
        jdbc.sql("INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, check_in_code, "
                        + "version, created_at) SELECT :organization, :path, '水域' || CAST(10000 + n.i AS VARCHAR(10)), "
                        + "'POND', 'YELLOW', 'N' || CAST(:base + n.i AS VARCHAR(10)), 0, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(bodies, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("base", world.villageA().id() % 900 * 10_000).update();
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
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) "
                        + "SELECT :organization, :path, '时长' || CAST(10000 + n.i AS VARCHAR(10)), FALSE, "
                        + "'VETERAN_TEACHER', '', FALSE, 'ACTIVE', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(people, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path()).update();
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
        jdbc.sql("INSERT INTO study_session (organization_id, organization_path, kind, topic, mode, starts_at, hours, "
                        + "organizer, check_in_code, version, created_at) VALUES (:town, :path, 'STUDY', '学习', "
                        + "'OFFLINE', :at, 2.0, '镇关工委', :code, 0, CURRENT_TIMESTAMP)")
                .param("town", world.town().id()).param("path", world.town().path()).param("at", day.atTime(9, 0))
                .param("code", "C" + world.town().id() % 1_000_000).update();
        jdbc.sql("INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id, "
                        + "organization_path, method, recorded_by, checked_in_at) SELECT s.id, v.id, v.name, "
                        + "v.organization_id, v.organization_path, 'ROLL_CALL', 'test', s.starts_at FROM study_session s, "
                        + "volunteer v WHERE s.organization_id = :town AND v.organization_id = :last")
                .param("town", world.town().id()).param("last", last).update();
        assertThat(statistics.perOrganization(world.officeActor(), day.getYear()))
                .filteredOn(figures -> figures.id() == last).singleElement()
                .satisfies(figures -> assertThat(figures.ratePercent()).isEqualTo(100));
        String json = mvc.perform(get("/api/v1/volunteers/statistics").with(manager)).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"organizations\":0");
    }

    @Test
    void theRollCallListsItsTargetUnitsPeopleAndSaysWhenThereAreMore() throws Exception {
        int people = com.carenext.study.StudySessions.ROLL_CALL_LIMIT + 10;
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) "
                        + "SELECT :organization, :path, '点名' || CAST(10000 + n.i AS VARCHAR(10)), FALSE, "
                        + "'VETERAN_TEACHER', '', FALSE, 'ACTIVE', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(people, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path()).update();
        jdbc.sql("INSERT INTO volunteer (organization_id, organization_path, name, party_member, categories, "
                        + "service_roles, fit_for_patrol, status, version, created_at, updated_at) VALUES (:organization, "
                        + ":path, '乙村老党员', FALSE, 'VETERAN_TEACHER', '', FALSE, 'ACTIVE', 0, CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP)")
                .param("organization", world.villageB().id()).param("path", world.villageB().path()).update();
        jdbc.sql("INSERT INTO study_session (organization_id, organization_path, kind, topic, mode, starts_at, hours, "
                        + "organizer, check_in_code, version, created_at) VALUES (:town, :path, 'STUDY', '点名学习', "
                        + "'OFFLINE', :at, 2.0, '镇关工委', :code, 0, CURRENT_TIMESTAMP)")
                .param("town", world.town().id()).param("path", world.town().path())
                .param("at", LocalDate.now(clock).atTime(9, 0)).param("code", "R" + world.town().id() % 1_000_000).update();
        long session = jdbc.sql("SELECT id FROM study_session WHERE organization_id = :town AND topic = '点名学习'")
                .param("town", world.town().id()).query(Long.class).single();
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
}
