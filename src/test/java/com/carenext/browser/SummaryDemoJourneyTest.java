package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.Browser;
import com.carenext.support.DemoTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12's journey on the demo as a newcomer finds it: 乌审召镇's office opens the 2023 plan, sees section 四's
 * progress and the articles behind it, opens the year-end summary draft, rewrites section 四's paragraph and exports
 * the .docx, which holds that paragraph and the plan's five section headings.
 */
@DemoTest
class SummaryDemoJourneyTest {

    private static final List<String> HEADINGS = List.of("一、强化理论学习，压实“五老”责任",
            "二、强化组织建设，增加“五老”力量", "三、强化活动开展，突显“五老”作用", "四、强化信息宣传，彰显“五老”风采",
            "五、助力乡村振兴，扩大“五老”影响");

    @LocalServerPort
    int port;

    @Test
    void theOfficeSeesSectionFourFromArticlesEditsTheSummaryAndExportsIt() throws Exception {
        String edited = "全年通讯员队伍稳定，稿件被各级媒体采用，按月通报（演示数据浏览器测试改写）。";
        try (Browser browser = Browser.open(port, 1280, 900).auditEveryPage()) {
            browser.login("wsz_office", DemoTest.PASSWORD);
            browser.click(By.linkText("工作计划"));
            browser.click(By.linkText("乌审召镇2023年关心下一代工作计划"));
            WebElement section = browser.find(By.xpath(
                    "//div[contains(@class,'plan-section')][h2[contains(., '强化信息宣传')]]"));
            String heading = section.findElement(By.tagName("h2")).getText();
            assertThat(heading).startsWith("四、").endsWith("%");
            assertThat(Integer.parseInt(heading.replaceAll("(?s).*?(\\d+)%$", "$1"))).as(heading).isPositive();
            browser.screenshot("demo-summary-1-plan");

            // the task's figure from the articles, each article behind it a link
            String plan = URI.create(browser.driver().getCurrentUrl()).getPath();
            browser.go(URI.create(section.findElement(By.cssSelector("a.plan-task")).getAttribute("href")).getPath());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                    .presenceOfElementLocated(By.cssSelector("#indicators a[href^='/articles/']")));
            browser.screenshot("demo-summary-2-task");
            browser.go(plan);

            browser.click(By.id("year-end-summary"));
            if (!browser.driver().findElements(By.id("summary-generate")).isEmpty()
                    && browser.find(By.id("summary-state")).getText().contains("尚未生成")) {
                browser.click(By.id("summary-generate"));
            }
            WebElement form = browser.find(By.xpath(
                    "//div[contains(@class,'summary-section')][h2[contains(., '强化信息宣传')]]//form"));
            WebElement text = form.findElement(By.tagName("textarea"));
            String textId = text.getAttribute("id");
            String saveId = form.findElement(By.cssSelector("button[type=submit]")).getAttribute("id");
            String before = browser.find(By.id("summary-state")).getText();
            browser.type(By.id(textId), edited);
            browser.click(By.id(saveId));
            browser.waitForText(By.id("summary-state"), "草稿");
            assertThat(browser.find(By.id("summary-state")).getText()).isNotEqualTo(before);
            assertThat(browser.find(By.id(textId)).getAttribute("value")).isEqualTo(edited);
            browser.screenshot("demo-summary-3-draft");

            HttpResponse<byte[]> docx = browser.download(By.id("summary-docx"));
            assertThat(docx.statusCode()).isEqualTo(200);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(paragraphs).contains(edited);
                assertThat(paragraphs).containsSubsequence(HEADINGS);
                assertThat(paragraphs.indexOf(edited)).as("the edited paragraph under section 四")
                        .isGreaterThan(paragraphs.indexOf(HEADINGS.get(3)))
                        .isLessThan(paragraphs.indexOf(HEADINGS.get(4)));
            }
        }
    }
}
