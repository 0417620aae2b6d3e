package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.Roster;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.OfficialDocument;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Plans end to end through services, pages and the API: import, tracking, views, export. */
@CareNextTest
class WorkPlanTests {

    static final String SEED = seed();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkPlans plans;
    @Autowired
    PlanSections sections;
    @Autowired
    PlanTasks tasks;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    TaskProgress taskProgress;
    @Autowired
    TaskEvidence evidence;
    @Autowired
    Roster roster;

    Fixtures.Town world;

    static String seed() {
        try (InputStream in = WorkPlanTests.class.getResourceAsStream("/demo/plan-2023.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    long importSeed() {
        ParsedPlan parsed = new PlanTextParser().parse(SEED);
        return plans.create(world.officeActor(), PlanDraft.of(parsed, world.town().id(), 2023));
    }

    @Test
    void theSeedIsSavedAsFiveSectionsWithTheirTasksAndItsRosterIsImported() {
        PlanViews.Plan plan = sections.get(world.officeActor(), importSeed());
        assertThat(plan.title()).isEqualTo("乌审召镇2023年关心下一代工作计划");
        assertThat(plan.issuer()).isEqualTo("乌审召镇人民政府");
        assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(plan.year()).isEqualTo(2023);
        assertThat(plan.sections()).extracting(PlanViews.Section::number).containsExactly("一", "二", "三", "四", "五");
        assertThat(plan.sections().get(0).title()).isEqualTo("强化理论学习，压实“五老”责任");
        assertThat(plan.sections()).extracting(section -> section.tasks().size()).containsExactly(1, 3, 3, 3, 2);
        assertThat(plan.sections().get(1).tasks()).extracting(PlanViews.Task::number)
                .containsExactly("一是", "二是", "三是");
        assertThat(plan.sections().get(0).tasks().get(0).text()).doesNotContain("[bookmark").startsWith("2023年");
        assertThat(plan.sections().get(1).tasks()).allMatch(task -> task.status() == TaskStatus.NOT_STARTED);
        assertThat(roster.on(world.officeActor(), world.town().id(), LocalDate.of(2023, 4, 5)))
                .extracting(member -> member.name()).contains("宝音图", "李林", "张鲜斌").hasSize(10);
    }

    @Test
    void aVillageManagerSeesTheTaskAssignedToTheVillageAndReportsProgress() {
        PlanViews.Plan plan = sections.get(world.officeActor(), importSeed());
        long taskId = plan.sections().get(2).tasks().get(2).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(world.villageA().id()), "巴特尔", null,
                "6,7,8", null));
        PlanViews.Task task = tasks.task(world.managerAActor(), taskId);
        assertThat(task.owners()).extracting(PlanViews.Owner::name).containsExactly(world.villageA().name());
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(tasks.tasks(world.managerAActor(), world.villageA().id(), false, null))
                .extracting(PlanViews.Task::id).containsExactly(taskId);
        assertThatThrownBy(() -> tasks.task(world.managerBActor(), taskId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sections.get(world.managerAActor(), plan.id())).isInstanceOf(NotFoundException.class);

        taskProgress.report(world.managerAActor(), taskId, new ProgressDraft("召开防溺水宣讲会 2 场", 60), null);
        assertThat(tasks.task(world.officeActor(), taskId).progress()).isEqualTo(60);
        taskProgress.report(world.managerAActor(), taskId, new ProgressDraft("暑期巡逻结束", 100), null);
        assertThat(tasks.task(world.officeActor(), taskId).status()).isEqualTo(TaskStatus.DONE);
        assertThat(taskProgress.progress(world.officeActor(), taskId)).hasSize(2);
        assertThat(sections.get(world.officeActor(), plan.id()).sections().get(2).progress()).isEqualTo(33);
    }

    @Test
    void unfinishedTasksPastTheirDueDateAreOverdue() {
        PlanViews.Plan plan = sections.get(world.officeActor(), importSeed());
        long late = plan.sections().get(1).tasks().get(0).id();
        long done = plan.sections().get(1).tasks().get(1).id();
        assignments.assign(world.officeActor(), late, new TaskAssignment(List.of(world.villageB().id()), null,
                LocalDate.of(2023, 6, 30), null, null));
        assignments.assign(world.officeActor(), done, new TaskAssignment(List.of(world.villageB().id()), null,
                LocalDate.of(2023, 6, 30), null, null));
        taskProgress.report(world.managerBActor(), done, new ProgressDraft("完成", 100), null);
        assertThat(tasks.tasks(world.officeActor(), null, true, null)).extracting(PlanViews.Task::id)
                .contains(late).doesNotContain(done);
        assertThat(tasks.task(world.managerBActor(), late).status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void aStaleAssignmentIsRefused() {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(0).tasks().get(0).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(), "甲", null, null, 0L));
        assertThatThrownBy(() -> assignments.assign(world.officeActor(), taskId,
                new TaskAssignment(List.of(), "乙", null, null, 0L)))
                .isInstanceOf(com.carenext.shared.StaleEditException.class);
    }

    @Test
    void theApiParsesPlainTextWithoutSaving() throws Exception {
        mvc.perform(post("/api/v1/plans/parse").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .content(SEED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("乌审召镇2023年关心下一代工作计划"))
                .andExpect(jsonPath("$.issuer").value("乌审召镇人民政府"))
                .andExpect(jsonPath("$.date").value("2023-04-05"))
                .andExpect(jsonPath("$.sections.length()").value(5))
                .andExpect(jsonPath("$.sections[0].number").value("一"))
                .andExpect(jsonPath("$.sections[1].title").value("强化组织建设，增加“五老”力量"))
                .andExpect(jsonPath("$.sections[1].tasks.length()").value(3))
                .andExpect(jsonPath("$.sections[1].tasks[0].number").value("一是"))
                .andExpect(jsonPath("$.sections[4].tasks.length()").value(2))
                .andExpect(jsonPath("$.roster.length()").value(10));
        assertThat(plans.list(world.officeActor(), null)).isEmpty();
    }

    @Test
    void theApiParsesAnUploadedDocxAndRefusesABadFileWithAProblem() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (OfficialDocument document = new OfficialDocument()) {
            document.title("某镇2024年工作计划").heading("一、加强学习").paragraph("一是学理论。二是学政策。")
                    .heading("二、开展活动").paragraph("组织普法进校园。").signature("某镇人民政府", LocalDate.of(2024, 3, 1));
            document.writeTo(docx);
        }
        var basic = httpBasic(world.office().username(), Fixtures.PASSWORD);
        mvc.perform(multipart("/api/v1/plans/parse").file(new MockMultipartFile("file", "计划.docx",
                        PlanPages.DOCX, docx.toByteArray())).with(basic))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("某镇2024年工作计划"))
                .andExpect(jsonPath("$.sections.length()").value(2))
                .andExpect(jsonPath("$.sections[0].tasks.length()").value(2));
        mvc.perform(multipart("/api/v1/plans/parse").file(new MockMultipartFile("file", "计划.docx",
                        PlanPages.DOCX, "PK\3\4 not a zip at all".getBytes(StandardCharsets.ISO_8859_1))).with(basic))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Word")));
        mvc.perform(multipart("/api/v1/plans/parse").file(new MockMultipartFile("file", "计划.pdf",
                        "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1))).with(basic))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theApiSavesAConfirmedPlanForATownAdminOnly() throws Exception {
        String body = """
                {"year":2024,"title":"测试计划","organizationId":%d,"sections":[
                  {"number":"一","title":"学习","tasks":[{"number":"一是","text":"学理论"}]}]}"""
                .formatted(world.town().id());
        mvc.perform(post("/api/v1/plans").with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sections[0].tasks[0].text").value("学理论"));
        mvc.perform(post("/api/v1/plans").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2024,\"sections\":[]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theImportPagePreviewsEditsAndSaves() throws Exception {
        var session = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/plans/import").with(session).with(csrf()).param("text", SEED))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("乌审召镇2023年关心下一代工作计划")))
                .andExpect(content().string(containsString("sections[4].tasks[1].text")))
                .andExpect(content().string(containsString("宝音图")));
        MvcResult merged = mvc.perform(post("/plans/import/edit").with(session).with(csrf())
                        .param("step", "merge:0:1").param("year", "2023").param("title", "计划")
                        .param("organizationId", String.valueOf(world.town().id()))
                        .param("sections[0].number", "一").param("sections[0].title", "学习")
                        .param("sections[0].tasks[0].text", "甲").param("sections[0].tasks[1].text", "乙"))
                .andExpect(status().isOk()).andReturn();
        assertThat(merged.getResponse().getContentAsString()).doesNotContain("sections[0].tasks[1].text");
        mvc.perform(post("/plans").with(session).with(csrf()).param("year", "2023").param("title", "修改后的计划")
                        .param("organizationId", String.valueOf(world.town().id()))
                        .param("sections[0].number", "一").param("sections[0].title", "学习")
                        .param("sections[0].tasks[0].number", "一是").param("sections[0].tasks[0].text", "学理论"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*"));
        assertThat(plans.list(world.officeActor(), null)).extracting(PlanViews.PlanSummary::title)
                .containsExactly("修改后的计划");
        mvc.perform(post("/plans").with(session).with(csrf()).param("year", "2023").param("title", "")
                        .param("organizationId", String.valueOf(world.town().id())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/plans/import").with(session).with(csrf()).param("text", " "))
                .andExpect(status().isBadRequest());
    }

    @Test
    void splittingCutsAtLineBreaksOrTheMiddleSentence() {
        assertThat(PlanImportForm.split("甲\n乙\n丙")).containsExactly("甲", "乙", "丙");
        assertThat(PlanImportForm.split("开展培训。加强宣传。组织巡逻。")).containsExactly("开展培训。加强宣传。", "组织巡逻。");
        assertThat(PlanImportForm.split("没有句号")).containsExactly("没有句号");
    }

    @Test
    void noSectionHeadingSitsInsideATaskLink() throws Exception {
        long planId = importSeed();
        String html = mvc.perform(get("/plans/" + planId).with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        org.jsoup.select.Elements links = page.select("#plan-document a.plan-task");
        assertThat(links).hasSize(sections.get(world.officeActor(), planId).sections().stream()
                .mapToInt(section -> section.tasks().size()).sum());
        assertThat(links).allSatisfy(link -> assertThat(link.select("h2, .plan-section")).isEmpty());
        assertThat(links.text()).doesNotContain("五、助力乡村振兴");
        assertThat(page.select("#plan-document h2").eachText()).anyMatch(text -> text.startsWith("五、助力乡村振兴"));
    }

    @Test
    void theDocumentPageShowsProgressAndTheDocxExportHasTitleBodyAndRoster() throws Exception {
        long planId = importSeed();
        var session = Fixtures.login(mvc, world.office().username());
        mvc.perform(get("/plans/" + planId).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("强化信息宣传，彰显“五老”风采")));
        byte[] docx = mvc.perform(get("/plans/" + planId + "/export.docx").with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = document.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + b + "\n");
            assertThat(text).contains("乌审召镇2023年关心下一代工作计划", "一、强化理论学习", "一是", "2023年4月5日", "附件");
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getText()).contains("宝音图", "主任");
        }
    }

    @Test
    void progressAttachmentsAreTypeCheckedAndDownloadable() throws Exception {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(1).tasks().get(0).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(world.villageA().id()), null, null, null,
                null));
        var session = Fixtures.login(mvc, world.managerA().username());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        mvc.perform(multipart("/plans/tasks/" + taskId + "/progress").file(new MockMultipartFile("file", "照片.png",
                        "image/png", png)).param("note", "开展培训").param("percent", "30").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/plans/tasks/" + taskId + "/progress").file(new MockMultipartFile("file", "病毒.png",
                        "image/png", "MZ\0\0 not an image".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("note", "再报").param("percent", "40").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<PlanViews.Progress> progress = taskProgress.progress(world.managerAActor(), taskId);
        assertThat(progress).hasSize(1);
        assertThat(progress.get(0).fileName()).isEqualTo("照片.png");
        mvc.perform(get("/plans/progress/" + progress.get(0).id() + "/attachment").with(session))
                .andExpect(status().isOk())
                .andExpect(content().bytes(png));
        mvc.perform(post("/plans/tasks/" + taskId + "/progress").param("note", "").param("percent", "300")
                        .with(session).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/plans/tasks").with(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("提高思想认识")));
    }

    @Test
    void evidenceLinksRecordsOfOtherModulesByTypeAndId() throws Exception {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(2).tasks().get(0).id();
        long evidenceId = evidence.add(world.officeActor(), taskId, new EvidenceDraft("ACTIVITY", 42L, "普法进校园"));
        assertThat(evidence.of(world.officeActor(), taskId)).extracting(PlanViews.Evidence::label)
                .containsExactly("普法进校园");
        mvc.perform(post("/api/v1/plan-tasks/" + taskId + "/evidence")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordType\":\"bad type\",\"recordId\":1,\"label\":\"x\"}"))
                .andExpect(status().isBadRequest());
        evidence.remove(world.officeActor(), evidenceId);
        assertThat(evidence.of(world.officeActor(), taskId)).isEmpty();
    }

    @Test
    void pathsFollowAnOrganizationThatMoves() {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(1).tasks().get(0).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(world.villageA().id()), null, null, null,
                null));
        var organizations = fixtures.organization(world.officeActor(), world.town(), "新片区", 
                com.carenext.organization.OrganizationType.VILLAGE_COMMITTEE);
        moved(world.villageA().id(), organizations.id());
        var managerA = com.carenext.support.Fixtures.actor(world.managerA(),
                organizationsService.get(world.officeActor(), world.villageA().id()));
        assertThat(tasks.tasks(managerA, world.villageA().id(), false, null)).extracting(PlanViews.Task::id)
                .containsExactly(taskId);
    }

    @Autowired
    com.carenext.organization.Organizations organizationsService;

    private void moved(long id, long newParent) {
        organizationsService.move(world.officeActor(), id, newParent, null);
    }
}
