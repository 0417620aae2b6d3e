package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.shared.StaleEditException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The year-end summary of the seed plan: figures from the modules' records in the plan's section order, the .docx
 * with the five section headings, the JSON API, versioned edits that keep the office's texts, scope and issuing.
 */
@CareNextTest
class YearEndSummaryTests {

    static final List<String> HEADINGS = List.of("一、强化理论学习，压实“五老”责任", "二、强化组织建设，增加“五老”力量",
            "三、强化活动开展，突显“五老”作用", "四、强化信息宣传，彰显“五老”风采", "五、助力乡村振兴，扩大“五老”影响");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkPlans plans;
    @Autowired
    PlanSections sections;
    @Autowired
    TaskAssignments assignments;
    @Autowired
    TaskIndicators indicators;
    @Autowired
    YearEndSummaries summaries;
    @Autowired
    Notices notices;
    @Autowired
    Activities activities;

    Fixtures.Town world;
    long planId;
    PlanViews.Plan plan;
    long lawTask;

    @AfterEach
    void noLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @BeforeEach
    void seedPlan() throws IOException {
        // the services called here directly write in the language of the request, as the pages do (Chinese)
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        world = fixtures.town();
        String seed;
        try (InputStream in = YearEndSummaryTests.class.getResourceAsStream("/demo/plan-2023.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        planId = plans.create(world.officeActor(),
                PlanDraft.of(new PlanTextParser().parse(seed), world.town().id(), 2023).withoutRoster());
        plan = sections.get(world.officeActor(), planId);
        lawTask = plan.sections().get(2).tasks().get(0).id();
        assignments.assign(world.officeActor(), lawTask, new TaskAssignment(List.of(world.villageA().id()), "李林",
                null, "5,6", 0L));
        indicators.add(world.officeActor(), lawTask, new IndicatorDraft("activity.held", "LEGAL_EDUCATION", 2L, null));
        lawActivity(LocalDateTime.of(2023, 5, 20, 9, 0));
    }

    void lawActivity(LocalDateTime at) {
        activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(), ActivityType.LEGAL_EDUCATION,
                "普法进校园" + at.toLocalDate(), at, "甲村小学", List.of(), List.of(), 30, 0, 0, null, null, null, null));
    }

    @Test
    void theJsonListsTheSectionsInThePlansOrderWithFiguresRecordsAndShortfalls() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/year-end-summary", planId)
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(world.town().name().replace("关工委", "关心下一代工作委员会")
                        + "2023年工作总结"))
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.sections.length()").value(5))
                .andExpect(jsonPath("$.sections[0].heading").value(HEADINGS.get(0)))
                .andExpect(jsonPath("$.sections[2].heading").value(HEADINGS.get(2)))
                .andExpect(jsonPath("$.sections[2].tasks[0].figures[0].value").value(1))
                .andExpect(jsonPath("$.sections[2].tasks[0].figures[0].target").value(2))
                .andExpect(jsonPath("$.sections[2].tasks[0].records[0].link", startsWith("/activities/")))
                .andExpect(jsonPath("$.sections[2].tasks[0].records[0].place").value("甲村小学"))
                .andExpect(jsonPath("$.sections[2].tasks[0].records[0].date").value("2023-05-20"))
                .andExpect(jsonPath("$.sections[2].tasks[0].shortfalls[0]", containsString("尚差1次")))
                .andExpect(jsonPath("$.sections[2].text", containsString("开展活动（普法进校园）1次（目标2次）")));
    }

    @Test
    void theDocxHoldsTheFiveSectionHeadingsWithFigures() throws Exception {
        byte[] docx = mvc.perform(get("/api/v1/plans/{id}/year-end-summary.docx", planId)
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> paragraphs = paragraphs(docx);
        assertThat(paragraphs).containsSubsequence(HEADINGS);
        assertThat(paragraphs.get(0)).endsWith("2023年工作总结");
        assertThat(String.join("\n", paragraphs)).contains("全年开展活动（普法进校园）1次（目标2次）",
                "5月20日于甲村小学“普法进校园2023-05-20”", "存在不足：");

        byte[] byAccept = mvc.perform(get("/api/v1/plans/{id}/year-end-summary", planId).accept(DOCX)
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType(DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(paragraphs(byAccept)).containsSubsequence(HEADINGS);
    }

    @Test
    void editsNeedTheVersionReadAndRegeneratingKeepsTheOfficesTexts() throws Exception {
        long sectionThree = plan.sections().get(2).id();
        summaries.generate(world.officeActor(), planId, null);
        summaries.write(world.officeActor(), planId, sectionThree, "普法进校园覆盖全镇学校。", 0L);
        assertThatThrownBy(() -> summaries.write(world.officeActor(), planId, sectionThree, "旧版本上的修改", 0L))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> summaries.write(world.officeActor(), planId, sectionThree, "没有版本", null))
                .isInstanceOf(StaleEditException.class);

        lawActivity(LocalDateTime.of(2023, 9, 1, 9, 0));
        assertThat(summaries.get(world.officeActor(), planId).sections().get(2).tasks().get(0).figures().get(0).value())
                .as("a draft keeps the figures it was generated with").isEqualTo(1);
        summaries.generate(world.officeActor(), planId, 1L);
        YearEndSummary regenerated = summaries.get(world.officeActor(), planId);
        assertThat(regenerated.version()).isEqualTo(2);
        assertThat(regenerated.sections().get(2).tasks().get(0).figures().get(0).value()).isEqualTo(2);
        assertThat(regenerated.sections().get(2).text()).isEqualTo("普法进校园覆盖全镇学校。");
        assertThat(regenerated.sections().get(2).edited()).isTrue();
        assertThat(regenerated.sections().get(3).edited()).isFalse();

        var session = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/plans/{id}/summary/sections/{s}", planId, sectionThree).param("text", "我在旧页面上写的字")
                        .param("version", "1").with(session).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改并保存")))
                .andExpect(content().string(containsString("我在旧页面上写的字")))
                .andExpect(content().string(containsString("普法进校园覆盖全镇学校。")));
        mvc.perform(post("/plans/{id}/summary/sections/{s}", planId, sectionThree).param("text", "全年普法进校园两次。")
                        .param("version", "2").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/{id}/summary", planId).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全年普法进校园两次。")))
                .andExpect(content().string(containsString("草稿第4版")));
        assertThat(String.join("\n", paragraphs(mvc.perform(get("/plans/{id}/summary.docx", planId).with(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())))
                .contains("全年普法进校园两次。");
    }

    @Test
    void onlyTheOwnersSubtreeReadsAndOnlyItsOfficeWrites() throws Exception {
        Fixtures.Town other = fixtures.town();
        mvc.perform(get("/api/v1/plans/{id}/year-end-summary", planId)
                        .with(httpBasic(other.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/{id}/year-end-summary.docx", planId)
                        .with(httpBasic(other.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/summary", planId).with(Fixtures.login(mvc, other.office().username())))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> summaries.generate(other.officeActor(), planId, null))
                .isInstanceOf(com.carenext.shared.NotFoundException.class);
        assertThatThrownBy(() -> summaries.generate(world.managerAActor(), planId, null))
                .as("a village inside the town reads its own tasks, not the town's summary")
                .isInstanceOf(com.carenext.shared.NotFoundException.class);
        var leader = Fixtures.actor(world.leader(), world.town());
        assertThat(summaries.get(leader, planId).editable()).isFalse();
        assertThatThrownBy(() -> summaries.generate(leader, planId, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDraftIsIssuedAsANoticeWithTheDocxAttached() throws Exception {
        summaries.generate(world.officeActor(), planId, null);
        var session = Fixtures.login(mvc, world.office().username());
        String location = mvc.perform(post("/plans/{id}/summary/notice", planId).param("version", "0")
                        .with(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long noticeId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        NoticeViews.Notice notice = notices.get(world.officeActor(), noticeId);
        assertThat(notice.title()).contains("关于印发《", "2023年工作总结》的通知");
        assertThat(notice.published()).isTrue();
        assertThat(notice.receipts()).extracting(NoticeViews.Receipt::organizationId)
                .contains(world.villageA().id(), world.villageB().id());
        assertThat(notice.attachments()).singleElement()
                .satisfies(file -> assertThat(file.fileName()).endsWith("2023年工作总结.docx"));
        assertThat(summaries.get(world.officeActor(), planId).noticeId()).isEqualTo(noticeId);
    }

    static List<String> paragraphs(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> !text.isBlank())
                    .toList();
        }
    }
}
