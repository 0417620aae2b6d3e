package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The import preview proposes indicators from the task texts; only the ones the office keeps checked are saved. */
@CareNextTest
class IndicatorProposalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    IndicatorProposals proposals;
    @Autowired
    Measures measures;
    @Autowired
    PlanSections sections;
    @Autowired
    WorkPlans plans;
    @Autowired
    TaskIndicators indicators;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    static Predicate<IndicatorProposals.Proposal> is(String measure, String param) {
        return p -> p.measure().equals(measure) && p.param().equals(param);
    }

    PlanImportForm seedForm() {
        PlanImportForm form = PlanImportForm.of(PlanDraft.of(new PlanTextParser().parse(WorkPlanTests.SEED),
                world.town().id(), 2023));
        form.propose(proposals::propose);
        return form;
    }

    List<IndicatorProposals.Proposal> proposed(PlanImportForm form, int section, int task) {
        return form.getSections().get(section).getTasks().get(task).getIndicators().stream()
                .map(i -> new IndicatorProposals.Proposal(i.getMeasure(), i.getParam(), i.getTarget())).toList();
    }

    @Test
    void everyRuleOfTheTableNamesAMeasureThatAModuleOffers() {
        assertThat(IndicatorProposals.RULES).allSatisfy(rule -> assertThat(IndicatorProposals.offered(measures, rule))
                .as("rule %s → %s %s", rule.keywords(), rule.measure(), rule.param()).isTrue());
        assertThat(proposals.active()).hasSameSizeAs(IndicatorProposals.RULES);
    }

    @Test
    void theSeedProposesLegalEducationPublicityAndPatrolCoverage() {
        PlanImportForm form = seedForm();
        assertThat(proposed(form, 2, 0)).anyMatch(is("activity.held", "LEGAL_EDUCATION"));
        assertThat(proposed(form, 2, 1)).anyMatch(is("activity.held", "FAMILY_VALUES"));
        assertThat(proposed(form, 2, 2)).anyMatch(is("patrol.coverage", "").and(p -> p.target() == 100))
                .anyMatch(is("activity.held", "DROWNING_PREVENTION_TALK"));
        for (int task = 0; task < 3; task++) {
            assertThat(proposed(form, 3, task)).as("四·%d", task + 1)
                    .anyMatch(p -> p.measure().startsWith("publicity."));
        }
        assertThat(proposed(form, 3, 2)).anyMatch(is("publicity.bulletins", ""));
        assertThat(proposed(form, 0, 0)).anyMatch(is("study.sessions", "STUDY"));
        assertThat(proposed(form, 1, 2)).anyMatch(is("volunteer.recruited", ""));
        assertThat(form.getSections()).allSatisfy(section -> assertThat(section.getTasks())
                .allSatisfy(task -> assertThat(task.getIndicators()).hasSizeLessThanOrEqualTo(3)
                        .allSatisfy(indicator -> assertThat(indicator.isSelected()).isTrue())));
    }

    @Test
    void targetsAreTakenFromTheFiguresTheTextNames() {
        assertThat(proposals.propose("联合司法所开展普法进校园活动，全年不少于3次。"))
                .containsExactly(new IndicatorProposals.Proposal("activity.held", "LEGAL_EDUCATION", 3));
        assertThat(proposals.propose("组织“五老”宣讲团开展防溺水宣讲，全年开展5场。"))
                .anyMatch(is("activity.held", "DROWNING_PREVENTION_TALK").and(p -> p.target() == 5));
        assertThat(proposals.propose("镇关工委每季度组织一次集中学习。"))
                .containsExactly(new IndicatorProposals.Proposal("study.sessions", "STUDY", 4));
        assertThat(proposals.propose("每个嘎查确定1名通讯员，全年向旗级以上媒体投稿不少于三十篇。"))
                .anyMatch(is("publicity.adopted", "").and(p -> p.target() == 30));
        assertThat(proposals.propose("暑期组织巡逻，重点水域巡逻覆盖率达到90%。"))
                .containsExactly(new IndicatorProposals.Proposal("patrol.coverage", "", 90));
        assertThat(proposals.propose("开展普法宣传。"))
                .containsExactly(new IndicatorProposals.Proposal("activity.held", "LEGAL_EDUCATION", 2));
        assertThat(proposals.propose("加强组织领导，落实工作经费。")).isEmpty();
    }

    @Test
    void thePreviewShowsEachProposalWithACheckboxAndAnEditableTarget() throws Exception {
        var session = Fixtures.login(mvc, world.office().username());
        String html = mvc.perform(post("/plans/import").with(session).with(csrf()).param("text", WorkPlanTests.SEED))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        var legal = page.select("#proposals-2-0 .proposal");
        assertThat(legal.text()).contains("普法");
        assertThat(legal.select("input[type=checkbox][checked]")).isNotEmpty();
        assertThat(legal.select("input[type=number].proposal-target")).isNotEmpty();
        assertThat(page.select("#proposals-2-2").text()).contains("防溺水巡逻水域覆盖率");
    }

    @Test
    void onlyCheckedProposalsAreSavedWithTheirEditedTargets() throws Exception {
        PlanImportForm form = seedForm();
        var request = post("/plans").with(Fixtures.login(mvc, world.office().username())).with(csrf());
        // 三·一是: the first proposal (普法) kept with an edited target, the others of the plan unchecked
        fill(request, form, Map.of("sections[2].tasks[0].indicators[0].selected", "true",
                "sections[2].tasks[0].indicators[0].target", "7"));
        mvc.perform(request).andExpect(status().is3xxRedirection());

        PlanViews.Plan plan = sections.get(world.officeActor(), planIdOf(form));
        List<IndicatorView> law = indicators.of(world.officeActor(), plan.sections().get(2).tasks().get(0).id());
        assertThat(law).singleElement().satisfies(view -> {
            assertThat(view.measure()).isEqualTo("activity.held");
            assertThat(view.target()).isEqualTo(7);
        });
        assertThat(plan.sections().stream().flatMap(s -> s.tasks().stream())
                .mapToLong(task -> indicators.of(world.officeActor(), task.id()).size()).sum()).isEqualTo(1);
    }

    @Test
    void aCheckedProposalWithoutTargetOrWithAnUnknownMeasureIsRefusedWithAChineseMessage() throws Exception {
        PlanImportForm form = seedForm();
        var session = Fixtures.login(mvc, world.office().username());
        var blank = post("/plans").with(session).with(csrf());
        fill(blank, form, Map.of("sections[2].tasks[0].indicators[0].selected", "true",
                "sections[2].tasks[0].indicators[0].target", ""));
        mvc.perform(blank).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("指标填写有误")));
        var unknown = post("/plans").with(session).with(csrf());
        fill(unknown, form, Map.of("sections[2].tasks[0].indicators[0].selected", "true",
                "sections[2].tasks[0].indicators[0].measure", "no.such.measure"));
        mvc.perform(unknown).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("没有这个统计口径")));
    }

    @Test
    void aPlanWithIndicatorsCanBeImportedAgainAndReplaced() {
        PlanImportForm form = seedForm();
        PlanDraft draft = form.toDraft();
        long planId = plans.create(world.officeActor(), draft, ImportMode.NEW, form.confirmed());
        PlanViews.Plan plan = sections.get(world.officeActor(), planId);
        assertThat(indicators.of(world.officeActor(), plan.sections().get(2).tasks().get(0).id())).isNotEmpty();

        assertThat(plans.create(world.officeActor(), draft, ImportMode.UPDATE, form.confirmed())).isEqualTo(planId);
        PlanViews.Plan updated = sections.get(world.officeActor(), planId);
        assertThat(indicators.of(world.officeActor(), updated.sections().get(2).tasks().get(0).id()))
                .as("not doubled").hasSameSizeAs(form.getSections().get(2).getTasks().get(0).getIndicators());

        assertThat(plans.create(world.officeActor(), draft, ImportMode.REPLACE)).isEqualTo(planId);
        PlanViews.Plan replaced = sections.get(world.officeActor(), planId);
        assertThat(replaced.sections().stream().flatMap(s -> s.tasks().stream())
                .allMatch(task -> indicators.of(world.officeActor(), task.id()).isEmpty())).isTrue();
    }

    @Test
    void aHugeOrEndlessPastedTextIsRefusedWithAChineseMessage() throws Exception {
        var session = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/plans/import").with(session).with(csrf())
                        .param("text", "关".repeat(PlanDocumentText.MAX_TEXT_CHARS + 1)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("文档文字过多")));
        mvc.perform(post("/plans/import").with(session).with(csrf())
                        .param("text", "1.甲\r\n".repeat(PlanImport.MAX_LINES + 1)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("文档行数过多")));
        mvc.perform(post("/plans/import").with(session).with(csrf())
                        .param("text", WorkPlanTests.SEED + "\n".repeat(PlanImport.MAX_LINES / 2)))
                .andExpect(status().isOk());
    }

    long planIdOf(PlanImportForm form) {
        return plans.list(world.officeActor(), null).stream().filter(p -> p.title().equals(form.getTitle()))
                .mapToLong(PlanViews.PlanSummary::id).max().orElseThrow();
    }

    private static void param(MockHttpServletRequestBuilder request, Map<String, String> overrides, String name,
                              String value) {
        if (!overrides.containsKey(name)) {
            request.param(name, value);
        }
    }

    /** The preview form as the browser posts it, every proposal unchecked; {@code overrides} replace fields. */
    static void fill(MockHttpServletRequestBuilder request, PlanImportForm form, Map<String, String> overrides) {
        request.param("year", String.valueOf(form.getYear())).param("title", form.getTitle())
                .param("organizationId", String.valueOf(form.getOrganizationId()));
        for (int i = 0; i < form.getSections().size(); i++) {
            var section = form.getSections().get(i);
            request.param("sections[" + i + "].number", section.getNumber())
                    .param("sections[" + i + "].title", section.getTitle());
            for (int j = 0; j < section.getTasks().size(); j++) {
                var task = section.getTasks().get(j);
                String prefix = "sections[" + i + "].tasks[" + j + "].";
                request.param(prefix + "number", task.getNumber()).param(prefix + "text", task.getText());
                for (int k = 0; k < task.getIndicators().size(); k++) {
                    var indicator = task.getIndicators().get(k);
                    String p = prefix + "indicators[" + k + "].";
                    param(request, overrides, p + "measure", indicator.getMeasure());
                    param(request, overrides, p + "param", indicator.getParam());
                    param(request, overrides, p + "target", String.valueOf(indicator.getTarget()));
                    request
                            .param("_" + p + "selected", "on");
                }
            }
        }
        overrides.forEach(request::param);
    }
}
