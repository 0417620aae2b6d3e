package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section's heading is written the way plans of its shape write it: 第二部分 takes no 、 (it was shown as
 * "第二部分、重点任务"), 一 takes 、, （一） takes nothing. The year-end summary, the plan's page, its .docx and the
 * dashboard all use {@link PlanViews.Section#heading()}.
 */
class SectionHeadingTest {

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void aPlanInPartsKeepsItsPartHeadingsAsWritten() {
        assertThat(headings("08-dongsheng-jiedao-2025-parts.txt"))
                .containsExactly("第二部分 重点任务", "第三部分 保障措施");
    }

    @Test
    void otherShapesKeepTheirOwnMarks() {
        assertThat(headings("01-gelutu-2024-gongzuoyaodian.txt")).first().isEqualTo("一、加强思想政治引领");
        assertThat(headings("04-wulantaolegai-2026-arabic.txt")).first().isEqualTo("1、加强组织建设");
        assertThat(new PlanViews.Section(0, "（二）", "抓好教育活动", "", 0, List.of()).heading())
                .isEqualTo("（二）抓好教育活动");
        assertThat(new PlanViews.Section(0, "", "工作安排", "", 0, List.of()).heading()).isEqualTo("工作安排");
    }

    @Test
    void aTaskShowsItsSectionHeadingTheSameWay() {
        PlanViews.Task task = new PlanViews.Task(1, 1, 1, "方案", "第二部分", "重点任务", "一", "加强组织建设", "", "",
                null, TaskStatus.NOT_STARTED, 0, List.of(), 0);
        assertThat(task.sectionHeading()).isEqualTo("第二部分 重点任务");
    }

    private List<String> headings(String file) {
        ParsedPlan plan = parser.parseStrict(PlanCorpusTest.read("corpus/" + file));
        return plan.sections().stream().map(section -> new PlanViews.Section(0, section.number(), section.title(),
                section.body(), 0, List.of()).heading()).toList();
    }
}
