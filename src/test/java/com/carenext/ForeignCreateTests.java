package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per module, a VALID create aimed at another village's organization is answered 404 and saves nothing: only the
 * scope check can refuse these bodies (before, ScopeIsolationTests sent bodies that failed validation, so a 400
 * counted as proof even with the scope checks removed).
 */
@CareNextTest
class ForeignCreateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    private void refusedAsNotFound(String url, String body, String table) throws Exception {
        refusedAsNotFound(world.managerA().username(), url, body, table);
    }

    private void refusedAsNotFound(String username, String url, String body, String table) throws Exception {
        int before = rows(table);
        mvc.perform(post(url).with(httpBasic(username, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        assertThat(rows(table)).as("nothing saved in %s", table).isEqualTo(before);
    }

    private void acceptedInOwnVillage(String url, String body) throws Exception {
        acceptedInOwnVillage(world.managerA().username(), url, body);
    }

    private void acceptedInOwnVillage(String username, String url, String body) throws Exception {
        mvc.perform(post(url).with(httpBasic(username, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    private int rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE organization_id = :b")
                .param("b", world.villageB().id()).query(Integer.class).single();
    }

    private String activity(long organizationId) {
        return """
                {"organizationId":%d,"type":"LEGAL_EDUCATION","title":"普法进校园","startsAt":"2026-06-01T09:00:00",
                 "youths":40,"parents":0,"others":0}""".formatted(organizationId);
    }

    @Test
    void activity() throws Exception {
        acceptedInOwnVillage("/api/v1/activities", activity(world.villageA().id()));
        refusedAsNotFound("/api/v1/activities", activity(world.villageB().id()), "activity");
    }

    @Test
    void volunteer() throws Exception {
        String own = json.writeValueAsString(
                VolunteerTestData.draft("本村五老", world.villageA().id(), LocalDate.of(1950, 1, 2), null));
        String foreign = json.writeValueAsString(
                VolunteerTestData.draft("外村五老", world.villageB().id(), LocalDate.of(1950, 1, 3), null));
        acceptedInOwnVillage("/api/v1/volunteers", own);
        refusedAsNotFound("/api/v1/volunteers", foreign, "volunteer");
    }

    @Test
    void correspondent() throws Exception {
        String body = "{\"organizationId\":%d,\"name\":\"通讯员\",\"grid\":\"一组\"}";
        acceptedInOwnVillage("/api/v1/correspondents", body.formatted(world.villageA().id()));
        refusedAsNotFound("/api/v1/correspondents", body.formatted(world.villageB().id()), "correspondent");
    }

    @Test
    void committeeMember() throws Exception {
        String body = "{\"name\":\"成员\",\"post\":\"MEMBER\",\"termStart\":\"2023-04-05\"}";
        acceptedInOwnVillage("/api/v1/organizations/" + world.villageA().id() + "/members", body);
        refusedAsNotFound("/api/v1/organizations/" + world.villageB().id() + "/members", body, "committee_member");
    }

    @Test
    void waterBody() throws Exception {
        String body = "{\"organizationId\":%d,\"name\":\"淖尔\",\"kind\":\"NAOER\",\"riskTier\":\"RED\"}";
        acceptedInOwnVillage("/api/v1/water-bodies", body.formatted(world.villageA().id()));
        refusedAsNotFound("/api/v1/water-bodies", body.formatted(world.villageB().id()), "water_body");
    }

    @Test
    void studySession() throws Exception {
        String body = """
                {"organizationId":%d,"kind":"STUDY","topic":"家风家教","mode":"OFFLINE","startsAt":"2026-06-01T09:00:00",
                 "hours":1.5,"organizer":"李老师"}""";
        acceptedInOwnVillage("/api/v1/study-sessions", body.formatted(world.villageA().id()));
        refusedAsNotFound("/api/v1/study-sessions", body.formatted(world.villageB().id()), "study_session");
    }

    @Test
    void article() throws Exception {
        String body = """
                {"organizationId":%d,"title":"稿件","body":"正文","kind":"NEWS","date":"2026-06-01",
                 "otherAuthors":"张三"}""";
        acceptedInOwnVillage("/api/v1/articles", body.formatted(world.villageA().id()));
        refusedAsNotFound("/api/v1/articles", body.formatted(world.villageB().id()), "article");
    }

    @Test
    void workPlan() throws Exception {
        // a town office whose scope is village A only: the plan of village B is out of its reach
        String office = "plana" + world.villageA().id();
        fixtures.user(office, world.villageA(), com.carenext.shared.Role.TOWN_ADMIN);
        String body = """
                {"year":2026,"title":"%s工作计划","organizationId":%d,
                 "sections":[{"number":"一","title":"理论学习","tasks":[{"number":"一是","text":"学习"}]}]}""";
        acceptedInOwnVillage(office, "/api/v1/plans", body.formatted("甲村", world.villageA().id()));
        refusedAsNotFound(office, "/api/v1/plans", body.formatted("乙村", world.villageB().id()), "work_plan");
    }
}
