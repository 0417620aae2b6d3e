package com.carenext.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.Activities;
import com.carenext.organization.CommitteePost;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.scorecard.ScorecardTestRecords;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.support.Statements;
import java.util.EnumSet;
import com.carenext.organization.Organizations;
import com.carenext.security.UserView;
import com.carenext.support.Banners;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard of a banner with two towns: the banner compares its towns with the towns' own figures; a town sees
 * neither the banner nor the other town (404); counts above 100 are shown whole.
 */
@CareNextTest
class DashboardFiguresTests {

    private static final int YEAR = 2025;

    @Autowired
    Banners banners;
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;
    @Autowired
    Activities activities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dashboard dashboard;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbcClient;
    @Autowired
    javax.sql.DataSource dataSource;

    Statements statements;

    OrganizationSummary banner;
    OrganizationSummary east;
    OrganizationSummary eastVillage;
    OrganizationSummary west;
    UserView leader;
    UserView eastOffice;
    UserView westOffice;

    @BeforeEach
    void banner() {
        Banners.Banner made = banners.banner(YEAR);
        banner = made.banner();
        east = made.east();
        eastVillage = made.eastVillage();
        west = made.west();
        leader = made.leader();
        eastOffice = made.eastOffice();
        westOffice = made.westOffice();
        statements = new Statements(jdbcClient, dataSource);
    }

    @Test
    void theBannerComparesItsTownsWithTheTownsOwnFigures() throws Exception {
        String json = mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR))
                        .with(Fixtures.login(mvc, leader.username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aboveTown").value(true))
                .andExpect(jsonPath("$.units.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> units = JsonPath.read(json, "$.units");
        Map<String, Object> eastUnit = units.stream().filter(u -> ((Number) u.get("organizationId")).longValue()
                == east.id()).findFirst().orElseThrow();
        assertThat(eastUnit.get("planCompletion")).isEqualTo(75);
        assertThat(JsonPath.<Integer>read(eastUnit, "$.activities.value")).isEqualTo(3);

        List<String> compared = new ArrayList<>();
        for (Map<String, Object> unit : units) {
            long id = ((Number) unit.get("organizationId")).longValue();
            UserView office = id == east.id() ? eastOffice : westOffice;
            // The town's own dashboard, as the town office sees it.
            String own = mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR))
                            .with(Fixtures.login(mvc, office.username())))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.aboveTown").value(false))
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<Integer>read(own, "$.organizationId")).isEqualTo((int) id);
            assertThat(JsonPath.<Object>read(unit, "$.activities.value"))
                    .isEqualTo(JsonPath.read(own, "$.activities.total.value"));
            assertThat(JsonPath.<Object>read(unit, "$.coveragePercent.value"))
                    .isEqualTo(JsonPath.read(own, "$.patrol.coveragePercent.value"));
            assertThat(JsonPath.<Object>read(unit, "$.adopted.value"))
                    .isEqualTo(JsonPath.read(own, "$.publicity.adopted.value"));
            assertThat(JsonPath.<Object>read(unit, "$.attendance.value"))
                    .isEqualTo(JsonPath.read(own, "$.study.attendance.value"));
            assertThat(JsonPath.<Object>read(unit, "$.recruited.value"))
                    .isEqualTo(JsonPath.read(own, "$.volunteers.recruited.value"));
            Object plan = JsonPath.read(own, "$.plan");
            assertThat(unit.get("planCompletion"))
                    .isEqualTo(plan == null ? null : JsonPath.read(own, "$.plan.progress.value"));
            compared.add(office.username());
        }
        assertThat(compared).hasSize(2);

        mvc.perform(get("/").param("year", String.valueOf(YEAR)).with(Fixtures.login(mvc, leader.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"comparison\"")))
                .andExpect(content().string(Matchers.containsString(east.name())))
                .andExpect(content().string(Matchers.containsString("75 %")));
    }

    @Test
    void aTownSeesNeitherTheBannerNorTheOtherTown() throws Exception {
        RequestPostProcessor office = Fixtures.login(mvc, eastOffice.username());
        mvc.perform(get("/").with(office)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"comparison\""))));
        for (long foreign : new long[]{banner.id(), west.id()}) {
            mvc.perform(get("/api/v1/dashboard").param("organizationId", String.valueOf(foreign)).with(office))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/").param("organizationId", String.valueOf(foreign)).with(office))
                    .andExpect(status().isNotFound());
        }
        // Below its own level the town may look: its village.
        mvc.perform(get("/api/v1/dashboard").param("organizationId", String.valueOf(eastVillage.id()))
                        .param("year", String.valueOf(YEAR)).with(office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activities.total.value").value(3));
        mvc.perform(get("/api/v1/dashboard").param("year", "1999").with(office)).andExpect(status().isNotFound());
    }

    @Test
    void theCountersFollowTheOrganizationChosen() throws Exception {
        fixtures.member(Fixtures.actor(eastOffice, east), east, "王主任", CommitteePost.DIRECTOR);
        fixtures.member(Fixtures.actor(westOffice, west), west, "赵主任", CommitteePost.DIRECTOR);
        fixtures.member(Fixtures.actor(westOffice, west), west, "钱委员", CommitteePost.MEMBER);
        RequestPostProcessor bannerLeader = Fixtures.login(mvc, leader.username());
        // The banner itself: the banner, two towns and a village; three serving members.
        mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR)).with(bannerLeader))
                .andExpect(jsonPath("$.counts.organizations").value(4))
                .andExpect(jsonPath("$.counts.servingMembers").value(3));
        // The banner leader chooses 东镇: its town and village, its one member, not the banner's whole subtree.
        mvc.perform(get("/api/v1/dashboard").param("organizationId", String.valueOf(east.id()))
                        .param("year", String.valueOf(YEAR)).with(bannerLeader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.organizations").value(2))
                .andExpect(jsonPath("$.counts.committees").value(2))
                .andExpect(jsonPath("$.counts.servingMembers").value(1))
                .andExpect(jsonPath("$.counts.byType.VILLAGE_COMMITTEE").value(1))
                .andExpect(jsonPath("$.counts.byType.BANNER_COMMITTEE").doesNotExist());
        mvc.perform(get("/").param("organizationId", String.valueOf(west.id())).param("year", String.valueOf(YEAR))
                        .with(bannerLeader))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"stat-organizations\">1<.*")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"stat-members\">2<.*")));
    }

    @Test
    void eachTownShowsItsUnitsScorecardAndTheStatementsDoNotGrowWithTheTowns() throws Exception {
        Actor eastActor = Fixtures.actor(eastOffice, east);
        Actor westActor = Fixtures.actor(westOffice, west);
        OrganizationSummary westVillage = fixtures.organization(westActor, west, "西一村" + west.id() + "关工委",
                OrganizationType.VILLAGE_COMMITTEE);
        fixtures.organization(westActor, west, "西二村" + west.id() + "关工委", OrganizationType.VILLAGE_COMMITTEE);
        ScorecardTestRecords.loadDefaults(context, eastActor, YEAR, OrganizationType.VILLAGE_COMMITTEE);
        ScorecardTestRecords.loadDefaults(context, westActor, YEAR, OrganizationType.VILLAGE_COMMITTEE);
        // one village of 西镇 has its 主任: it meets one more criterion than its neighbour
        fixtures.member(westActor, westVillage, "村主任", CommitteePost.DIRECTOR);

        RequestPostProcessor bannerLeader = Fixtures.login(mvc, leader.username());
        String json = mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR)).with(bannerLeader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (UserView office : List.of(eastOffice, westOffice)) {
            // the town's own ranking of its units, as the town office sees it
            List<Map<String, Object>> cards = JsonPath.read(mvc.perform(get("/api/v1/scorecards")
                            .param("year", String.valueOf(YEAR)).with(Fixtures.login(mvc, office.username())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$");
            long town = office == eastOffice ? east.id() : west.id();
            Map<String, Object> unit = JsonPath.<List<Map<String, Object>>>read(json,
                    "$.units[?(@.organizationId == " + town + ")]").get(0);
            List<Integer> percents = cards.stream().map(card -> Math.round(100f
                    * ((Number) card.get("score")).intValue() / ((Number) card.get("maxScore")).intValue())).toList();
            long allMet = cards.stream().filter(card -> JsonPath.<List<Boolean>>read(card, "$.lines[*].met").stream()
                    .allMatch(Boolean::booleanValue)).count();
            assertThat(cards).as("scored units of %s", office.username()).hasSize(office == eastOffice ? 1 : 2);
            assertThat(JsonPath.<Integer>read(unit, "$.scoredUnits")).isEqualTo(cards.size());
            assertThat(JsonPath.<Integer>read(unit, "$.scorecardPercent.value")).isEqualTo((int) Math.round(
                    percents.stream().mapToInt(Integer::intValue).average().orElseThrow()));
            assertThat(JsonPath.<Integer>read(unit, "$.scorecardAllMet.value")).isEqualTo((int) allMet);
            assertThat(JsonPath.<String>read(unit, "$.scorecardPercent.link"))
                    .isEqualTo("/scorecards?organizationId=" + town + "&year=" + YEAR);
        }
        assertThat(JsonPath.<List<Integer>>read(json, "$.units[?(@.organizationId == " + west.id()
                + ")].scorecardPercent.value").get(0)).as("西镇's villages differ by the 主任")
                .isNotEqualTo(JsonPath.<List<Integer>>read(json, "$.units[?(@.organizationId == " + east.id()
                        + ")].scorecardPercent.value").get(0));
        mvc.perform(get("/").param("year", String.valueOf(YEAR)).with(bannerLeader))
                .andExpect(content().string(Matchers.containsString("/scorecards?organizationId=" + west.id()
                        + "&amp;year=" + YEAR)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("待接入"))));
        // the figure's link: the ranking of that town's units only; another town's office may not look
        mvc.perform(get("/scorecards").param("organizationId", String.valueOf(west.id()))
                        .param("year", String.valueOf(YEAR)).with(bannerLeader))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(westVillage.name())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(eastVillage.name()))));
        mvc.perform(get("/scorecards").param("organizationId", String.valueOf(west.id()))
                .with(Fixtures.login(mvc, eastOffice.username()))).andExpect(status().isNotFound());

        // The same dashboard with three more towns, each with its villages and its own criteria: as many statements.
        // (The whole request is printed, not compared: the session's and the actor's caches expire by the clock.)
        Actor leaderActor = Fixtures.actor(leader, banner);
        dashboard.figures(leaderActor, null, YEAR); // once before counting: the first view may fill caches
        Statements.Counted<DashboardFigures> two = statements.fewest(() -> dashboard.figures(leaderActor, null, YEAR));
        int request = statements.count(() -> mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR))
                .with(bannerLeader)).andExpect(status().isOk())).statements();
        Actor loader = new Actor(0, "fixture", "测试数据", banner.id(), banner.name(), banner.path(),
                EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER));
        for (int i = 1; i <= 3; i++) {
            OrganizationSummary town = fixtures.organization(loader, banner, "新镇" + i + "_" + banner.id() + "关工委",
                    OrganizationType.TOWN_COMMITTEE);
            Actor office = Fixtures.actor(fixtures.user("newoffice" + i + "_" + banner.id(), town, Role.TOWN_ADMIN),
                    town);
            for (int v = 1; v <= 2; v++) {
                OrganizationSummary village = fixtures.organization(office, town, "新村" + i + v + "_" + banner.id(),
                        OrganizationType.VILLAGE_COMMITTEE);
                activities.record(office, new ActivityDraft(village.id(), ActivityType.LEGAL_EDUCATION, "普法",
                        LocalDateTime.of(YEAR, 6, v, 9, 0), "小学", List.of(), List.of(), 20, 0, 0, null, null, null,
                        null));
            }
            ScorecardTestRecords.loadDefaults(context, office, YEAR, OrganizationType.VILLAGE_COMMITTEE);
        }
        Statements.Counted<DashboardFigures> five = statements.fewest(() -> dashboard.figures(leaderActor, null, YEAR));
        int requestOfFive = statements.count(() -> mvc.perform(get("/api/v1/dashboard")
                .param("year", String.valueOf(YEAR)).with(bannerLeader)).andExpect(status().isOk())).statements();
        assertThat(five.result().units()).hasSize(5).allSatisfy(unit -> assertThat(unit.scoredUnits()).isPositive());
        System.out.printf("dashboard statements: 2 towns %d (request %d), 5 towns %d (request %d)%n",
                two.statements(), request, five.statements(), requestOfFive);
        assertThat(five.statements()).as("statements of the banner's dashboard, 2 towns then 5 (with 2: %s; with 5: %s)",
                two.executed(), five.executed()).isEqualTo(two.statements());
        // one read-only transaction for the whole view, and one scan of the year's activities for its panel
        // (H2 lists a transaction's COMMIT and the one of autocommit switched back on: one transaction, two lines)
        assertThat(five.times("COMMIT")).as("transactions of one view").isLessThanOrEqualTo(2);
        assertThat(five.times("FROM activity a ")).as("scans of the activity ledger for the panel").isEqualTo(1);
    }

    @Test
    void countsAboveAHundredAreNotCapped() throws Exception {
        long body = insert("INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, "
                + "check_in_code, version, created_at) VALUES (?, ?, '西湖', 'LAKE', 'RED', ?, 0, ?)",
                west.id(), west.path(), "W" + west.id(), Timestamp.valueOf(LocalDateTime.of(YEAR, 1, 1, 0, 0)));
        List<Object[]> patrols = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            // one open patrol per person: a hundred and five people who never checked out
            patrols.add(new Object[]{body, west.id(), west.path(), 900_000_000L + west.id() * 1000 + i,
                    Timestamp.valueOf(LocalDateTime.of(YEAR, 7, 1, 8, 0).plusMinutes(i))});
        }
        jdbc.batchUpdate("INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id, "
                + "volunteer_name, user_id, checked_in_at) VALUES (?, ?, ?, 1, '老人', ?, ?)", patrols);
        long patrol = jdbc.queryForObject("SELECT MIN(id) FROM patrol WHERE water_body_id = ?", Long.class, body);
        List<Object[]> hazards = new ArrayList<>();
        List<Object[]> held = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Timestamp at = Timestamp.valueOf(LocalDateTime.of(YEAR, 7, 2, 8, 0).plusMinutes(i));
            if (i < 120) {
                hazards.add(new Object[]{patrol, body, west.id(), west.path(), at});
            }
            held.add(new Object[]{west.id(), west.path(), at});
        }
        jdbc.batchUpdate("INSERT INTO hazard (patrol_id, water_body_id, organization_id, organization_path, "
                + "hazard_type, severity, description, reported_at, status, version) "
                + "VALUES (?, ?, ?, ?, 'OTHER', 'HIGH', '护栏损坏', ?, 'OPEN', 0)", hazards);
        jdbc.batchUpdate("INSERT INTO activity (organization_id, organization_path, activity_type, title, starts_at, "
                + "youths, parents, others, version, created_by, created_at) "
                + "VALUES (?, ?, 'CULTURE', '文化宣传', ?, 10, 0, 0, 0, 'test', CURRENT_TIMESTAMP)", held);

        RequestPostProcessor office = Fixtures.login(mvc, westOffice.username());
        mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR)).with(office))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patrol.openHazards.value").value(120))
                .andExpect(jsonPath("$.patrol.openTooLong.value").value(105))
                .andExpect(jsonPath("$.patrol.patrols.value").value(105))
                .andExpect(jsonPath("$.activities.total.value").value(150))
                .andExpect(jsonPath("$.activities.youths.value").value(1500))
                .andExpect(jsonPath("$.activities.byMonth[0].label").value("7 月"))
                .andExpect(jsonPath("$.activities.byMonth[0].link", Matchers.containsString("from=2025-07-01")));
        mvc.perform(get("/").param("year", String.valueOf(YEAR)).with(office))
                .andExpect(content().string(Matchers.containsString("有 120 条巡逻隐患尚未销号")))
                .andExpect(content().string(Matchers.containsString("有 105 次巡逻超时未签退")));
        mvc.perform(get("/api/v1/dashboard").param("year", String.valueOf(YEAR))
                        .with(Fixtures.login(mvc, leader.username())))
                .andExpect(jsonPath("$.patrol.openHazards.value").value(120))
                .andExpect(jsonPath("$.units[?(@.organizationId == " + west.id() + ")].activities.value")
                        .value(150));
    }

    private long insert(String sql, Object... args) {
        jdbc.update(sql, args);
        return jdbc.queryForObject("SELECT MAX(id) FROM water_body", Long.class);
    }
}
