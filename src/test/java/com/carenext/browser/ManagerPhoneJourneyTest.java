package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.patrol.CheckOut;
import com.carenext.patrol.HazardReport;
import com.carenext.patrol.HazardType;
import com.carenext.patrol.PatrolTestData;
import com.carenext.patrol.RiskTier;
import com.carenext.patrol.Severity;
import com.carenext.patrol.WaterBodyDraft;
import com.carenext.patrol.WaterBodyView;
import com.carenext.patrol.WaterKind;
import com.carenext.plan.NoticeDraft;
import com.carenext.plan.Notices;
import com.carenext.plan.PlanDraft;
import com.carenext.plan.WorkPlans;
import com.carenext.publicity.ArticleDraft;
import com.carenext.publicity.ArticleKind;
import com.carenext.publicity.Articles;
import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.study.SessionDraft;
import com.carenext.study.SessionKind;
import com.carenext.study.SessionMode;
import com.carenext.study.StudySessions;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A village head (and the auditor) on a 360-px phone: every main list page shows its rows as cards, nothing scrolls
 * sideways (五老名册 did), and axe finds nothing serious on the way.
 */
@CareNextTest
class ManagerPhoneJourneyTest {

    private static final List<String> LISTS = List.of("/volunteers", "/activities", "/study-sessions", "/patrol",
            "/hazards", "/water-bodies", "/service-hours", "/publicity/articles", "/notices", "/plans", "/plans/tasks");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Activities activities;
    @Autowired
    StudySessions study;
    @Autowired
    Articles articles;
    @Autowired
    Notices notices;
    @Autowired
    WorkPlans plans;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void theManagersListsAreCardsThatFitAPhone() {
        Fixtures.Town world = fixtures.town();
        aRowOnEveryList(world);
        Map<String, Long> tooWide = new LinkedHashMap<>();
        try (Browser browser = Browser.open(port, 360, 740)) {
            browser.auditEveryPage();
            browser.login(world.managerA().username(), Fixtures.PASSWORD);
            for (String list : LISTS) {
                browser.go(list);
                measure(browser, list, tooWide);
            }
            browser.go("/volunteers");
            browser.waitForText(By.tagName("main"), "乌力吉巴雅尔");
            assertThat(browser.driver().findElements(By.cssSelector("main table.table-cards td[data-label]")))
                    .as("the roster's cells carry their column's name").isNotEmpty();
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('main table').scrollIntoView({block: 'start', behavior: 'instant'});");
            browser.screenshot("manager-phone-1-volunteers");
            browser.go("/hazards");
            browser.screenshot("manager-phone-2-hazards");
            browser.logout();

            browser.login(world.auditor().username(), Fixtures.PASSWORD);
            browser.go("/audit");
            measure(browser, "/audit", tooWide);
            browser.screenshot("manager-phone-3-audit");
        }
        assertThat(tooWide).as("pages wider than a 360-px phone (scrollWidth)").isEmpty();
    }

    private void aRowOnEveryList(Fixtures.Town world) {
        UserView elder = fixtures.user("cards" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(), VolunteerTestData.draft("乌力吉巴雅尔", world.villageA().id(),
                LocalDate.of(1947, 5, 6), elder.id()));
        activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(), ActivityType.LEGAL_EDUCATION,
                "普法进校园：与派出所、司法所联合开展法治宣讲", LocalDateTime.now(clock).minusDays(1), "乌审召镇中心校",
                List.of(), List.of(), 120, 10, 5, null, null, null, List.of()));
        study.plan(world.managerAActor(), new SessionDraft(world.villageA().id(), SessionKind.STUDY,
                "学习习近平总书记关于关心下一代工作的重要指示精神", SessionMode.OFFLINE, LocalDateTime.now(clock).plusDays(2),
                new BigDecimal("2"), "村关工委", "嘎查党群服务中心", null, null, List.of()));
        PatrolTestData patrol = PatrolTestData.of(context);
        WaterBodyView lake = patrol.register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(),
                "（演示）查干淖尔东岸", WaterKind.NAOER, RiskTier.RED, null, null, "嘎查长", null));
        var self = Fixtures.actor(elder, world.villageA());
        String checkIn = UUID.randomUUID().toString();
        patrol.sentCheckIn(self, lake.id(), checkIn, clock.millis() - 3_600_000L);
        patrol.sentCheckOut(self, checkIn, new CheckOut(2, null, null, List.of(new HazardReport(
                HazardType.CHILDREN_SWIMMING, Severity.HIGH, "北岸有孩子玩水，已劝离，建议加装警示牌和救生圈"))),
                UUID.randomUUID().toString(), clock.millis());
        articles.submit(world.officeActor(), new ArticleDraft(world.villageA().id(),
                "巴嘎淖尔村“五老”巡河护水 筑牢暑期防溺水安全防线", "正文", null, ArticleKind.NEWS, LocalDate.now(clock),
                null, "高娃", null), List.of());
        long planId = plans.create(world.officeActor(), new PlanDraft(LocalDate.now(clock).getYear(),
                "乌审召镇关心下一代工作计划", "", "乌审召镇关工委", null, world.town().id(), "", List.of(
                new PlanDraft.Section("一", "强化理论学习，提高思想认识", "",
                        List.of(new PlanDraft.Task("一是", "组织五老开展理论学习"))),
                new PlanDraft.Section("二", "强化活动开展，突显“五老”作用", "",
                        List.of(new PlanDraft.Task("一是", "开展暑期防溺水宣讲和巡逻")))), List.of()));
        long noticeId = notices.create(world.officeActor(), new NoticeDraft("关于印发乌审召镇关心下一代工作计划的通知",
                "乌召关发〔2026〕1号", "请认真贯彻落实。", planId, world.town().id(), List.of()));
        notices.publish(world.officeActor(), noticeId, notices.get(world.officeActor(), noticeId).version());
    }

    private static void measure(Browser browser, String page, Map<String, Long> tooWide) {
        Long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        if (width > 360) {
            tooWide.put(page, width);
            browser.screenshot("manager-phone-too-wide" + page.replace('/', '-'));
        }
    }
}
