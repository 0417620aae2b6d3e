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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.Roster;
import com.carenext.shared.BusinessRuleException;
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
    @Autowired
    Activities activities;

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
                "6,7,8", 0L));
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
                LocalDate.of(2023, 6, 30), null, 0L));
        assignments.assign(world.officeActor(), done, new TaskAssignment(List.of(world.villageB().id()), null,
                LocalDate.of(2023, 6, 30), null, 0L));
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
    void importingThePlanAgainWarnsAndUpdatesReplacesOrKeepsBothWithoutDoublingTheRoster() throws Exception {
        var office = world.officeActor();
        long first = importSeed();
        PlanDraft again = PlanDraft.of(new PlanTextParser().parse(SEED), world.town().id(), 2023);
        assertThatThrownBy(() -> plans.create(office, again))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("plan.import.exists");
        long taskId = sections.get(office, first).sections().get(2).tasks().get(1).id();
        assignments.assign(office, taskId, new TaskAssignment(List.of(world.villageA().id()), "巴特尔", null, "7",
                0L));
        taskProgress.report(world.managerAActor(), taskId, new ProgressDraft("召开宣讲会", 50), null);
        evidence.add(office, taskId, new EvidenceDraft("OTHER", 1L, "宣讲会照片"));

        assertThat(plans.create(office, again, ImportMode.UPDATE)).isEqualTo(first);
        PlanViews.Plan updated = sections.get(office, first);
        assertThat(updated.sections()).extracting(section -> section.tasks().size()).containsExactly(1, 3, 3, 3, 2);
        PlanViews.Task kept = tasks.task(office, taskId);
        assertThat(kept.progress()).isEqualTo(50);
        assertThat(kept.owners()).extracting(PlanViews.Owner::organizationId).containsExactly(world.villageA().id());
        assertThat(evidence.of(office, taskId)).hasSize(1);
        assertThat(plans.list(office, null)).hasSize(1);
        assertThat(roster.on(office, world.town().id(), LocalDate.of(2023, 4, 5))).hasSize(10);

        assertThat(plans.create(office, again, ImportMode.REPLACE)).isEqualTo(first);
        assertThatThrownBy(() -> tasks.task(office, taskId)).isInstanceOf(NotFoundException.class);
        assertThat(sections.get(office, first).sections()).extracting(section -> section.tasks().size())
                .containsExactly(1, 3, 3, 3, 2);
        assertThat(sections.get(office, first).progress()).isZero();

        assertThat(plans.create(office, again, ImportMode.KEEP_BOTH)).isNotEqualTo(first);
        assertThat(plans.list(office, null)).hasSize(2);
        assertThat(roster.on(office, world.town().id(), LocalDate.of(2023, 4, 5))).hasSize(10);
        byte[] docx = mvc.perform(get("/plans/" + first + "/export.docx")
                        .with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String roster = document.getTables().get(0).getText();
            assertThat(roster.split("宝音图", -1)).hasSize(2);
        }
    }

    @Test
    void thePreviewWarnsWhenThePlanWasImportedAndOffersThreeWays() throws Exception {
        importSeed();
        var session = Fixtures.login(mvc, world.office().username());
        PlanDraft again = PlanDraft.of(new PlanTextParser().parse(SEED), world.town().id(), 2023);
        var form = post("/plans").with(session).with(csrf()).param("year", "2023").param("title", again.title())
                .param("organizationId", String.valueOf(world.town().id()));
        for (int i = 0; i < again.sections().size(); i++) {
            PlanDraft.Section section = again.sections().get(i);
            form.param("sections[" + i + "].number", section.number()).param("sections[" + i + "].title", section.title());
            for (int j = 0; j < section.tasks().size(); j++) {
                form.param("sections[" + i + "].tasks[" + j + "].number", section.tasks().get(j).number())
                        .param("sections[" + i + "].tasks[" + j + "].text", section.tasks().get(j).text());
            }
        }
        mvc.perform(form).andExpect(status().isConflict())
                .andExpect(content().string(containsString("该计划已导入")))
                .andExpect(content().string(containsString("name=\"mode\" value=\"UPDATE\"")));
        assertThat(plans.list(world.officeActor(), null)).hasSize(1);
        mvc.perform(form.param("mode", "KEEP_BOTH")).andExpect(status().is3xxRedirection());
        assertThat(plans.list(world.officeActor(), null)).hasSize(2);
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
                0L));
        var session = Fixtures.login(mvc, world.managerA().username());
        byte[] png = com.carenext.files.FileSamples.PNG.bytes(1024 * 1024);
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
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                // written anew from its pixels (no metadata carried over), so the bytes need not be the uploaded ones
                .andExpect(result -> assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                        result.getResponse().getContentAsByteArray())).getWidth()).isEqualTo(64));
        mvc.perform(post("/plans/tasks/" + taskId + "/progress").param("note", "").param("percent", "300")
                        .with(session).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/plans/tasks").with(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("提高思想认识")));
    }

    /** The owners' picker holds the owners only (ticked), not the subtree; an invalid assignment keeps what was ticked. */
    @Test
    void theTaskPageListsItsOwnersNotTheSubtree() throws Exception {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(2).tasks().get(0).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(world.villageA().id()), null, null,
                null, 0L));
        var deep = fixtures.organization(world.officeActor(), world.villageB(), "乙村深处小组",
                com.carenext.organization.OrganizationType.PARTNER_UNIT);
        var office = Fixtures.login(mvc, world.office().username());
        String page = mvc.perform(get("/plans/tasks/" + taskId).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("name=\"ownerIds\" value=\"" + world.villageA().id() + "\" checked")
                .contains("/organizations/picker?field=ownerIds&amp;multiple=true")
                .doesNotContain("乙村深处小组").doesNotContain(world.villageB().name());
        String invalid = mvc.perform(post("/plans/tasks/" + taskId + "/assignment")
                        .param("ownerIds", String.valueOf(deep.id())).param("dueMonths", "13,14")
                        .param("version", "1").with(office).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).containsPattern("name=\"ownerIds\" value=\"" + deep.id() + "\" checked");
    }

    @Test
    void evidenceLinksRecordsOfOtherModulesByTypeAndId() throws Exception {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(2).tasks().get(0).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(world.villageA().id(),
                world.villageB().id()), null, null, null, 0L));
        long own = activity(world.managerAActor(), world.villageA().id(), "甲村普法进校园");
        long foreign = activity(world.managerBActor(), world.villageB().id(), "乙村普法进校园");
        long evidenceId = evidence.add(world.managerAActor(), taskId, new EvidenceDraft("ACTIVITY", own, "普法进校园"));
        assertThat(evidence.of(world.officeActor(), taskId)).singleElement()
                .satisfies(e -> assertThat(e.link()).isEqualTo("/activities/" + own))
                .extracting(PlanViews.Evidence::label).isEqualTo("普法进校园");
        assertThatThrownBy(() -> evidence.add(world.managerAActor(), taskId,
                new EvidenceDraft("ACTIVITY", 99999L, "不存在的活动")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("plan.evidence.notFound");
        assertThatThrownBy(() -> evidence.add(world.managerAActor(), taskId,
                new EvidenceDraft("ACTIVITY", foreign, "乙村的活动")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("plan.evidence.notFound");
        var session = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(get("/plans/tasks/" + taskId).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/activities/" + own + "\"")));
        mvc.perform(post("/plans/tasks/" + taskId + "/evidence").param("recordType", "ACTIVITY")
                        .param("recordId", String.valueOf(foreign)).param("label", "乙村的活动")
                        .with(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "plan.evidence.notFound"));
        mvc.perform(post("/api/v1/plan-tasks/" + taskId + "/evidence")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordType\":\"ACTIVITY\",\"recordId\":99999,\"label\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("99999")));
        mvc.perform(post("/api/v1/plan-tasks/" + taskId + "/evidence")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recordType\":\"bad type\",\"recordId\":1,\"label\":\"x\"}"))
                .andExpect(status().isBadRequest());
        assertThat(evidence.of(world.officeActor(), taskId)).hasSize(1);
        evidence.remove(world.officeActor(), evidenceId);
        assertThat(evidence.of(world.officeActor(), taskId)).isEmpty();
    }

    private long activity(com.carenext.shared.Actor actor, long organizationId, String title) {
        return activities.record(actor, new ActivityDraft(organizationId, ActivityType.LEGAL_EDUCATION, title,
                java.time.LocalDateTime.of(2023, 5, 10, 9, 0), "中心校", List.of(), List.of(), 30, 0, 0, "", null, null,
                List.of())).id();
    }

    @Test
    void pathsFollowAnOrganizationThatMoves() {
        long taskId = sections.get(world.officeActor(), importSeed()).sections().get(1).tasks().get(0).id();
        assignments.assign(world.officeActor(), taskId, new TaskAssignment(List.of(world.villageA().id()), null, null, null,
                0L));
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
        organizationsService.move(world.officeActor(), id, newParent,
                organizationsService.get(world.officeActor(), id).version());
    }
}
