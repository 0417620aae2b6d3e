package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan's journey in a real browser: the town office pastes the seed, fixes a task in the preview, saves, gives a
 * task to 巴嘎淖尔村; the village's manager sees it and reports progress; the office issues the plan as a notice and
 * sees the village's receipt once its manager has signed.
 */
@CareNextTest
class PlanJourneyTest {

    private static final String FIXED = "提高思想认识，严格工作部署，持续贯彻落实“四纳入”“四统一”（已核对）";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    com.carenext.plan.WorkPlans plans;
    @Autowired
    com.carenext.plan.PlanSections sections;
    @Autowired
    com.carenext.plan.TaskIndicators indicators;
    @Autowired
    com.carenext.publicity.Articles articles;

    @Test
    void theOfficeImportsAssignsAndIssuesThePlanAndTheVillageReportsAndSigns() throws IOException {
        Fixtures.Town world = fixtures.town();
        OrganizationSummary village = fixtures.organization(world.officeActor(), world.town(),
                "巴嘎淖尔村关工委" + world.town().id(), OrganizationType.VILLAGE_COMMITTEE);
        UserView manager = fixtures.user("bgne" + world.town().id(), village, Role.ORG_MANAGER);
        String seed = seed();
        try (Browser browser = Browser.open(port, 1280, 900)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.auditEveryPage();
            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.click(By.linkText("工作计划"));
            browser.click(By.id("import-plan"));
            js.executeScript("arguments[0].value = arguments[1];", browser.find(By.id("plan-text")), seed);
            browser.screenshot("plan-1-paste");
            browser.click(By.id("parse-plan"));
            browser.find(By.id("preview-form"));
            assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("乌审召镇2023年关心下一代工作计划");
            assertThat(browser.driver().findElements(By.cssSelector(".plan-section"))).hasSize(5);
            assertThat(browser.find(By.id("roster-preview")).getText()).contains("主任");
            browser.type(By.name("sections[1].tasks[0].text"), FIXED);
            browser.screenshot("plan-2-preview");
            assertThat(browser.find(By.id("proposals-2-0")).getText()).contains("开展活动（普法进校园）");
            assertThat(browser.find(By.id("proposals-2-2")).getText()).contains("防溺水巡逻水域覆盖率");
            js.executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(By.id("section-2")));
            browser.click(By.id("proposal-2-2-0"));
            browser.type(By.id("proposal-2-0-0-target"), "4");
            browser.screenshot("plan-2b-proposals");
            browser.click(By.id("save-plan"));
            browser.waitForText(By.id("plan-document"), FIXED);
            String planUrl = browser.driver().getCurrentUrl();
            assertThat(browser.pageText()).contains("工作计划已保存", "强化活动开展，突显“五老”作用");
            browser.screenshot("plan-3-document");

            browser.click(By.xpath("//a[contains(@class,'plan-task')][contains(., '暑期防溺水')]"));
            browser.pick("ownerIds", village.name(), village.id());
            browser.type(By.id("responsiblePerson"), "郝和平");
            browser.type(By.id("dueMonths"), "6,7,8");
            browser.click(By.id("assign-save"));
            browser.waitForText(By.id("task-owners"), village.name());
            browser.screenshot("plan-4-assigned");
            browser.logout();

            browser.login(manager.username(), Fixtures.PASSWORD);
            browser.click(By.linkText("工作计划"));
            browser.click(By.id("my-tasks"));
            browser.click(By.xpath("//div[@id='task-list']/a[contains(., '暑期防溺水')]"));
            browser.type(By.id("note"), "召开防溺水宣讲会1场，五老巡逻淖尔12次");
            browser.type(By.id("percent"), "60");
            browser.click(By.id("progress-save"));
            browser.waitForText(By.id("progress-list"), "五老巡逻淖尔12次");
            assertThat(browser.find(By.id("task-status")).getText()).isIn("进行中", "已逾期");
            browser.screenshot("plan-5-progress");
            browser.logout();

            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.go(planUrl.substring(planUrl.indexOf("/plans/")));
            browser.click(By.id("issue-notice"));
            assertThat(browser.find(By.id("title")).getAttribute("value")).contains("关于印发");
            browser.click(By.id("notice-save"));
            browser.click(By.id("publish-notice"));
            browser.waitForText(By.id("receipts"), village.name());
            assertThat(browser.find(By.id("receipt-" + village.id())).getText()).contains("未签收");
            browser.screenshot("plan-6-notice-issued");
            String noticeUrl = browser.driver().getCurrentUrl();
            browser.logout();

            browser.login(manager.username(), Fixtures.PASSWORD);
            assertThat(browser.find(By.id("unread-notices")).getText()).isEqualTo("1");
            browser.click(By.id("menu-notices"));
            browser.click(By.xpath("//div[@id='received-notices']/a[contains(., '关于印发')]"));
            browser.click(By.id("acknowledge"));
            browser.waitForText(By.id("own-receipt"), "签收");
            assertThat(browser.driver().findElements(By.id("unread-notices"))).isEmpty();
            browser.screenshot("plan-7-signed");
            browser.logout();

            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.go(noticeUrl.substring(noticeUrl.indexOf("/notices/")));
            browser.waitForText(By.id("receipt-" + village.id()), manager.displayName());
            assertThat(browser.find(By.id("receipt-" + village.id())).getText()).contains("签收");
            browser.screenshot("plan-8-receipts");
        }
    }

    /**
     * The office opens the 2023 plan, sees section 四 progress from the articles adopted in 2023, opens the year-end
     * summary, generates the draft, rewrites section 四's paragraph, saves and downloads the .docx with that text;
     * every page passes axe, and the summary reads on a 360-px phone.
     */
    @Test
    void theOfficeSeesSectionFourFromArticlesAndWritesTheYearEndSummary() throws Exception {
        Fixtures.Town world = fixtures.town();
        String seed = seed();
        long planId = plans.create(world.officeActor(), com.carenext.plan.PlanDraft.of(
                new com.carenext.plan.PlanTextParser().parse(seed), world.town().id(), 2023).withoutRoster());
        com.carenext.plan.PlanViews.Section publicity = sections.get(world.officeActor(), planId).sections().get(3);
        indicators.add(world.officeActor(), publicity.tasks().get(0).id(),
                new com.carenext.plan.IndicatorDraft("publicity.adopted", "", 4L, null));
        for (int month : new int[]{3, 8}) {
            var article = articles.submit(world.officeActor(), new com.carenext.publicity.ArticleDraft(
                    world.villageA().id(), "甲村五老宣讲红色故事" + month + "月", "正文", null,
                    com.carenext.publicity.ArticleKind.NEWS, LocalDate.of(2023, month, 6), null, "其木格", null), List.of());
            articles.adopt(world.officeActor(), article.id(), new com.carenext.publicity.PublicationDraft(
                    com.carenext.publicity.OutletLevel.BANNER, "乌审旗融媒", LocalDate.of(2023, month, 8), null,
                    article.version()));
        }
        String edited = "全年通讯员队伍稳定，稿件在旗级媒体采用两篇（浏览器测试）。";
        try (Browser browser = Browser.open(port, 1280, 900).auditEveryPage()) {
            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.go("/plans/" + planId);
            String heading = browser.find(By.xpath(
                    "//div[contains(@class,'plan-section')]/h2[contains(., '强化信息宣传')]")).getText();
            assertThat(heading).endsWith("%");
            assertThat(Integer.parseInt(heading.replaceAll("(?s).*?(\\d+)%$", "$1"))).as(heading).isPositive();
            browser.screenshot("summary-1-plan");

            browser.click(By.id("year-end-summary"));
            assertThat(browser.find(By.id("summary-state")).getText()).contains("尚未生成草稿");
            assertThat(browser.find(By.id("summary-title")).getText()).endsWith("2023年工作总结");
            browser.click(By.id("summary-generate"));
            browser.waitForText(By.id("summary-state"), "草稿第1版");
            By text = By.id("summary-text-" + publicity.id());
            assertThat(browser.find(text).getAttribute("value")).contains("稿件采用2篇（目标4篇）");
            browser.type(text, edited);
            browser.click(By.id("summary-save-" + publicity.id()));
            browser.waitForText(By.id("summary-state"), "草稿第2版");
            assertThat(browser.find(text).getAttribute("value")).isEqualTo(edited);
            browser.screenshot("summary-2-draft");

            HttpResponse<byte[]> docx = browser.download(By.id("summary-docx"));
            assertThat(docx.statusCode()).isEqualTo(200);
            assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
            try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                    new java.io.ByteArrayInputStream(docx.body()))) {
                String all = document.getParagraphs().stream()
                        .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
                assertThat(all).contains("四、强化信息宣传，彰显“五老”风采", edited, "稿件采用2篇（目标4篇）");
            }
        }
        try (Browser phone = Browser.open(port, 360, 800).auditEveryPage()) {
            phone.login(world.office().username(), Fixtures.PASSWORD);
            phone.go("/plans/" + planId + "/summary");
            phone.find(By.id("summary-text-" + publicity.id()));
            Number width = (Number) ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(width.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            phone.screenshot("summary-3-phone");
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = PlanJourneyTest.class.getResourceAsStream("/demo/plan-2023.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
