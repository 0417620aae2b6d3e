package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A correspondent submits an article with a screenshot; the town office adopts it at 旗 level; the month's
 * statistics and its 通报 show it with its points (旗级 3 under the default rules, 消息 +0).
 */
@CareNextTest
class PublicityJourneyTest {

    private static final String TITLE = "巴嘎淖尔村“五老”巡河护水 筑牢暑期防溺水安全防线";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Correspondents correspondents;

    @Test
    void aCorrespondentSubmitsTheOfficeAdoptsAndTheBulletinShowsIt() {
        Fixtures.Town world = fixtures.town();
        UserView writer = fixtures.user("writer" + world.villageA().id(), world.villageA(), Role.CORRESPONDENT);
        correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(), "高娃", null,
                "一组、二组", writer.id(), LocalDate.of(2023, 1, 1), null));
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.auditEveryPage();
            browser.login(writer.username(), Fixtures.PASSWORD);
            Path screenshot = browser.screenshot("publicity-0-screenshot-to-upload").toAbsolutePath();
            browser.click(By.linkText("信息宣传"));
            browser.click(By.linkText("稿件"));
            browser.click(By.id("submit-article"));
            browser.type(By.id("title"), TITLE);
            browser.type(By.id("body"), "近日，巴嘎淖尔村“五老”志愿者在淖尔边开展巡河劝离，向青少年宣讲防溺水知识。");
            date(browser, "date", "2023-06-12");
            new Select(browser.find(By.id("kind"))).selectByVisibleText("通讯");
            browser.find(By.id("files")).sendKeys(screenshot.toString());
            assertThat(browser.find(By.cssSelector("input[name=authorIds]")).isSelected()).isTrue();
            browser.screenshot("publicity-1-submit-form");
            browser.click(By.id("article-save"));
            browser.waitForText(By.id("article-status"), "待审核");
            assertThat(browser.pageText()).contains("稿件已报送", TITLE, "高娃");
            assertThat(browser.find(By.cssSelector("#attachments img")).getAttribute("naturalWidth")).isNotEqualTo("0");
            browser.screenshot("publicity-2-submitted");
            String articleUrl = browser.driver().getCurrentUrl();
            browser.logout();

            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.driver().get(articleUrl);
            browser.audited();
            new Select(browser.find(By.id("level"))).selectByVisibleText("旗级");
            browser.type(By.id("outlet"), "乌审旗融媒");
            date(browser, "date", "2023-06-14");
            browser.type(By.id("link"), "https://mp.weixin.qq.com/s/wsq-fnsh");
            browser.click(By.id("adopt"));
            browser.waitForText(By.id("article-status"), "已采用");
            assertThat(browser.find(By.id("publications")).getText()).contains("旗级", "乌审旗融媒");
            browser.screenshot("publicity-3-adopted");

            browser.go("/publicity/statistics?month=2023-06");
            String row = browser.find(By.id("score-" + world.villageA().id())).getText();
            // rank 1, submitted 1, adopted 1, 旗级 1, quota 1 met, 3 (旗级) + 1 (通讯) = 4 points
            assertThat(row).contains(world.villageA().name()).endsWith("4 得分明细");
            browser.click(By.cssSelector("#score-" + world.villageA().id() + " button"));
            browser.waitForText(By.id("explain-" + world.villageA().id()), "刊发层级得分");
            assertThat(browser.find(By.id("explain-" + world.villageA().id())).getText())
                    .contains("旗级", TITLE, "稿件类型加分", "通讯");
            browser.screenshot("publicity-4-statistics");

            browser.click(By.id("open-bulletin"));
            browser.click(By.id("generate-bulletin"));
            browser.waitForText(By.id("bulletin-number"), "〔2023〕6号");
            assertThat(browser.find(By.id("bulletin-ranking")).getText())
                    .contains("1 " + world.villageA().name() + " 1 1 1 4 是");
            assertThat(browser.find(By.id("bulletin-notable")).getText())
                    .contains("《" + TITLE + "》", "乌审旗融媒（旗级，2023年6月14日）");
            assertThat(browser.find(By.id("download-docx")).isDisplayed()).isTrue();
            browser.screenshot("publicity-5-bulletin");
        }
    }

    @Test
    void theSubmissionFormFitsAPhone() {
        Fixtures.Town world = fixtures.town();
        UserView writer = fixtures.user("phonewriter" + world.villageA().id(), world.villageA(), Role.CORRESPONDENT);
        try (Browser browser = Browser.open(port, 360, 740)) {
            browser.auditEveryPage();
            browser.login(writer.username(), Fixtures.PASSWORD);
            browser.go("/publicity/articles/new");
            browser.find(By.id("title"));
            Long overflow = (Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            browser.screenshot("publicity-phone-submit");
        }
    }

    private static void date(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id(id)), value);
    }
}
