package com.carenext.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.carenext.shared.Role;
import com.carenext.support.BulkActivities;
import com.carenext.support.CareNextTest;
import com.carenext.support.Exports;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exports as jobs end to end: asked through the API (202 + Location), run by the application's own worker, the file
 * opened with POI; nobody but the owner in scope sees or fetches it; refusals answer the request and queue nothing.
 */
@CareNextTest
class ExportJobsTests {

    static final int ROWS = 12_345;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Town world;

    @BeforeEach
    void aLedgerOfManyRows() {
        world = fixtures.town();
        BulkActivities.insert(jdbc, world.villageA().id(), world.villageA().path(), "LEGAL_EDUCATION", "普法", ROWS);
        BulkActivities.insert(jdbc, world.villageA().id(), world.villageA().path(), "CULTURE", "文化", 3);
    }

    @Test
    void anExportRunsToDoneThroughTheApiAndTheFileHoldsExactlyTheFilteredRows() throws Exception {
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        var asked = mvc.perform(post("/api/v1/exports").with(office).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"ACTIVITY\",\"filter\":{\"type\":\"LEGAL_EDUCATION\"}}")).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(202);
        String location = asked.getHeader("Location");
        assertThat(location).matches("/api/v1/exports/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(Exports.await(mvc, office, id)).isEqualTo("DONE");
        String status = mvc.perform(get(location).with(office)).andReturn().getResponse().getContentAsString();
        assertThat(status).contains("\"rowsWritten\":" + ROWS, "\"totalRows\":" + ROWS);

        var file = mvc.perform(get(location + "/file").with(office)).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("attachment");
        Set<String> titles = new HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("活动名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS + 1);
            for (int row = 2; row <= ROWS + 1; row++) {
                titles.add(sheet.getRow(row).getCell(2).getStringCellValue());
            }
        }
        assertThat(titles).hasSize(ROWS).contains("普法0", "普法" + (ROWS - 1)).noneMatch(t -> t.startsWith("文化"));
        assertThat(audited("Export.done", id)).isEqualTo(1);
        assertThat(audited("Export.download", id)).isEqualTo(1);
    }

    @Test
    void anotherUserOrOrganizationNeitherSeesNorDownloadsIt() throws Exception {
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        long id = Exports.request(mvc, office, "ACTIVITY", "type", "CULTURE");
        assertThat(Exports.await(mvc, office, id)).isEqualTo("DONE");
        var secondOffice = fixtures.user("office2x" + world.town().id(), world.town(), Role.TOWN_ADMIN);
        var villageOffice = fixtures.user("officeva" + world.town().id(), world.villageA(), Role.TOWN_ADMIN);
        for (String other : new String[]{secondOffice.username(), villageOffice.username(),
                world.managerB().username(), world.auditor().username()}) {
            RequestPostProcessor session = Fixtures.login(mvc, other);
            for (String path : new String[]{"/api/v1/exports/" + id, "/api/v1/exports/" + id + "/file",
                    "/exports/" + id, "/exports/" + id + "/progress", "/exports/" + id + "/file"}) {
                var answer = mvc.perform(get(path).with(session)).andReturn().getResponse();
                assertThat(answer.getStatus()).as(other + " " + path).isEqualTo(404);
                assertThat(answer.getContentAsString()).doesNotContain("文化0");
            }
            assertThat(mvc.perform(get("/api/v1/exports").with(session)).andReturn().getResponse()
                    .getContentAsString()).doesNotContain("\"id\":" + id + ",");
        }
        assertThat(mvc.perform(get("/exports").with(office)).andReturn().getResponse().getContentAsString())
                .contains("/exports/" + id + "/file");
        assertThat(mvc.perform(get("/exports/" + id + "/file").with(office)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aRefusedExportAnswersTheRequestInChineseQueuesNothingAndIsAuditedAsRefused() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM export_job").query(Long.class).single();
        RequestPostProcessor managerA = Fixtures.login(mvc, world.managerA().username());
        var foreign = mvc.perform(post("/api/v1/exports").with(managerA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"ACTIVITY\",\"filter\":{\"organizationId\":\"" + world.villageB().id() + "\"}}"))
                .andReturn().getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        var audit = mvc.perform(post("/api/v1/exports").with(managerA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"AUDIT\"}")).andReturn().getResponse();
        assertThat(audit.getStatus()).isEqualTo(403);
        var badFilter = mvc.perform(post("/api/v1/exports").with(managerA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"ACTIVITY\",\"filter\":{\"from\":\"not-a-date\"}}")).andReturn().getResponse();
        assertThat(badFilter.getStatus()).isEqualTo(400);
        assertThat(badFilter.getContentAsString()).contains("筛选条件无效");
        var page = mvc.perform(post("/exports").param("kind", "VOLUNTEER").param("organizationId",
                String.valueOf(world.villageB().id())).with(managerA).with(csrf())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM export_job").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = :user AND outcome = 'REFUSED' "
                        + "AND request_path IN ('/exports', '/api/v1/exports')")
                .param("user", world.managerA().username()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aJobWhoseOwnerLostTheRoleFailsWithTheReasonInChinese() throws Exception {
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        jdbc.sql("""
                        INSERT INTO export_job (owner_id, owner_username, organization_path, kind, filter_params, locale,
                            status, created_at)
                        VALUES (:owner, :username, :path, 'AUDIT', '', 'zh-CN', 'QUEUED', CURRENT_TIMESTAMP)""")
                .param("owner", world.office().id()).param("username", world.office().username())
                .param("path", world.town().path()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM export_job").query(Long.class).single();
        assertThat(Exports.await(mvc, office, id)).isEqualTo("FAILED");
        assertThat(mvc.perform(get("/exports/" + id).with(office)).andReturn().getResponse().getContentAsString())
                .contains("导出失败：您已没有导出这些数据的权限");
        assertThat(mvc.perform(get("/exports/" + id + "/file").with(office)).andReturn().getResponse().getStatus())
                .isEqualTo(422);
        assertThat(audited("Export.failed", id)).isEqualTo(1);
    }

    private long audited(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :action AND target_id = :id")
                .param("action", action).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
