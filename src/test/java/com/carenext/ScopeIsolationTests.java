package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.carenext.organization.CommitteePost;
import com.carenext.organization.MemberView;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Endpoints;
import com.carenext.support.Fixtures;
import com.carenext.support.WriteExamples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Pages open to everyone by design (the public sign-up searches every 嘎查/村/社区 one may join, by name). */
    private static final java.util.Set<String> PUBLIC = java.util.Set.of("/join", "/join/homes");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApplicationContext context;
    @Autowired
    com.carenext.plan.PlanTestRecords planRecords;
    @Autowired
    com.carenext.publicity.Correspondents correspondents;
    @Autowired
    com.carenext.publicity.Articles articles;
    @Autowired
    com.carenext.publicity.PublicityScores publicityScores;
    @Autowired
    com.carenext.publicity.Bulletins bulletins;

    @Autowired
    jakarta.validation.Validator validator;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    private Fixtures.Town world;
    private WriteExamples examples;
    private final Map<String, String> foreignRecords = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void villageBHasRecords() throws Exception {
        world = fixtures.town();
        MemberView member = fixtures.member(world.managerBActor(), world.villageB(), "乙村秘密成员", CommitteePost.DIRECTOR);
        foreignRecords.put("id", String.valueOf(world.villageB().id()));
        foreignRecords.put("memberId", String.valueOf(member.id()));
        foreignRecords.put("userId", String.valueOf(world.managerB().id()));
        foreignRecords.put("tokenId", String.valueOf(apiTokenOf(world.managerB())));
        secrets.add(world.villageB().name());
        secrets.add(member.name());
        secrets.add(world.managerB().username());
        planRecords.inVillage(world, fixtures).forEach((variable, id) -> foreignRecords.put(variable, String.valueOf(id)));
        secrets.addAll(com.carenext.plan.PlanTestRecords.SECRETS);
        publicityRecordsOfVillageB();
        foreignVolunteerRecords();
        com.carenext.scorecard.ScorecardTestRecords.inVillage(context, world)
                .forEach((variable, id) -> foreignRecords.put(variable, String.valueOf(id)));
        secrets.addAll(com.carenext.scorecard.ScorecardTestRecords.SECRETS);
        // a finished export of village B's ledger (it holds B's activity, a secret above)
        long exportOfB = com.carenext.support.Exports.request(mvc, Fixtures.login(mvc, world.managerB().username()),
                "ACTIVITY");
        foreignRecords.put("exportId", String.valueOf(exportOfB));
        examples = new WriteExamples(validator, foreignRecords);
    }

    /** A correspondent, an article with a screenshot, the year's rules and an archived 通报, all of village B. */
    private void publicityRecordsOfVillageB() {
        var correspondent = correspondents.create(world.managerBActor(), new com.carenext.publicity.CorrespondentDraft(
                world.villageB().id(), "乙村秘密通讯员", null, "乙村秘密网格", null, null, null));
        var article = articles.submit(world.managerBActor(), new com.carenext.publicity.ArticleDraft(
                world.villageB().id(), "乙村秘密稿件", "乙村秘密正文", null, com.carenext.publicity.ArticleKind.NEWS,
                java.time.LocalDate.of(2023, 6, 5), List.of(correspondent.id()), null, null),
                List.of(new org.springframework.mock.web.MockMultipartFile("files", "乙村秘密截图.jpg", "image/jpeg",
                        com.carenext.activity.PhotoSamples.jpeg())));
        var officeOfB = new com.carenext.shared.Actor(world.managerB().id(), world.managerB().username(), "乙村干事",
                world.villageB().id(), world.villageB().name(), world.villageB().path(),
                java.util.Set.of(Role.TOWN_ADMIN));
        publicityScores.saveRules(officeOfB, 2023, new com.carenext.publicity.RulesForm(1, 3, 5, 8, 10, 0, 1, 2, 0,
                com.carenext.publicity.CountingRule.EACH_LEVEL, 1, 1, 0, 0, 2, null, null, 3, 20, 5, 10, 3, "乙村秘密文号",
                null));
        bulletins.generate(officeOfB, java.time.YearMonth.of(2023, 6));
        foreignRecords.put("correspondentId", String.valueOf(correspondent.id()));
        foreignRecords.put("articleId", String.valueOf(article.id()));
        foreignRecords.put("attachmentId", String.valueOf(article.attachments().get(0).id()));
        foreignRecords.put("year", "2023");
        foreignRecords.put("month", "2023-06");
        secrets.addAll(List.of("乙村秘密通讯员", "乙村秘密网格", "乙村秘密稿件", "乙村秘密正文", "乙村秘密截图", "乙村秘密文号"));
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
        var application = recruitment.submit(new com.carenext.volunteer.ApplicationDraft("乙村秘密报名", null,
                java.time.LocalDate.of(1955, 5, 5), "13600001111", null, world.villageB().id(), null,
                java.util.Set.of(com.carenext.volunteer.Category.VETERAN_MODEL), null), "10.200.0." + world.villageB().id());
        foreignRecords.put("applicationId", String.valueOf(application.id()));
        secrets.add(application.name());
        foreignPatrolRecords(Fixtures.actor(account, world.villageB()));
    }

    @Autowired
    com.carenext.activity.Activities activities;

    /** A water body of village B, patrolled by its volunteer, with a hazard reported. */
    private void foreignPatrolRecords(com.carenext.shared.Actor volunteerB) {
        var body = patrols().register(world.managerBActor(), new com.carenext.patrol.WaterBodyDraft(world.villageB().id(),
                "乙村秘密淖尔", com.carenext.patrol.WaterKind.NAOER, com.carenext.patrol.RiskTier.RED, null, null,
                "乙村秘密责任人", null));
        var patrol = patrols().checkIn(volunteerB, body.id(), null, null);
        patrols().checkOut(volunteerB, patrol.id(), new com.carenext.patrol.CheckOut(1, null, "乙村秘密备注",
                java.util.List.of(new com.carenext.patrol.HazardReport(com.carenext.patrol.HazardType.OTHER,
                        com.carenext.patrol.Severity.HIGH, "乙村秘密隐患"))), java.util.List.of());
        var hazard = patrols().hazards(world.managerBActor(), true, null, 1).get(0);
        foreignRecords.put("waterBodyId", String.valueOf(body.id()));
        foreignRecords.put("patrolId", String.valueOf(patrol.id()));
        foreignRecords.put("hazardId", String.valueOf(hazard.id()));
        var material = foreignEducationBase();
        var activity = activities.record(world.managerBActor(), new com.carenext.activity.ActivityDraft(
                world.villageB().id(), com.carenext.activity.ActivityType.DROWNING_PREVENTION_TALK, "乙村秘密宣讲会",
                java.time.LocalDateTime.now(), "乙村秘密地点", null, null, 10, 2, 0, "乙村秘密总结", null, null,
                List.of(material.id())));
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
    com.carenext.activity.EducationBases educationBases;
    @Autowired
    com.carenext.activity.Materials materials;

    /** An education base of village B with its profile, a visit and a story of its library. */
    private com.carenext.activity.MaterialView foreignEducationBase() {
        var base = fixtures.organization(world.officeActor(), world.villageB(), "乙村秘密教育基地",
                com.carenext.organization.OrganizationType.EDUCATION_BASE);
        educationBases.describe(world.managerBActor(), base.id(), new com.carenext.activity.BaseProfile(
                "乙村秘密基地简介", "乙村秘密基地地址", 50, null, null, null));
        educationBases.recordVisit(world.managerBActor(), base.id(), new com.carenext.activity.VisitDraft(
                java.time.LocalDate.now(), "乙村秘密参观团", "乙村秘密学校", null, 30, 3, null, null));
        var material = materials.add(world.managerBActor(), new com.carenext.activity.MaterialDraft(base.id(),
                com.carenext.activity.MaterialKind.RED_STORY, "乙村秘密故事", "乙村秘密故事正文", "乙村秘密标签"));
        foreignRecords.put("baseId", String.valueOf(base.id()));
        foreignRecords.put("materialId", String.valueOf(material.id()));
        secrets.addAll(List.of("乙村秘密教育基地", "乙村秘密基地简介", "乙村秘密基地地址", "乙村秘密参观团", "乙村秘密学校",
                "乙村秘密故事", "乙村秘密标签"));
        return material;
    }

    @Autowired
    com.carenext.volunteer.Recruitment recruitment;

    @Autowired
    com.carenext.study.StudySessions study;

    @Test
    void aUserWithEveryBusinessRoleReachesNothingOfAnotherVillage() throws Exception {
        var allRoles = fixtures.user("allroles" + world.villageA().id(), world.villageA(), Role.TOWN_ADMIN,
                Role.ORG_MANAGER, Role.LEADER, Role.CORRESPONDENT, Role.VOLUNTEER);
        // a registered 五老 of village A, so that check-ins reach the scope check rather than "not a volunteer"
        volunteers.register(world.managerAActor(), com.carenext.volunteer.VolunteerTestData.draft("甲村全角色五老",
                world.villageA().id(), java.time.LocalDate.of(1950, 2, 2), allRoles.id()));
        assertIsolated(Fixtures.login(mvc, "allroles" + world.villageA().id()));
    }

    @Test
    void aSecurityAdminReachesNothingOfAnotherVillage() throws Exception {
        fixtures.user("seca" + world.villageA().id(), world.villageA(), Role.SECURITY_ADMIN);
        assertIsolated(Fixtures.login(mvc, "seca" + world.villageA().id()));
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
            if (PUBLIC.contains(endpoint.pattern())) {
                continue;
            }
            Matcher variables = VARIABLE.matcher(endpoint.pattern());
            StringBuilder uri = new StringBuilder();
            boolean targetsRecord = false;
            while (variables.find()) {
                String record = foreignRecords.get(variables.group(1));
                assertThat(record).as("register path variable {%s} of %s in ScopeIsolationTests",
                        variables.group(1), endpoint).isNotNull();
                variables.appendReplacement(uri, record);
                targetsRecord |= !NOT_RECORDS.contains(variables.group(1));
            }
            variables.appendTail(uri);
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> call;
            if (endpoint.changesState()) {
                WriteExamples.Example example = examples.of(endpoint);
                if (!example.problems().isEmpty()) {
                    leaks.add(endpoint + " has no valid example body: " + example.problems());
                    continue;
                }
                if (example.files().isEmpty()) {
                    call = request(HttpMethod.valueOf(endpoint.method().name()), uri.toString());
                } else {
                    var upload = multipart(HttpMethod.valueOf(endpoint.method().name()), uri.toString());
                    for (String file : example.files()) {
                        upload.file(new org.springframework.mock.web.MockMultipartFile(file, "示例.jpg", "image/jpeg",
                                com.carenext.activity.PhotoSamples.jpeg()));
                    }
                    call = upload;
                }
                call.with(session).with(csrf());
                var withParams = call;
                example.params().forEach((name, values) -> withParams.param(name, values.toArray(String[]::new)));
                // forms bound to classes rather than records name their unit in these
                for (String unit : List.of("organizationId", "parentId")) {
                    if (!example.params().containsKey(unit)) {
                        call.param(unit, foreignRecords.get("id"));
                    }
                }
                if (example.body() != null) {
                    call.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(example.body()));
                }
            } else {
                call = request(HttpMethod.valueOf(endpoint.method().name()), uri.toString()).with(session)
                        .param("parentId", foreignRecords.get("id"))
                        .param("organizationId", foreignRecords.get("id"));
            }
            MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
            String body = response.getContentAsString();
            for (String secret : secrets) {
                if (body.contains(secret)) {
                    leaks.add(endpoint + " shows \"" + secret + "\"");
                }
            }
            int status = response.getStatus();
            boolean ruleFirst = RULE_BEFORE_SCOPE.containsKey(endpoint.pattern()) && status >= 400 && status < 500;
            if (endpoint.changesState() && !OWN_SCOPE.containsKey(endpoint.pattern()) && !ruleFirst
                    && status != 403 && status != 404) {
                leaks.add(endpoint + " answered " + status + " to a valid write aimed at another village (not 403/404)"
                        + (status == 400 ? ": " + response.getContentAsString().lines().filter(l -> l.contains("invalid")
                        || l.contains("error")).limit(3).toList() : ""));
            }
            if (targetsRecord && status < 400 && !OWN_SCOPE.containsKey(endpoint.pattern())) {
                leaks.add(endpoint + " answered " + status + " for a record of another village");
            }
            if (!targetsRecord && endpoint.changesState() && status < 400 && !OWN_SCOPE.containsKey(endpoint.pattern())) {
                leaks.add(endpoint + " accepted a write aimed at another village (" + status + ")");
            }
            if (status >= 500) {
                leaks.add(endpoint + " failed with " + status);
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A personal access token of another village's account (only its hash is stored; the value does not matter). */
    private long apiTokenOf(com.carenext.security.UserView user) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_token (app_user, name, token_hash, created_by, created_at, expires_at)
                        VALUES (:user, '乙村秘密令牌', :hash, :by, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '1' DAY)""")
                .param("user", user.id()).param("hash", "%064d".formatted(user.id())).param("by", user.username())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Writes that name no organization and no record of anyone else: they act on the caller's own account, own
     * attendance or patrol, or the caller's own scope (which the service takes from the actor, never from the
     * request). They may succeed or be refused by a rule; they must still show nothing of the other village.
     */
    /** Path variables that name a period of the caller's own scope, not a record of anyone's. */
    private static final Set<String> NOT_RECORDS = Set.of("year", "month");

    /**
     * Writes that a business rule refuses before the scope check is reached (4xx other than 403/404): open
     * findings of issue 10, listed so that they stay visible; they must still refuse and show nothing.
     */
    private static final Map<String, String> RULE_BEFORE_SCOPE = Map.of(
            "/api/v1/patrols", "422: the check-in asks whether the caller is a volunteer before the water body's scope",
            "/users", "400: the account form is validated before the organization's scope");

    private static final Map<String, String> OWN_SCOPE = Map.ofEntries(
            Map.entry("/account/password", "own password"),
            Map.entry("/logout", "own session"),
            Map.entry("/account/tokens", "own API token"),
            Map.entry("/api/v1/service-hours", "own hours, on the caller's own volunteer record"),
            Map.entry("/my/hours", "own hours, on the caller's own volunteer record"),
            Map.entry("/study/check-in", "own attendance by code; a code outside the audience is refused (StudyTests)"),
            Map.entry("/api/v1/study-sessions/check-in", "own attendance by code (StudyTests)"),
            Map.entry("/patrol/check-out", "the caller's own open patrol"),
            Map.entry("/api/v1/patrols/check-out", "the caller's own open patrol, by its client id"),
            Map.entry("/patrol/season", "the season of the caller's own scope (Seasons uses actor.scopePath())"),
            Map.entry("/publicity/bulletins", "the bulletin of the caller's own scope"),
            Map.entry("/api/v1/publicity/bulletins", "the bulletin of the caller's own scope"),
            Map.entry("/api/v1/publicity/rules/{year}", "the rules of the caller's own scope; {year} is no record"),
            Map.entry("/publicity/rules", "the rules of the caller's own scope"),
            Map.entry("/publicity/bulletins/{month}/notice", "sends the caller's own bulletin of that month as a notice"),
            Map.entry("/api/v1/plans/parse", "parses text, saves nothing"),
            Map.entry("/scorecards/criteria", "criteria of the caller's own office (Criteria uses the actor's unit)"),
            Map.entry("/scorecards/criteria/defaults", "the default criteria of the caller's own office"),
            Map.entry("/volunteers/import", "rows are matched against the caller's subtree (VolunteerImportTests)"));

    private com.carenext.patrol.PatrolTestData patrols() {
        return com.carenext.patrol.PatrolTestData.of(context);
    }
}
