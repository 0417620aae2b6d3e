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
            assertThat(row.get("outcome")).isEqualTo("FAILURE");
            assertThat(row.get("status")).isEqualTo(422);
        });
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
        byte[] file = mvc.perform(get("/audit/export.xlsx").param("username", world.office().username())
                        .with(Fixtures.login(mvc, world.auditor().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(world.office().username());
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
