package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.MaterialDraft;
import com.carenext.activity.MaterialKind;
import com.carenext.activity.Materials;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.plan.NoticeDraft;
import com.carenext.plan.Notices;
import com.carenext.plan.PlanDraft;
import com.carenext.plan.WorkPlans;
import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.support.Statements;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Nothing grows with the subtree (issue 14): the public sign-up page, the article, notice and activity forms hold
 * only their choices and search the rest (villages, correspondents, plans, materials) on demand, without a silent cap;
 * lists name their rows with the names of the rows shown, never with a map of the whole subtree; a notice's
 * recipients are read in one query however many are ticked.
 */
@CareNextTest
class GrowingListsTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Correspondents correspondents;
    @Autowired
    WorkPlans plans;
    @Autowired
    Materials materials;
    @Autowired
    Notices notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    Fixtures.Town world;
    Fixtures.Town other;
    RequestPostProcessor office;

    @BeforeEach
    void twoTowns() throws Exception {
        world = fixtures.town();
        other = fixtures.town();
        office = Fixtures.login(mvc, world.office().username());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "10.88.0." + ADDRESS.incrementAndGet();
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSignUpPageSearchesTheVillagesOfATownAndNamesNothingElse() throws Exception {
        OrganizationSummary school = fixtures.organization(world.officeActor(), world.villageA(), "甲村小学报名测试",
                OrganizationType.SCHOOL);
        String page = html(get("/join"));
        assertThat(page).doesNotContain(world.villageA().name()).doesNotContain(world.villageB().name())
                .doesNotContain(other.villageA().name())
                .contains("hx-get=\"/join/homes?field=organizationId&amp;required=true&amp;empty=common.choose\"");

        // the town's name finds its villages, each named with the town; the school under a village is not offered
        String address = newAddress();
        String town = world.town().name().replace("关工委", "");
        String found = html(get("/join/homes").param("q", town).with(from(address)));
        assertThat(found).contains(world.villageA().name() + "（" + world.town().name() + "）",
                world.villageB().name() + "（" + world.town().name() + "）", "找到 2 个嘎查（村）、社区")
                .doesNotContain(school.name()).doesNotContain(other.villageA().name())
                .doesNotContain("value=\"" + world.town().id() + "\"");
        // a village's own name finds it; a blank search lists nothing
        assertThat(html(get("/join/homes").param("q", world.villageB().name()).with(from(address))))
                .contains("value=\"" + world.villageB().id() + "\"").doesNotContain(world.villageA().name());
        assertThat(html(get("/join/homes").with(from(address)))).doesNotContain("关工委");
        // a choice that is not a village is neither kept nor named, nor accepted
        assertThat(html(get("/join/homes").param("q", "没有这个村").param("organizationId",
                String.valueOf(school.id())).with(from(address)))).doesNotContain(school.name());
        String refused = mvc.perform(post("/join").with(csrf()).with(from(newAddress())).param("name", "图雅")
                        .param("birthDate", "1956-08-09").param("phone", "13655556666")
                        .param("organizationId", String.valueOf(school.id())).param("categories", "VETERAN_TEACHER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请选择所在的嘎查（村）或社区").doesNotContain(school.name());
        // a sign-up with errors keeps its village, named with its town
        String invalid = mvc.perform(post("/join").with(csrf()).with(from(newAddress())).param("name", "")
                        .param("organizationId", String.valueOf(world.villageA().id())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).containsPattern("<option value=\"" + world.villageA().id() + "\" selected[^>]*>"
                + world.villageA().name() + "（" + world.town().name() + "）</option>")
                .doesNotContain(world.villageB().name());
    }

    @Test
    void theSignUpPagesSearchIsLimitedPerAddress() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/join/homes").param("q", "甲村").with(from(address))).andExpect(status().isOk());
        }
        String limited = mvc.perform(get("/join/homes").param("q", "甲村").with(from(address)))
                .andExpect(status().is(429)).andReturn().getResponse().getContentAsString();
        assertThat(limited).contains("查找太频繁").doesNotContain(world.villageA().name());
        // another address still searches
        mvc.perform(get("/join/homes").param("q", "甲村").with(from(newAddress()))).andExpect(status().isOk());
    }

    @Test
    void theArticleFormHoldsItsAuthorsOnlyAndThePickerFindsCorrespondentsByName() throws Exception {
        var chosen = correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(),
                "其木格甲", "13912345678", "甲村", null, LocalDate.of(2023, 1, 1), null));
        correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageB().id(), "乌兰乙",
                "13912345679", "乙村", null, LocalDate.of(2023, 1, 1), null));
        correspondents.create(other.officeActor(), new CorrespondentDraft(other.villageA().id(), "乌兰外镇",
                "13912345670", "外村", null, LocalDate.of(2023, 1, 1), null));
        String form = html(get("/publicity/articles/new").with(office));
        assertThat(form).doesNotContain("其木格甲").doesNotContain("乌兰乙")
                .contains("hx-get=\"/publicity/correspondents/picker?field=authorIds&amp;multiple=true\"");
        String found = html(get("/publicity/correspondents/picker").param("multiple", "true").param("q", "乌兰")
                .param("authorIds", String.valueOf(chosen.id())).with(office));
        assertThat(found).containsPattern("value=\"" + chosen.id() + "\" checked")
                .contains("乌兰乙（" + world.villageB().name() + "）", "找到 1 位通讯员").doesNotContain("乌兰外镇");
        // an article without a title comes back with its ticked author, named
        String invalid = mvc.perform(post("/publicity/articles").param("organizationId",
                                String.valueOf(world.villageA().id())).param("title", "").param("kind", "NEWS")
                        .param("date", "2026-06-01").param("authorIds", String.valueOf(chosen.id()))
                        .with(office).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).containsPattern("name=\"authorIds\" value=\"" + chosen.id() + "\" checked")
                .contains("其木格甲").doesNotContain("乌兰乙");
    }

    @Test
    void theNoticeFormHoldsItsPlanOnlyAndThePickerFindsPlansBeyondTheNewestFifty() throws Exception {
        long oldest = plan(world, "最早的关爱计划");
        for (int i = 0; i < 51; i++) {
            plan(world, "普通计划" + i);
        }
        plan(other, "外镇关爱计划");
        String form = html(get("/notices/new").with(office));
        assertThat(form).doesNotContain("普通计划").doesNotContain("最早的关爱计划")
                .contains("hx-get=\"/plans/picker?field=workPlanId&amp;required=false&amp;empty=notice.noPlan\"");
        // the oldest plan was cut from the old list of the newest 50; the search finds it
        String found = html(get("/plans/picker").param("field", "workPlanId").param("empty", "notice.noPlan")
                .param("q", "关爱").with(office));
        assertThat(found).contains("value=\"" + oldest + "\"", "最早的关爱计划", "找到 1 份工作计划", "（不附计划）")
                .doesNotContain("外镇关爱计划");
        // more than 20 matches: 20 are listed and the rest announced, never cut silently
        assertThat(html(get("/plans/picker").param("q", "普通计划").with(office))).contains("只列出前 20 个");
        // the plan chosen through "印发" is shown, named
        assertThat(html(get("/notices/new").param("planId", String.valueOf(oldest)).with(office)))
                .containsPattern("<option value=\"" + oldest + "\" selected[^>]*>最早的关爱计划</option>")
                .doesNotContain("普通计划");
    }

    private long plan(Fixtures.Town town, String title) {
        return plans.create(town.officeActor(), new PlanDraft(2026, title, "", town.town().name(), null,
                town.town().id(), "", List.of(new PlanDraft.Section("一", "部分", "",
                List.of(new PlanDraft.Task("一是", "任务")))), List.of()));
    }

    @Test
    void theActivityFormHoldsItsMaterialsOnlyAndThePickerSearchesTheLibrary() throws Exception {
        OrganizationSummary base = fixtures.organization(world.officeActor(), world.town(), "素材测试基地",
                OrganizationType.EDUCATION_BASE);
        var cited = materials.add(world.officeActor(), new MaterialDraft(base.id(), MaterialKind.RED_STORY,
                "老党员的故事", "正文", "红色故事"));
        materials.add(world.officeActor(), new MaterialDraft(base.id(), MaterialKind.OTHER, "治沙的故事", "正文",
                "治沙"));
        String form = html(get("/activities/new").with(office));
        assertThat(form).doesNotContain("老党员的故事").doesNotContain("治沙的故事")
                .contains("hx-get=\"/materials/picker?field=materialIds&amp;multiple=true\"");
        String found = html(get("/materials/picker").param("multiple", "true").param("q", "治沙")
                .param("materialIds", String.valueOf(cited.id())).with(office));
        assertThat(found).containsPattern("value=\"" + cited.id() + "\" checked")
                .contains("治沙的故事（素材测试基地）", "找到 1 份资料");
        String invalid = mvc.perform(post("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "LEGAL_EDUCATION").param("title", "").param("startsAt", "2026-07-02T15:00")
                        .param("youths", "1").param("parents", "0").param("others", "0")
                        .param("materialIds", String.valueOf(cited.id())).with(office).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).containsPattern("name=\"materialIds\" value=\"" + cited.id() + "\" checked")
                .contains("老党员的故事").doesNotContain("治沙的故事");
    }

    @Test
    void aNoticeReadsItsRecipientsInOneQueryHoweverManyAreTicked() throws Exception {
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            units.add(fixtures.organization(world.officeActor(), world.villageA(), "收文单位" + i,
                    OrganizationType.PARTNER_UNIT).id());
        }
        Statements statements = new Statements(jdbc, dataSource);
        var two = statements.count(() -> notices.create(world.officeActor(),
                new NoticeDraft("通知二", "", "正文", null, null, units.subList(0, 2))));
        var eight = statements.count(() -> notices.create(world.officeActor(),
                new NoticeDraft("通知八", "", "正文", null, null, units)));
        assertThat(organizationReads(eight)).as(String.join("\n", eight.executed()))
                .isEqualTo(organizationReads(two)).isLessThanOrEqualTo(3);
        assertThat(notices.get(world.officeActor(), eight.result()).receipts()).hasSize(8);
        // a foreign unit among them is still not found
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notices.create(world.officeActor(),
                        new NoticeDraft("通知", "", "正文", null, null, List.of(units.get(0), other.villageA().id()))))
                .isInstanceOf(com.carenext.shared.NotFoundException.class);
    }

    @Test
    void anActivityChecksItsCitedMaterialsInOneQueryHoweverMany() throws Exception {
        OrganizationSummary base = fixtures.organization(world.officeActor(), world.town(), "引用测试基地",
                OrganizationType.EDUCATION_BASE);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(String.valueOf(materials.add(world.officeActor(), new MaterialDraft(base.id(), MaterialKind.OTHER,
                    "引用资料" + i, "正文", "")).id()));
        }
        Statements statements = new Statements(jdbc, dataSource);
        var two = statements.count(() -> record(ids.subList(0, 2)));
        var six = statements.count(() -> record(ids));
        assertThat(six.times("story_material")).as(String.join("\n", six.executed()))
                .isEqualTo(two.times("story_material"));
    }

    private Object record(List<String> materialIds) throws Exception {
        return mvc.perform(post("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "LEGAL_EDUCATION").param("title", "引用" + materialIds.size())
                        .param("startsAt", "2026-07-02T15:00").param("youths", "1").param("parents", "0")
                        .param("others", "0").param("materialIds", materialIds.toArray(String[]::new))
                        .with(office).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** How many statements read the organization table (Spring Data JDBC quotes its name, JdbcClient does not). */
    private static int organizationReads(Statements.Counted<?> counted) {
        return counted.executed().stream().filter(line -> line.matches("(?is).*FROM\\s+\"?organization\"?\\b.*"))
                .mapToInt(line -> Integer.parseInt(line.substring(0, line.indexOf(' ')))).sum();
    }

    /** Every list that names its rows' organizations reads the names of the rows shown, not the whole subtree. */
    @Test
    void listsNameTheirRowsWithoutLoadingTheSubtree() throws Exception {
        Statements statements = new Statements(jdbc, dataSource);
        var softly = new org.assertj.core.api.SoftAssertions();
        var security = Fixtures.login(mvc, world.security().username());
        for (String page : List.of("/users", "/care-visits", "/service-hours", "/water-bodies",
                "/study-sessions/figures", "/volunteers/statistics", "/publicity/articles",
                "/publicity/correspondents", "/volunteer-applications", "/education-bases")) {
            RequestPostProcessor who = page.equals("/users") ? security : office;
            var counted = statements.count(() -> mvc.perform(get(page).with(who)).andExpect(status().isOk()));
            softly.assertThat(counted.times("(active OR") + counted.times("(ACTIVE OR"))
                    .as(page + " loads the subtree:\n" + String.join("\n", counted.executed())).isZero();
        }
        softly.assertAll();
        assertThat(html(get("/users").with(security))).contains(world.villageA().name());
        // the bases are a page of the bases (counted in SQL), not the subtree filtered in Java
        fixtures.organization(world.officeActor(), world.villageA(), "分页测试基地", OrganizationType.EDUCATION_BASE);
        assertThat(html(get("/education-bases").with(office))).contains("分页测试基地", "id=\"bases-count\"")
                .doesNotContain(other.villageA().name());
    }
}
