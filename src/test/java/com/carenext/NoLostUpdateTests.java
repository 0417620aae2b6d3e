package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.Organizations;
import com.carenext.patrol.PatrolTestData;
import com.carenext.patrol.RiskTier;
import com.carenext.patrol.WaterBodyDraft;
import com.carenext.patrol.WaterKind;
import com.carenext.plan.NoticeDraft;
import com.carenext.plan.Notices;
import com.carenext.plan.PlanDraft;
import com.carenext.plan.PlanSections;
import com.carenext.plan.WorkPlans;
import com.carenext.shared.Actor;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.carenext.organization.OrganizationSummary;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DESIGN.md §5 "Nothing lost": an update must name the version it was read at. Two people edit the same record;
 * the second, still holding the old version, gets a conflict and nothing of theirs overwrites the first change.
 * An update without a version is a conflict too (before, both writers got 200 and the last one silently won).
 */
@CareNextTest
class NoLostUpdateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    private static String body(String name, Long version) {
        return """
                {"name":"%s","type":"VILLAGE_COMMITTEE","parentId":null,"sortOrder":0%s}"""
                .formatted(name, version == null ? "" : ",\"version\":" + version);
    }

    private OrganizationSummary village() {
        return organizations.get(world.officeActor(), world.villageA().id());
    }

    @Test
    void twoWritersWithTheSameVersionTheSecondGetsAConflictAndTheFirstChangeStays() throws Exception {
        long seen = village().version();
        String url = "/api/v1/organizations/" + world.villageA().id();
        String withParent = body("第一人改的名", seen).replace("\"parentId\":null",
                "\"parentId\":" + world.town().id());
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(withParent))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("第一人改的名"));
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withParent.replace("第一人改的名", "第二人改的名")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("这条记录已被其他人修改，请刷新后重新编辑。"));
        assertThat(village().name()).isEqualTo("第一人改的名");
    }

    @Test
    void anUpdateWithoutAVersionIsAConflictNotASilentOverwrite() throws Exception {
        String url = "/api/v1/organizations/" + world.villageA().id();
        String before = village().name();
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("没有版本号的修改", null).replace("\"parentId\":null",
                                "\"parentId\":" + world.town().id())))
                .andExpect(status().isConflict());
        assertThat(village().name()).isEqualTo(before);
    }

    @Test
    void onAPageTheStaleFormComesBackShowingTheOtherPersonsChange() throws Exception {
        OrganizationSummary seen = village();
        var office = Fixtures.login(mvc, world.office().username());
        String form = "/organizations/" + seen.id() + "/edit";
        // the first person saves
        mvc.perform(post("/organizations/" + seen.id()).with(office).with(csrf()).header("Referer", form)
                        .param("name", "他人先保存的名称").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())).param("sortOrder", "0")
                        .param("version", String.valueOf(seen.version())))
                .andExpect(status().is3xxRedirection());
        // the second person still holds the old version
        mvc.perform(post("/organizations/" + seen.id()).with(office).with(csrf())
                        .header("Referer", "http://localhost" + form)
                        .param("name", "我的旧版本修改").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())).param("sortOrder", "0")
                        .param("version", String.valueOf(seen.version())))
                .andExpect(redirectedUrl(form))
                .andExpect(flash().attribute("failure", "error.conflict.reloaded"));
        assertThat(village().name()).isEqualTo("他人先保存的名称");
        // the form, opened again as the redirect does, shows the other person's change and the conflict message
        mvc.perform(get(form).with(office).flashAttr("failure", "error.conflict.reloaded"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("他人先保存的名称")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("对方保存后的最新内容")));
        // a form sent without a version is refused the same way
        mvc.perform(post("/organizations/" + seen.id()).with(office).with(csrf())
                        .param("name", "不带版本").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())).param("sortOrder", "0"))
                .andExpect(status().isConflict());
        assertThat(village().name()).isEqualTo("他人先保存的名称");
    }

    // ---- the update paths that used to fall back to the current version when none was sent -----------------------

    @Autowired
    WorkPlans plans;
    @Autowired
    PlanSections sections;
    @Autowired
    Notices notices;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private long task() {
        long planId = plans.create(world.officeActor(), new PlanDraft(2023, "版本测试计划" + world.town().id(), "", "镇",
                null, world.town().id(), "", List.of(new PlanDraft.Section("一", "部分", "",
                List.of(new PlanDraft.Task("一是", "一项任务")))), List.of()));
        return sections.get(world.officeActor(), planId).sections().get(0).tasks().get(0).id();
    }

    private String responsible(long taskId) {
        return jdbc.sql("SELECT responsible_person FROM plan_task WHERE id = :id").param("id", taskId)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aTaskAssignmentWithoutAVersionIsAConflictAndIfMatchNamesTheVersion() throws Exception {
        long taskId = task();
        String url = "/api/v1/plan-tasks/" + taskId + "/assignment";
        String withoutVersion = "{\"ownerIds\":[" + world.villageA().id() + "],\"responsiblePerson\":\"无版本\"}";
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(withoutVersion))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(responsible(taskId)).isNull();
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(withoutVersion.replace("无版本", "带 If-Match")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        // the same If-Match again is stale now
        mvc.perform(put(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(withoutVersion.replace("无版本", "旧 If-Match")))
                .andExpect(status().isConflict());
        assertThat(responsible(taskId)).isEqualTo("带 If-Match");
    }

    @Test
    void publishingANoticeWithoutAVersionIsAConflict() throws Exception {
        long noticeId = notices.create(world.officeActor(), new NoticeDraft("版本测试通知", null, "正文", null, null,
                List.of(world.villageA().id())));
        String url = "/api/v1/notices/" + noticeId + "/publication";
        mvc.perform(post(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isConflict());
        assertThat(notices.get(world.officeActor(), noticeId).published()).isFalse();
        long version = notices.get(world.officeActor(), noticeId).version();
        mvc.perform(post(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + (version + 1) + "}"))
                .andExpect(status().isConflict());
        assertThat(notices.get(world.officeActor(), noticeId).published()).isFalse();
        mvc.perform(post(url).with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isOk());
        assertThat(notices.get(world.officeActor(), noticeId).published()).isTrue();
    }

    private static String waterBody(long organizationId, String name, Long version) {
        return """
                {"organizationId":%d,"name":"%s","kind":"NAOER","riskTier":"RED"%s}"""
                .formatted(organizationId, name, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void aWaterBodyUpdateNeedsTheVersionInTheBodyOrAsIfMatchFromTheETag() throws Exception {
        var body = PatrolTestData.of(context).register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(),
                "版本淖尔", WaterKind.NAOER, RiskTier.RED, null, null, null, null));
        String url = "/api/v1/water-bodies/" + body.id();
        var basic = httpBasic(world.managerA().username(), Fixtures.PASSWORD);
        mvc.perform(put(url).with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content(waterBody(world.villageA().id(), "无版本改名", null)))
                .andExpect(status().isConflict());
        String etag = mvc.perform(get(url).with(basic)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isEqualTo("\"" + body.version() + "\"");
        mvc.perform(put(url).with(basic).header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                        .content(waterBody(world.villageA().id(), "第一人改名", null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("第一人改名"));
        mvc.perform(put(url).with(basic).header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                        .content(waterBody(world.villageA().id(), "第二人改名", null)))
                .andExpect(status().isConflict());
        mvc.perform(put(url).with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content(waterBody(world.villageA().id(), "旧版本改名", body.version())))
                .andExpect(status().isConflict());
        mvc.perform(get(url).with(basic)).andExpect(jsonPath("$.name").value("第一人改名"));
    }

    @Test
    void closingAHazardWithoutAVersionIsAConflict() throws Exception {
        var patrols = PatrolTestData.of(context);
        var account = fixtures.user("hazv" + world.villageA().id(), world.villageA(), com.carenext.shared.Role.VOLUNTEER);
        context.getBean(com.carenext.volunteer.Volunteers.class).register(world.managerAActor(),
                com.carenext.volunteer.VolunteerTestData.draft("版本五老", world.villageA().id(),
                        java.time.LocalDate.of(1950, 1, 1), account.id()));
        Actor elder = Fixtures.actor(account, world.villageA());
        var body = patrols.register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(), "隐患淖尔",
                WaterKind.NAOER, RiskTier.RED, null, null, null, null));
        var patrol = patrols.checkIn(elder, body.id(), null, null);
        patrols.checkOut(elder, patrol.id(), new com.carenext.patrol.CheckOut(0, null, null,
                List.of(new com.carenext.patrol.HazardReport(com.carenext.patrol.HazardType.OTHER,
                        com.carenext.patrol.Severity.HIGH, "版本隐患"))), List.of());
        var hazard = patrols.hazards(world.managerAActor(), true, null, 1).get(0);
        var basic = httpBasic(world.managerA().username(), Fixtures.PASSWORD);
        String url = "/api/v1/hazards/" + hazard.id() + "/close";
        mvc.perform(post(url).with(basic).contentType(MediaType.APPLICATION_JSON).content("{\"resolution\":\"已处理\"}"))
                .andExpect(status().isConflict());
        assertThat(patrols.hazards(world.managerAActor(), true, null, 1)).hasSize(1);
        mvc.perform(post(url).with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resolution\":\"已处理\",\"version\":" + hazard.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.open").value(false));
    }

    @Test
    void aSeasonFormWithoutAVersionDoesNotOverwriteTheStoredSeason() throws Exception {
        var patrols = PatrolTestData.of(context);
        int year = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).getYear();
        var stored = patrols.configure(world.officeActor(), new com.carenext.patrol.Season(year,
                java.time.LocalDate.of(year, 6, 1), java.time.LocalDate.of(year, 8, 31), 7, 3, 1, 0));
        var office = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/patrol/season").with(office).with(csrf()).param("startsOn", year + "-05-01")
                        .param("endsOn", year + "-09-30").param("redPerWeek", "5").param("yellowPerWeek", "2")
                        .param("greenPerWeek", "1"))
                .andExpect(status().isConflict());
        assertThat(patrols.season(world.officeActor(), year)).isEqualTo(stored);
    }
}
