package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.CommitteePost;
import com.carenext.support.Browser;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The foundation as a town office uses it, in a real browser: log in, open the tree, open the town committee, add
 * a member; then the auditor sees that change in the audit log. Also the phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class FoundationJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void officeAddsAMemberAndTheAuditorSeesIt() {
        Fixtures.Town world = fixtures.town();
        fixtures.member(world.officeActor(), world.town(), "宝音图", CommitteePost.DIRECTOR);
        try (Browser browser = Browser.open(port, 1280, 900).auditEveryPage()) {
            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.click(By.linkText("组织机构"));
            browser.find(By.id("org-tree"));
            browser.screenshot("foundation-1-tree");
            browser.click(By.linkText(world.town().name()));
            browser.waitForText(By.id("organization-name"), world.town().name());
            assertThat(browser.pageText()).contains("宝音图", "主任");
            browser.click(By.id("add-member"));
            browser.type(By.id("name"), "萨日娜");
            new Select(browser.find(By.id("post"))).selectByVisibleText("成员");
            browser.type(By.id("position"), "乌审召小学校长");
            browser.screenshot("foundation-2-member-form");
            browser.click(By.id("member-save"));
            browser.waitForText(By.id("roster"), "萨日娜");
            assertThat(browser.pageText()).contains("成员已添加", "乌审召小学校长");
            browser.screenshot("foundation-3-roster");
            browser.logout();

            browser.login(world.auditor().username(), Fixtures.PASSWORD);
            browser.click(By.linkText("审计日志"));
            browser.waitForText(By.id("audit-events"), "新增组成成员");
            assertThat(browser.find(By.id("audit-events")).getText()).contains(world.office().username());
            browser.screenshot("foundation-4-audit");
        }
    }

    @Test
    void theTreeWorksOnAPhone() {
        Fixtures.Town world = fixtures.town();
        try (Browser browser = Browser.open(port, 360, 740).auditEveryPage()) {
            browser.login(world.managerA().username(), Fixtures.PASSWORD);
            browser.screenshot("phone-1-dashboard");
            browser.go("/organizations/" + world.villageA().id());
            browser.waitForText(By.id("organization-name"), world.villageA().name());
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            browser.click(By.id("font-toggle"));
            assertThat(browser.find(By.tagName("html")).getAttribute("class")).contains("large-font");
            browser.screenshot("phone-2-organization-large-font");
        }
    }
}
