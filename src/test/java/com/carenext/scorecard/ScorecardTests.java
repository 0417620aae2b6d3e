package com.carenext.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.CommitteePost;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.shared.StaleEditException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The cards follow the records, the town's thresholds and the evidence it confirms; each unit sees only its own. */
@CareNextTest
class ScorecardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Criteria criteria;
    @Autowired
    Evidence evidence;
    @Autowired
    Activities activities;
    @Autowired
    Correspondents correspondents;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    Fixtures.Town world;
    int year;

    @org.junit.jupiter.api.AfterEach
    void officeLocaleBack() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @BeforeEach
    void criteriaOfTheTown() {
        // the reasons are read here through the service, outside a request: in the office's language
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        world = fixtures.town();
        year = LocalDate.now(clock).getYear() - 1;
        assertThat(criteria.loadDefaults(world.officeActor(), year, OrganizationType.VILLAGE_COMMITTEE))
                .isEqualTo(DefaultCriteria.ITEMS.size());
        assertThat(criteria.loadDefaults(world.officeActor(), year, OrganizationType.VILLAGE_COMMITTEE)).isZero();
    }

    Scorecard cardOf(OrganizationSummary unit) {
        // a request through MockMvc resets the thread's locale: the office's language again for the reasons
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        return scorecards.card(world.officeActor(), unit.id(), year);
    }

    ScorecardLine line(OrganizationSummary unit, String defaultKey) {
        long id = criterion(defaultKey).id();
        return cardOf(unit).lines().stream().filter(l -> l.criterionId() == id).findFirst().orElseThrow();
    }

    Criterion criterion(String defaultKey) {
        return criteria.own(world.officeActor(), year, OrganizationType.VILLAGE_COMMITTEE).stream()
                .filter(c -> defaultKey.equals(c.defaultKey())).findFirst().orElseThrow();
    }

    void activity(OrganizationSummary unit, int month) {
        activities.record(unit.id() == world.villageA().id() ? world.managerAActor() : world.managerBActor(),
                new ActivityDraft(unit.id(), ActivityType.LEGAL_EDUCATION, "普法" + month,
                        LocalDateTime.of(year, month, 3, 9, 0), "小学", List.of(), List.of(), 20, 0, 0, null, null,
                        null, null));
    }

    @Test
    void automaticCriteriaFollowTheRecords() {
        Scorecard fresh = cardOf(world.villageA());
        assertThat(fresh.maxScore()).isEqualTo(100);
        assertThat(line(world.villageA(), "good.activities").met()).isFalse();
        assertThat(line(world.villageA(), "good.activities").why()).contains("0", "≥ 4");
        assertThat(line(world.villageA(), "good.patrol").met()).isTrue();
        assertThat(line(world.villageA(), "good.patrol").why()).contains("没有登记水域");

        for (int month = 3; month <= 6; month++) {
            activity(world.villageA(), month);
        }
        activity(world.villageB(), 3);
        assertThat(line(world.villageA(), "good.activities").met()).isTrue();
        assertThat(line(world.villageA(), "good.activities").figure()).isEqualTo(4);
        assertThat(line(world.villageB(), "good.activities").figure()).isEqualTo(1);

        assertThat(line(world.villageA(), "good.leadership").met()).isFalse();
        fixtures.member(world.managerAActor(), world.villageA(), "甲村副主任", CommitteePost.DEPUTY_DIRECTOR);
        assertThat(line(world.villageA(), "good.leadership").met()).isFalse();
        fixtures.member(world.managerAActor(), world.villageA(), "甲村主任", CommitteePost.DIRECTOR);
        assertThat(line(world.villageA(), "good.leadership").met()).isTrue();
        assertThat(line(world.villageB(), "good.leadership").met()).isFalse();

        assertThat(line(world.villageA(), "good.publicity").met()).isFalse();
        correspondents.create(world.managerAActor(), new CorrespondentDraft(world.villageA().id(), "甲村通讯员", null,
                "甲村网格", null, null, null));
        assertThat(line(world.villageA(), "good.publicity").met()).isTrue();

        com.carenext.patrol.PatrolTestData.of(context).register(world.managerAActor(),
                new com.carenext.patrol.WaterBodyDraft(world.villageA().id(), "甲村淖尔", com.carenext.patrol.WaterKind.NAOER,
                        com.carenext.patrol.RiskTier.RED, null, null, "责任人", null));
        assertThat(line(world.villageA(), "good.patrol").met()).isFalse();
        assertThat(line(world.villageA(), "good.patrol").why()).contains("防溺水巡逻", "≥ 1");

        Scorecard card = cardOf(world.villageA());
        assertThat(card.score()).isEqualTo(12 + 12 + 6);
        assertThat(card.missing()).contains("纳入党建工作总体规划", "五老队伍好", "工作成效好：防溺水巡逻")
                .doesNotContain("活动开展好", "领导班子好");
        assertThat(scorecards.summary(world.officeActor(), year)).extracting(UnitScore::organizationId, UnitScore::score,
                UnitScore::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple(world.villageA().id(), 30, 1),
                org.assertj.core.groups.Tuple.tuple(world.villageB().id(), 6, 2));
    }

    @Test
    void thresholdEditsApplyAndKeepTheFormerVersion() throws Exception {
        activity(world.villageA(), 5);
        Criterion held = criterion("good.activities");
        CriterionDraft lower = new CriterionDraft(held.criterionGroup(), held.title(), held.description(),
                held.method(), held.measure(), "LEGAL_EDUCATION", 1L, false, 20, held.sortOrder(), held.version());
        criteria.update(world.officeActor(), held.id(), lower);
        assertThat(line(world.villageA(), "good.activities").met()).isTrue();
        assertThat(line(world.villageA(), "good.activities").points()).isEqualTo(20);
        assertThatThrownBy(() -> criteria.update(world.officeActor(), held.id(), lower))
                .isInstanceOf(StaleEditException.class);
        assertThat(criteria.history(world.officeActor(), held.id())).extracting(Criteria.CriterionVersion::threshold)
                .containsExactly(4L);

        var office = Fixtures.login(mvc, world.office().username());
        mvc.perform(get("/scorecards/criteria").param("year", String.valueOf(year)).with(office))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("开展活动 ≥ 1")));
        mvc.perform(get("/scorecards/criteria/{criterionId}/edit", held.id()).with(office))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("criterion-history")));
        mvc.perform(post("/scorecards/criteria/{criterionId}", held.id()).param("criterionGroup", "FIVE_GOOD")
                        .param("title", "").param("method", "AUTOMATIC").param("points", "5").param("version", "1")
                        .with(office).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/scorecards/criteria").param("year", String.valueOf(year)).param("level", "VILLAGE_COMMITTEE")
                        .param("criterionGroup", "FIVE_GOOD").param("title", "新增一项").param("method", "AUTOMATIC")
                        .param("measure", "nothing.such").param("points", "5").with(office).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("没有这项业务数据")));
        Criterion fresh = criterion("good.activities");
        criteria.setActive(world.officeActor(), fresh.id(), false, fresh.version());
        assertThat(cardOf(world.villageA()).lines()).noneMatch(l -> l.criterionId() == fresh.id());
        assertThat(cardOf(world.villageA()).maxScore()).isEqualTo(88);
        assertThatThrownBy(() -> criteria.update(world.managerAActor(), held.id(), lower))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> criteria.add(world.officeActor(), year, OrganizationType.VILLAGE_COMMITTEE,
                new CriterionDraft(CriterionGroup.FIVE_GOOD, "没有的数据", null, CriterionMethod.AUTOMATIC,
                        "nothing.such", null, 1L, false, 5, 1, null)))
                .isInstanceOf(com.carenext.shared.BusinessRuleException.class);
    }

    @Test
    void evidenceUploadedByTheUnitAndConfirmedByTheTownMeetsTheCriterion() throws Exception {
        Criterion plan = criterion("inclusion.plan");
        var manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(multipart("/scorecards/units/{organizationId}/evidence", world.villageA().id())
                        .file(new MockMultipartFile("file", "规划.png", "image/png",
                                com.carenext.files.FileSamples.PNG.bytes(1024 * 1024)))
                        .param("criterionId", String.valueOf(plan.id())).param("year", String.valueOf(year))
                        .param("note", "党委会通过").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/scorecards/units/" + world.villageA().id() + "?year=" + year));
        ScorecardLine waiting = line(world.villageA(), "inclusion.plan");
        assertThat(waiting.met()).isFalse();
        assertThat(waiting.evidence().state()).isEqualTo(EvidenceState.SUBMITTED);
        assertThat(waiting.why()).contains("等待");

        long id = waiting.evidence().id();
        assertThatThrownBy(() -> evidence.confirm(world.managerAActor(), id, 0L))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(post("/scorecards/evidence/{scorecardEvidenceId}/reject", id).param("version", "0")
                        .param("reason", "缺少盖章页").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("year", String.valueOf(year))
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(line(world.villageA(), "inclusion.plan").why()).contains("缺少盖章页");

        long second = evidence.upload(world.managerAActor(), world.villageA(), plan,
                new MockMultipartFile("file", "规划2.png", "image/png", com.carenext.files.FileSamples.PNG.bytes(1024 * 1024)),
                null);
        assertThatThrownBy(() -> evidence.confirm(world.officeActor(), second, null))
                .isInstanceOf(StaleEditException.class);
        evidence.confirm(world.officeActor(), second, 0L);
        ScorecardLine met = line(world.villageA(), "inclusion.plan");
        assertThat(met.met()).isTrue();
        assertThat(met.evidence().state()).isEqualTo(EvidenceState.CONFIRMED);
        assertThat(cardOf(world.villageA()).score()).isEqualTo(5 + 6);
        assertThat(line(world.villageB(), "inclusion.plan").met()).isFalse();

        mvc.perform(get("/scorecards/evidence/{scorecardEvidenceId}/file", second).with(manager))
                .andExpect(status().isOk());
        mvc.perform(get("/scorecards/evidence/{scorecardEvidenceId}/file", second)
                        .with(Fixtures.login(mvc, world.managerB().username())))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> evidence.upload(world.managerAActor(), world.villageA(), criterion("good.activities"),
                new MockMultipartFile("file", "x.png", "image/png", com.carenext.files.FileSamples.PNG.bytes(1024)), null))
                .isInstanceOf(com.carenext.shared.BusinessRuleException.class);
    }

    @Test
    void onlyTheOfficeThatSetTheCriterionDecidesOnItsEvidence() {
        long id = evidence.upload(world.managerAActor(), world.villageA(), criterion("uniform.seal"),
                new MockMultipartFile("file", "标牌.png", "image/png", com.carenext.files.FileSamples.PNG.bytes(1024 * 1024)),
                null);
        var villageOffice = Fixtures.actor(fixtures.user("subofficea" + world.villageA().id(), world.villageA(),
                com.carenext.shared.Role.TOWN_ADMIN), world.villageA());
        assertThatThrownBy(() -> evidence.confirm(villageOffice, id, 0L))
                .isInstanceOf(com.carenext.shared.BusinessRuleException.class)
                .hasMessageContaining("scorecard.evidence.notYourCriterion");
        assertThat(line(world.villageA(), "uniform.seal").met()).isFalse();
    }

    @Test
    void eachUnitSeesOnlyItsOwnCardAndTheTownSeesAllRanked() throws Exception {
        activity(world.villageA(), 4);
        var managerB = Fixtures.login(mvc, world.managerB().username());
        mvc.perform(get("/scorecards").param("year", String.valueOf(year)).with(managerB))
                .andExpect(redirectedUrl("/scorecards/units/" + world.villageB().id() + "?year=" + year));
        mvc.perform(get("/scorecards/units/{organizationId}", world.villageB().id()).param("year", String.valueOf(year))
                        .with(managerB))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("纳入经费预算")));
        mvc.perform(get("/scorecards/units/{organizationId}", world.villageA().id()).with(managerB))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scorecards/{organizationId}", world.villageA().id())
                        .with(httpBasic(world.managerB().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scorecards").param("year", String.valueOf(year))
                        .with(httpBasic(world.managerB().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organizationId").value(world.villageB().id()));
        mvc.perform(get("/api/v1/scorecards").param("year", String.valueOf(year))
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].organizationName").value(world.villageB().name()))
                .andExpect(jsonPath("$[0].maxScore").value(100))
                .andExpect(jsonPath("$[0].lines.length()").value(DefaultCriteria.ITEMS.size()))
                .andExpect(jsonPath("$[0].lines[0].title").value("纳入党建工作总体规划"))
                .andExpect(jsonPath("$[0].lines[0].method").value("EVIDENCE"))
                .andExpect(jsonPath("$[0].lines[0].met").value(false))
                .andExpect(jsonPath("$[0].lines[0].why").value("尚未上传佐证材料。"))
                .andExpect(jsonPath("$[1].lines[11].figure").value(1))
                .andExpect(jsonPath("$[1].lines[11].threshold").value(4));
        mvc.perform(get("/api/v1/scorecards").param("year", "99999")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/scorecards").param("year", String.valueOf(year))
                        .with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(world.villageA().name())));
    }

    @Test
    void theExportOpensInPoiWithTextCellsOnly() throws Exception {
        OrganizationSummary trap = fixtures.organization(world.officeActor(), world.town(), "=HYPERLINK(\"http://x\",\"丙村\")",
                OrganizationType.VILLAGE_COMMITTEE);
        byte[] xlsx = mvc.perform(get("/scorecards/export.xlsx").param("year", String.valueOf(year))
                        .param("level", "VILLAGE_COMMITTEE").with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("单位");
            List<String> units = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() >= 2) {
                    units.add(row.getCell(1).getStringCellValue());
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(row.getCell(7).getStringCellValue()).contains("纳入党建工作总体规划");
                }
            }
            assertThat(units).containsExactlyInAnyOrder(world.villageA().name(), world.villageB().name(), trap.name());
        }
        mvc.perform(get("/scorecards/export.xlsx").with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theExportIsTheRankingShownUnderTheChosenOrganization() throws Exception {
        var office = Fixtures.login(mvc, world.office().username());
        byte[] xlsx = mvc.perform(get("/scorecards/export.xlsx").param("year", String.valueOf(year))
                        .param("organizationId", String.valueOf(world.villageA().id())).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> units = new java.util.ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() >= 2) {
                    units.add(row.getCell(1).getStringCellValue());
                }
            }
        }
        assertThat(units).contains(world.villageA().name()).doesNotContain(world.villageB().name());
        Fixtures.Town other = fixtures.town();
        mvc.perform(get("/scorecards/export.xlsx").param("year", String.valueOf(year))
                        .param("organizationId", String.valueOf(other.villageA().id())).with(office))
                .andExpect(status().isNotFound());
    }
}
