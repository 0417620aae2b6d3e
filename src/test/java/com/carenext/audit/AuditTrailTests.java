package com.carenext.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CareNextTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;
    @Autowired
    AuditLog trail;
    @Autowired
    AuditChain chain;
    @Autowired
    org.springframework.context.MessageSource messages;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    @Test
    void everyWriteIsRecordedWithWhoWhatTargetAddressAndOutcome() throws Exception {
        mvc.perform(post("/api/v1/organizations/{id}/members", world.town().id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .with(request -> {
                            request.setRemoteAddr("10.1.2.3");
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"左逸楠\",\"post\":\"MEMBER\",\"termStart\":\"2023-04-05\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/organizations/{id}/move", world.villageA().id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + world.villageA().id() + ",\"version\":"
                                + world.villageA().version() + "}"))
                .andExpect(status().isUnprocessableContent());

        List<Map<String, Object>> rows = events(world.office().username());
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("Organization.addMember");
            assertThat(row.get("target_type")).isEqualTo("CommitteeMember");
            assertThat(row.get("client_address")).isEqualTo("10.1.2.3");
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
            assertThat(row.get("scope_path")).isEqualTo(world.town().path());
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("Organization.move");
            assertThat(row.get("target_id")).isEqualTo(String.valueOf(world.villageA().id()));
            assertThat(row.get("outcome")).isEqualTo("REFUSED");
            assertThat(row.get("status")).isEqualTo(422);
            assertThat(row.get("reason")).isEqualTo("organization.move.intoOwnSubtree");
        });
    }

    @Test
    void aPageActionRefusedByARuleIsRecordedAsRefusedWithItsReasonThoughThePageRedirects() throws Exception {
        var session = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/organizations/{id}/move", world.villageA().id()).param("parentId",
                        String.valueOf(world.villageA().id())).param("version", "0").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(events(world.office().username())).anySatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("Organization.move");
            assertThat(row.get("status")).isEqualTo(302);
            assertThat(row.get("outcome")).isEqualTo("REFUSED");
            assertThat(row.get("reason")).isEqualTo("organization.move.intoOwnSubtree");
        });
        mvc.perform(get("/audit").param("username", world.office().username()).param("outcome", "REFUSED")
                        .with(Fixtures.login(mvc, world.auditor().username())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("被拒绝"),
                                org.hamcrest.Matchers.containsString("organization.move.intoOwnSubtree"))));
    }

    @Test
    void aRefusedPatrolCheckInIsRecordedAsRefused() throws Exception {
        var lake = com.carenext.patrol.PatrolTestData.of(context).register(world.managerAActor(), new com.carenext.patrol.WaterBodyDraft(
                world.villageA().id(), "审计淖尔", com.carenext.patrol.WaterKind.NAOER,
                com.carenext.patrol.RiskTier.YELLOW, null, null, "嘎查长", null));
        String stranger = "auditpatrol" + world.town().id();
        fixtures.user(stranger, world.villageA(), com.carenext.shared.Role.VOLUNTEER);
        mvc.perform(post("/patrol/check-in/{id}", lake.id()).with(Fixtures.login(mvc, stranger)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(events(stranger)).anySatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("Patrol.checkIn");
            assertThat(row.get("outcome")).isEqualTo("REFUSED");
            assertThat(row.get("reason")).isEqualTo("patrol.notAVolunteer");
        });
    }

    @Test
    void aFormShownAgainWithErrorsIsRecordedAsRefused() throws Exception {
        mvc.perform(post("/organizations/{id}/members", world.town().id()).param("name", "")
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(events(world.office().username())).anySatisfy(row -> {
            assertThat(row.get("outcome")).isEqualTo("REFUSED");
            assertThat(row.get("reason")).isNotNull();
        });
    }

    @Test
    void everyAuditedHandlerHasAChineseName() {
        List<String> unnamed = handlers.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getName().startsWith("com.carenext."))
                .filter(entry -> entry.getKey().getMethodsCondition().getMethods().isEmpty()
                        || entry.getKey().getMethodsCondition().getMethods().stream()
                        .anyMatch(m -> !m.name().equals("GET") && !m.name().equals("HEAD")))
                .map(entry -> AuditRecorder.action(entry.getValue()))
                .filter(action -> messages.getMessage("audit.action." + action, null, null,
                        java.util.Locale.SIMPLIFIED_CHINESE) == null)
                .distinct().sorted().toList();
        assertThat(unnamed).as("handlers without an audit.action.* name in messages.properties").isEmpty();
    }

    @Test
    void thePageNamesActionsTargetsAndPeopleInChinese() throws Exception {
        mvc.perform(post("/api/v1/organizations/{id}/members", world.town().id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"左逸楠\",\"post\":\"MEMBER\",\"termStart\":\"2023-04-05\"}"))
                .andExpect(status().isCreated());
        assertThat(events(world.office().username())).last()
                .satisfies(row -> assertThat(row.get("actor_name")).isEqualTo(world.office().displayName()));
        String page = mvc.perform(get("/audit").param("username", world.office().username())
                        .with(Fixtures.login(mvc, world.auditor().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("新增组成成员", "组成成员 #", world.office().displayName())
                .doesNotContain(">Organization.addMember<", ">CommitteeMember #");
        trail.append(new AuditEntry("demo", null, world.town().path(), "Study.checkIn", "POST", "/study/check-in",
                null, null, null, AuditEvent.Outcome.SUCCESS, 302, null, null));
        assertThat(mvc.perform(get("/audit").param("username", "demo")
                        .with(Fixtures.login(mvc, world.auditor().username())))
                .andReturn().getResponse().getContentAsString()).contains("演示数据", "学习签到");
    }

    @Test
    void theHashChainIsVerifiedAndATamperedRowIsLocated() throws Exception {
        Fixtures.login(mvc, world.office().username());
        var auditor = Fixtures.login(mvc, world.auditor().username());
        mvc.perform(get("/api/v1/audit-events/verification").with(auditor))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.intact")
                        .value(true));
        mvc.perform(get("/api/v1/audit-events/verification")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        long victim = jdbc.sql("SELECT MAX(id) FROM audit_event WHERE username = :u AND action = 'Login.success'")
                .param("u", world.office().username()).query(Long.class).single();
        String original = jdbc.sql("SELECT client_address FROM audit_event WHERE id = :id").param("id", victim)
                .query(String.class).single();
        tamper("UPDATE audit_event SET client_address = '6.6.6.6' WHERE id = " + victim);
        try {
            mvc.perform(get("/api/v1/audit-events/verification").with(auditor))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.intact")
                            .value(false))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .jsonPath("$.brokenAtId").value(victim))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problem")
                            .value("audit.chain.content"));
            mvc.perform(get("/audit/verification").with(auditor)).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("哈希链断开：从记录 #" + victim)));
        } finally {
            tamper("UPDATE audit_event SET client_address = '" + original + "' WHERE id = " + victim);
        }
        mvc.perform(get("/api/v1/audit-events/verification").with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.intact")
                        .value(true));
    }

    @Test
    void concurrentWritersChainOneAfterTheOther() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                futures.add(pool.submit(() -> trail.append(new AuditEntry("concurrent", null, world.town().path(),
                        "Test.concurrent", "POST", "/x/" + n, null, null, null, AuditEvent.Outcome.SUCCESS, 200,
                        null, null))));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(chain.verify(Fixtures.actor(world.auditor(), world.town())).intact()).isTrue();
    }

    /** Changes a row behind the application's back, as someone with database access would (the owner on PostgreSQL). */
    void tamper(String sql) {
        jdbc.sql(sql).update();
    }

    @Test
    void theJsonApiPagesByTimeAndFiltersThePeriodOnTheTimeColumn() throws Exception {
        String user = "imported" + world.town().id();
        for (int i = 0; i < 3; i++) {
            trail.append(new AuditEntry(user, null, world.town().path(), "Study.checkIn", "POST", "/now/" + i,
                    null, null, null, AuditEvent.Outcome.SUCCESS, 302, null, null));
        }
        // Written last, but it happened years ago (an import): a later id, an earlier time.
        trail.append(new AuditEntry(user, null, world.town().path(), "Study.checkIn", "POST", "/old",
                null, null, null, AuditEvent.Outcome.SUCCESS, 302, null, null),
                java.time.Instant.parse("2020-06-01T02:00:00Z"));
        var auditor = httpBasic(world.auditor().username(), Fixtures.PASSWORD);
        String first = mvc.perform(get("/api/v1/audit-events").param("username", user).param("size", "2").with(auditor))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.events[0].requestPath").value("/now/2"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.events.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        String next = com.jayway.jsonpath.JsonPath.read(first, "$.next");
        mvc.perform(get("/api/v1/audit-events").param("username", user).param("size", "2").param("before", next)
                        .with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.events[*].requestPath").value(org.hamcrest.Matchers.contains("/now/0", "/old")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.next")
                        .doesNotExist());
        mvc.perform(get("/api/v1/audit-events").param("username", user).param("from", "2020-06-01")
                        .param("to", "2020-06-01").with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.events[*].requestPath").value(org.hamcrest.Matchers.contains("/old")));
        mvc.perform(get("/api/v1/audit-events").param("action", "Study.check").param("username", user).with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.events")
                        .isEmpty());
        mvc.perform(get("/api/v1/audit-events").param("path", "ol").param("username", user).with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.events[*].requestPath").value(org.hamcrest.Matchers.contains("/old")));
        mvc.perform(get("/api/v1/audit-events").param("before", "garbage").with(auditor))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit-events").with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    /** The filter is read from the parameters directly (AuditFilterArguments): a wrong value is a 400, never a 500. */
    @Test
    void aFilterValueThatIsNotADateOrAnOutcomeIsTheCallersMistake() throws Exception {
        var auditor = Fixtures.login(mvc, world.auditor().username());
        for (String[] wrong : new String[][]{{"from", "2020-13-01"}, {"to", "yesterday"}, {"outcome", "MAYBE"}}) {
            mvc.perform(get("/api/v1/audit-events").param(wrong[0], wrong[1]).with(auditor))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                            .value("请求的内容不正确，请检查后重试。"));
            mvc.perform(get("/audit").param(wrong[0], wrong[1]).with(auditor)).andExpect(status().isBadRequest());
        }
        String page = mvc.perform(get("/audit").param("outcome", "REFUSED").param("from", "2020-06-01")
                        .param("username", " ").with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"2020-06-01\"").containsPattern("value=\"REFUSED\"\\s+selected");
    }

    @Test
    void loginsFailedLoginsAndLogoutsAreRecorded() throws Exception {
        String username = world.leader().username();
        mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()));
        var session = Fixtures.login(mvc, username);
        mvc.perform(post("/logout").with(session).with(csrf()));
        assertThat(events(username)).extracting(row -> row.get("action") + "/" + row.get("outcome"))
                .contains("Login.failure/FAILURE", "Login.success/SUCCESS", "Logout/SUCCESS");
    }

    @Test
    void onlyAuditorsReadTheTrailAndOnlyWithinTheirScope() throws Exception {
        fixtures.member(world.managerBActor(), world.villageB(), "乙村成员", com.carenext.organization.CommitteePost.MEMBER);
        mvc.perform(post("/api/v1/organizations/{id}/members", world.villageB().id())
                .with(httpBasic(world.managerB().username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"乙村新成员\",\"post\":\"MEMBER\",\"termStart\":\"2023-04-05\"}"));
        mvc.perform(get("/audit").with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").param("username", world.managerB().username())
                        .with(Fixtures.login(mvc, world.auditor().username())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("新增组成成员")));
        fixtures.user("auditora" + world.villageA().id(), world.villageA(), com.carenext.shared.Role.AUDITOR);
        mvc.perform(get("/audit").param("username", world.managerB().username())
                        .with(Fixtures.login(mvc, "auditora" + world.villageA().id())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("新增组成成员"))));
    }

    @Test
    void theExportIsAnExcelFileOfTheFilteredTrail() throws Exception {
        Fixtures.login(mvc, world.office().username());
        byte[] file = com.carenext.support.Exports.download(mvc, Fixtures.login(mvc, world.auditor().username()),
                "AUDIT", "username", world.office().username());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(world.office().displayName());
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("登录");
        }
    }

    @Test
    void noStatementInTheApplicationChangesOrDeletesAuditRows() throws Exception {
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            List<Path> offending = sources.filter(Files::isRegularFile)
                    .filter(path -> {
                        try {
                            String text = Files.readString(path).toLowerCase().replaceAll("\\s+", " ");
                            return text.contains("update audit_event") || text.contains("delete from audit_event");
                        } catch (java.io.IOException | java.io.UncheckedIOException e) {
                            return false;
                        }
                    })
                    .filter(path -> !path.toString().contains("postgresql"))
                    .filter(path -> !path.toString().contains("db/migration"))
                    .toList();
            assertThat(offending).isEmpty();
        }
    }

    private List<Map<String, Object>> events(String username) {
        return jdbc.sql("SELECT * FROM audit_event WHERE username = :u ORDER BY id").param("u", username)
                .query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> lower = new java.util.HashMap<>();
                    row.forEach((key, value) -> lower.put(key.toLowerCase(), value));
                    return lower;
                }).toList();
    }
}
