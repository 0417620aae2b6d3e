package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.PhotoSamples;
import com.carenext.patrol.PatrolTestData;
import com.carenext.patrol.RiskTier;
import com.carenext.patrol.Season;
import com.carenext.patrol.WaterBodyDraft;
import com.carenext.patrol.WaterBodyView;
import com.carenext.patrol.WaterKind;
import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A patrol as it happens, in a real browser: a volunteer at 360 px opens the water body's check-in page, checks in,
 * checks out with one person dissuaded and one hazard with a photo; the village manager sees the hazard and closes
 * it; the town's coverage report counts the patrol.
 */
@CareNextTest
class PatrolJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    /**
     * The office's today, with a minute or more of it left: the journey checks in and then reports that day, so a run
     * that crosses the office's midnight (16:00 UTC) would patrol on another day than the one it reads.
     */
    private LocalDate dayWithTimeLeft() throws InterruptedException {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        java.time.Duration left = java.time.Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
        if (left.compareTo(java.time.Duration.ofSeconds(90)) < 0) {
            Thread.sleep(left.plusSeconds(1).toMillis());
        }
        return LocalDate.now(clock);
    }

    @Test
    void aVolunteerPatrolsTheManagerClosesTheHazardAndTheTownCountsIt() throws Exception {
        Fixtures.Town world = fixtures.town();
        LocalDate today = dayWithTimeLeft();
        // a season around today, so that today's patrol is required and counted
        patrols().configure(world.officeActor(), new Season(today.getYear(), LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31), Season.DAILY, 3, 1, patrols().season(world.officeActor(), today.getYear()).version()));
        UserView elder = fixtures.user("journeyelder" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        var naShun = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("那顺", world.villageA().id(), LocalDate.of(1953, 4, 5), elder.id()));
        var batu = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("巴图", world.villageA().id(), LocalDate.of(1951, 6, 7), null));
        WaterBodyView lake = patrols().register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(),
                "（演示）巴嘎淖尔", WaterKind.NAOER, RiskTier.RED, null, null, "嘎查长", null));
        Path photo = Files.createTempFile("hazard", ".jpg");
        Files.write(photo, PhotoSamples.jpegWithGpsExif());

        try (Browser browser = Browser.open(port, 360, 740).auditEveryPage()) {
            browser.login(elder.username(), Fixtures.PASSWORD);
            browser.go("/patrol/check-in/" + lake.id());
            browser.waitForText(By.id("water-body-name"), "巴嘎淖尔");
            assertNoSidewaysScrolling(browser);
            browser.screenshot("patrol-1-check-in");
            browser.click(By.id("check-in-submit"));
            browser.find(By.id("check-out-form"));
            assertThat(browser.pageText()).contains("已在“（演示）巴嘎淖尔”签到");
            browser.find(By.id("dissuaded")).clear();
            browser.type(By.id("dissuaded"), "1");
            new Select(browser.find(By.id("hazardType"))).selectByVisibleText("未成年人私自下水");
            new Select(browser.find(By.id("severity"))).selectByVisibleText("严重");
            browser.type(By.id("hazardDescription"), "南岸浅滩有三名孩子玩水，已劝离");
            browser.find(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
            assertNoSidewaysScrolling(browser);
            browser.screenshot("patrol-2-check-out");
            browser.click(By.id("check-out-submit"));
            browser.find(By.id("code-form"));
            assertThat(browser.pageText()).contains("巡逻已签退");
            browser.screenshot("patrol-3-my");
            logOut(browser);

            browser.login(world.managerA().username(), Fixtures.PASSWORD);
            browser.go("/hazards");
            assertThat(browser.pageText()).contains("南岸浅滩有三名孩子玩水", "（演示）巴嘎淖尔");
            browser.find(By.cssSelector("img.img-thumbnail"));
            browser.screenshot("patrol-4-hazard");
            browser.type(By.name("resolution"), "已增设警示牌并告知家长");
            browser.click(By.cssSelector(".close-form button"));
            browser.find(By.id("no-hazards"));
            assertThat(browser.pageText()).contains("隐患已销号");
            // the rota: a red lake needs two; both are found by name through the picker (the page lists no one)
            browser.go("/water-bodies/" + lake.id());
            browser.pick("volunteerIds", "那顺", naShun.id());
            browser.pick("volunteerIds", "巴图", batu.id());
            browser.screenshot("patrol-4b-rota-picker");
            browser.click(By.cssSelector("#shift-form button[type=submit]"));
            browser.waitForText(By.id("shifts"), "那顺");
            assertThat(browser.find(By.id("shifts")).getText()).contains("巴图");
            logOut(browser);

            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.go("/patrol/coverage?from=" + today + "&to=" + today);
            By row = By.id("coverage-" + lake.id());
            assertThat(browser.find(row).findElement(By.className("required")).getText()).isEqualTo("1");
            assertThat(browser.find(row).findElement(By.className("done")).getText()).isEqualTo("1");
            assertThat(browser.find(row).getText()).contains("达到要求");
            browser.screenshot("patrol-5-coverage");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    /** The logout button sits in the collapsed menu on a phone; submit its form directly. */
    private static void logOut(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector(\"form[action$='/logout']\").submit();");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login"));
    }

    private static void assertNoSidewaysScrolling(Browser browser) {
        Long overflow = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
    }

    private PatrolTestData patrols() {
        return PatrolTestData.of(context);
    }
}
