package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.carenext.organization.CommitteePost;
import com.carenext.organization.MemberView;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Endpoints;
import com.carenext.support.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A user of village A — holding every business role, then the auditor's — calls every mapped endpoint with the ids
 * of village B's records: nothing of B may be read, listed, exported or changed. The endpoints are enumerated from
 * the application itself, so a new endpoint is covered the day it is added; a new path variable fails this test
 * until it is given a record of village B in {@link #foreignRecords}.
 */
@CareNextTest
class ScopeIsolationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApplicationContext context;

    private Fixtures.Town world;
    private final Map<String, String> foreignRecords = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void villageBHasRecords() {
        world = fixtures.town();
        MemberView member = fixtures.member(world.managerBActor(), world.villageB(), "乙村秘密成员", CommitteePost.DIRECTOR);
        foreignRecords.put("id", String.valueOf(world.villageB().id()));
        foreignRecords.put("memberId", String.valueOf(member.id()));
        foreignRecords.put("userId", String.valueOf(world.managerB().id()));
        secrets.add(world.villageB().name());
        secrets.add(member.name());
        secrets.add(world.managerB().username());
        foreignVolunteerRecords();
    }

    @Autowired
    com.carenext.volunteer.Volunteers volunteers;
    @Autowired
    com.carenext.volunteer.ServiceHours serviceHours;

    /** A 五老 of village B with a login account and a logged entry of service hours. */
    private void foreignVolunteerRecords() {
        var account = fixtures.user("volb" + world.villageB().id(), world.villageB(), Role.VOLUNTEER);
        var volunteer = volunteers.register(world.managerBActor(), com.carenext.volunteer.VolunteerTestData.draft(
                "乙村秘密五老", world.villageB().id(), java.time.LocalDate.of(1950, 1, 1), account.id()));
        var hours = serviceHours.log(Fixtures.actor(account, world.villageB()), new com.carenext.volunteer.HoursDraft(
                java.time.LocalDate.now(), "乙村秘密服务", java.math.BigDecimal.ONE));
        foreignRecords.put("volunteerId", String.valueOf(volunteer.id()));
        foreignRecords.put("hourId", String.valueOf(hours.id()));
        secrets.add(volunteer.name());
        secrets.add(hours.description());
        var session = study.plan(world.managerBActor(), new com.carenext.study.SessionDraft(world.villageB().id(),
                com.carenext.study.SessionKind.STUDY, "乙村秘密学习", com.carenext.study.SessionMode.OFFLINE,
                java.time.LocalDateTime.now(), java.math.BigDecimal.ONE, "乙村组织人", null, null, null, null));
        foreignRecords.put("sessionId", String.valueOf(session.id()));
        secrets.add(session.topic());
        foreignPatrolRecords(Fixtures.actor(account, world.villageB()));
    }

    @Autowired
    com.carenext.patrol.Patrols patrols;
    @Autowired
    com.carenext.activity.Activities activities;

    /** A water body of village B, patrolled by its volunteer, with a hazard reported. */
    private void foreignPatrolRecords(com.carenext.shared.Actor volunteerB) {
        var body = patrols.register(world.managerBActor(), new com.carenext.patrol.WaterBodyDraft(world.villageB().id(),
                "乙村秘密淖尔", com.carenext.patrol.WaterKind.NAOER, com.carenext.patrol.RiskTier.RED, null, null,
                "乙村秘密责任人", null));
        var patrol = patrols.checkIn(volunteerB, body.id(), null, null);
        patrols.checkOut(volunteerB, patrol.id(), new com.carenext.patrol.CheckOut(1, null, "乙村秘密备注",
                java.util.List.of(new com.carenext.patrol.HazardReport(com.carenext.patrol.HazardType.OTHER,
                        com.carenext.patrol.Severity.HIGH, "乙村秘密隐患"))), java.util.List.of());
        var hazard = patrols.hazards(world.managerBActor(), true, null, 1).get(0);
        foreignRecords.put("waterBodyId", String.valueOf(body.id()));
        foreignRecords.put("patrolId", String.valueOf(patrol.id()));
        foreignRecords.put("hazardId", String.valueOf(hazard.id()));
        var activity = activities.record(world.managerBActor(), new com.carenext.activity.ActivityDraft(
                world.villageB().id(), com.carenext.activity.ActivityType.DROWNING_PREVENTION_TALK, "乙村秘密宣讲会",
                java.time.LocalDateTime.now(), "乙村秘密地点", null, null, 10, 2, 0, "乙村秘密总结", null, null));
        activity = activities.addPhoto(world.managerBActor(), activity.id(),
                new java.io.ByteArrayInputStream(com.carenext.activity.PhotoSamples.jpeg()));
        foreignRecords.put("activityId", String.valueOf(activity.id()));
        foreignRecords.put("photoId", String.valueOf(activity.photoIds().get(0)));
        secrets.add(activity.title());
        secrets.add("乙村秘密地点");
        secrets.add("乙村秘密总结");
        secrets.add(body.name());
        secrets.add("乙村秘密责任人");
        secrets.add("乙村秘密备注");
        secrets.add(hazard.description());
    }

    @Autowired
    com.carenext.study.StudySessions study;

    @Test
    void aUserWithEveryBusinessRoleReachesNothingOfAnotherVillage() throws Exception {
        fixtures.user("allroles" + world.villageA().id(), world.villageA(), Role.TOWN_ADMIN, Role.ORG_MANAGER,
                Role.LEADER, Role.CORRESPONDENT, Role.VOLUNTEER, Role.SECURITY_ADMIN);
        assertIsolated(Fixtures.login(mvc, "allroles" + world.villageA().id()));
    }

    @Test
    void anAuditorReachesNothingOfAnotherVillage() throws Exception {
        fixtures.user("audita" + world.villageA().id(), world.villageA(), Role.AUDITOR);
        assertIsolated(Fixtures.login(mvc, "audita" + world.villageA().id()));
    }

    private void assertIsolated(RequestPostProcessor session) throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Endpoints.Endpoint> endpoints = Endpoints.all(context);
        assertThat(endpoints).hasSizeGreaterThan(20);
        for (Endpoints.Endpoint endpoint : endpoints) {
            Matcher variables = VARIABLE.matcher(endpoint.pattern());
            StringBuilder uri = new StringBuilder();
            boolean targetsRecord = false;
            while (variables.find()) {
                String record = foreignRecords.get(variables.group(1));
                assertThat(record).as("register path variable {%s} of %s in ScopeIsolationTests",
                        variables.group(1), endpoint).isNotNull();
                variables.appendReplacement(uri, record);
                targetsRecord = true;
            }
            variables.appendTail(uri);
            MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(endpoint.method().name()), uri.toString())
                    .with(session)
                    .param("parentId", foreignRecords.get("id"))
                    .param("organizationId", foreignRecords.get("id"));
            if (endpoint.changesState()) {
                call.with(csrf());
                if (endpoint.isApi()) {
                    call.contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + foreignRecords.get("id")
                            + ",\"organizationId\":" + foreignRecords.get("id") + "}");
                }
            }
            MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
            String body = response.getContentAsString();
            for (String secret : secrets) {
                if (body.contains(secret)) {
                    leaks.add(endpoint + " shows \"" + secret + "\"");
                }
            }
            int status = response.getStatus();
            if (targetsRecord && status < 400) {
                leaks.add(endpoint + " answered " + status + " for a record of another village");
            }
            if (!targetsRecord && endpoint.changesState() && status < 400 && !isHarmless(endpoint)) {
                leaks.add(endpoint + " accepted a write aimed at another village (" + status + ")");
            }
            if (status >= 500) {
                leaks.add(endpoint + " failed with " + status);
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Writes that concern only the caller (own password, logout) rather than any organization's records. */
    private static boolean isHarmless(Endpoints.Endpoint endpoint) {
        return endpoint.pattern().equals("/account/password") || endpoint.pattern().equals("/logout");
    }
}
