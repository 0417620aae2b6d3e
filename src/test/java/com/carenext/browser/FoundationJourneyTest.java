package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.CommitteePost;
import com.carenext.activity.Activities;
import com.carenext.organization.Organizations;
import com.carenext.support.Banners;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The foundation as a town office uses it, in a real browser: log in, open the tree, open the town committee, add
 * a member; then the auditor sees that change in the audit log. Also the phone width.
 */
@CareNextTest
class FoundationJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Banners banners;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;
    @Autowired
    Activities activities;

    @Test
    void theBannerComparesItsTownsAndANumberLeadsToTheRecords() {
        int year = 2025;
        Banners.Banner world = banners.banner(year);
        try (Browser browser = Browser.open(port, 1280, 900).auditEveryPage()) {
            browser.login(world.leader().username(), Fixtures.PASSWORD);
            browser.go("/?year=" + year);
            browser.waitForText(By.id("units"), world.east().name());
            waitForCharts(browser);
            browser.screenshot("dashboard-1-banner");
            // The town's number of activities leads to the town's activities of the year.
            browser.click(By.cssSelector("#unit-" + world.east().id() + " a.unit-activities"));
            browser.waitForText(By.tagName("main"), "普法讲座3");
            assertThat(browser.driver().getCurrentUrl()).contains("organizationId=" + world.east().id(),
                    "from=" + year + "-01-01");
            browser.go("/?year=" + year + "&organizationId=" + world.east().id());
            browser.waitForText(By.id("panel-plan"), "75");
            waitForCharts(browser);
            browser.screenshot("dashboard-2-town");
            browser.click(By.cssSelector("#panel-activities table a"));
            browser.waitForText(By.tagName("main"), "普法讲座1");
        }
        try (Browser phone = Browser.open(port, 360, 740).auditEveryPage()) {
            phone.login(world.leader().username(), Fixtures.PASSWORD);
            phone.go("/?year=" + year);
            phone.waitForText(By.id("units"), world.west().name());
            waitForCharts(phone);
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            phone.screenshot("dashboard-3-banner-phone");
            phone.go("/?year=" + year + "&organizationId=" + world.east().id());
            waitForCharts(phone);
            phone.screenshot("dashboard-4-town-phone");
        }
    }

    /** Every chart of the page is drawn: ECharts put a canvas into each chart element. */
    private static void waitForCharts(Browser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(driver -> {
                    var charts = driver.findElements(By.cssSelector(".chart"));
                    return !charts.isEmpty() && charts.stream()
                            .allMatch(chart -> !chart.findElements(By.tagName("canvas")).isEmpty());
                });
    }

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
