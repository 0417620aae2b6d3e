package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.PhotoSamples;
import com.carenext.patrol.PatrolTestData;
import com.carenext.patrol.RiskTier;
import com.carenext.patrol.WaterBodyDraft;
import com.carenext.patrol.WaterBodyView;
import com.carenext.patrol.WaterKind;
import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.Browser;
import com.carenext.study.SessionDraft;
import com.carenext.study.SessionKind;
import com.carenext.study.SessionMode;
import com.carenext.study.SessionView;
import com.carenext.study.StudySessions;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the pasture with no signal, on a 360-px phone: the network is switched off (Chromium DevTools network
 * conditions); the volunteer opens the water body's cached check-in page, checks in, checks out with one person
 * dissuaded and a hazard with a photo, logs service hours; the phone lists them as 待上传; the network comes back and
 * each record is on the server exactly once.
 */
@CareNextTest
class OfflineJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudySessions study;
    @Autowired
    Clock clock;

    @Test
    void whatIsDoneWithoutSignalArrivesOnceWhenTheNetworkReturns() throws Exception {
        Fixtures.Town world = fixtures.town();
        UserView elder = fixtures.user("offline" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("额尔敦", world.villageA().id(), LocalDate.of(1949, 2, 3), elder.id()));
        WaterBodyView lake = PatrolTestData.of(context).register(world.managerAActor(), new WaterBodyDraft(
                world.villageA().id(), "（演示）查干淖尔", WaterKind.NAOER, RiskTier.RED, null, null, "嘎查长", null));
        SessionView session = study.plan(world.officeActor(), new SessionDraft(world.town().id(),
                SessionKind.VOLUNTEER_TRAINING, "五老巡河培训", SessionMode.OFFLINE,
                LocalDateTime.now(clock).minusMinutes(5), new BigDecimal("1"), "镇关工委", "嘎查活动室", null, null,
                List.of()));
        Path photo = Files.createTempFile("hazard", ".jpg");
        Files.write(photo, PhotoSamples.jpegWithGpsExif());

        try (Browser browser = Browser.open(port, 360, 740)) {
            browser.auditEveryPage();
            browser.go("/login").checkPhoneSizes();
            browser.go("/join").checkPhoneSizes();
            largeFont(browser, true);
            browser.checkPhoneSizes();
            browser.go("/login");
            // the choice is kept on the phone: the next page opens in 大字, with 22 px text
            assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.classList.contains('large-font')"
                    + " && parseFloat(getComputedStyle(document.body).fontSize) >= 22;")).isTrue();
            browser.checkPhoneSizes();
            largeFont(browser, false);
            browser.login(elder.username(), Fixtures.PASSWORD);
            browser.go("/my");
            browser.find(By.id("go-patrol"));
            browser.checkPhoneSizes();
            waitFor(browser, "return !!navigator.serviceWorker.controller;");
            // first visits while there is signal: the service worker keeps these pages
            browser.go("/my/hours").checkPhoneSizes();
            browser.go("/patrol/check-in/" + lake.id()).checkPhoneSizes();
            browser.go("/study/check-in").checkPhoneSizes();
            browser.go("/my");

            browser.offline(true);
            waitFor(browser, "return navigator.onLine === false;");
            // scanning the card with no signal opens the cached page of the water body
            browser.go("/patrol/check-in/" + lake.id());
            browser.waitForText(By.id("water-body-name"), "查干淖尔");
            browser.click(By.id("check-in-submit"));
            browser.find(By.id("offline-check-out"));
            browser.find(By.id("dissuaded")).clear();
            browser.type(By.id("dissuaded"), "2");
            new Select(browser.find(By.id("hazardType"))).selectByVisibleText("未成年人私自下水");
            browser.type(By.id("hazardDescription"), "北岸有孩子玩水，已劝离");
            browser.find(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
            browser.click(By.id("offline-check-out-submit"));
            browser.find(By.id("check-out-queued"));
            browser.go("/my/hours");
            browser.type(By.id("description"), "查干淖尔巡查劝导");
            browser.type(By.id("hours"), "3");
            browser.click(By.id("hours-submit"));
            waitFor(browser, "return document.querySelectorAll('.queued-item').length === 3;");
            browser.go("/study/check-in");
            browser.type(By.id("code"), session.checkInCode());
            browser.click(By.id("check-in-submit"));
            waitFor(browser, "return document.querySelectorAll('.queued-item').length === 4;");
            browser.go("/my");
            waitFor(browser, "return document.querySelectorAll('.queued-item').length === 4;");
            // each queued kind says what it is in words, with the time it was recorded
            List<String> queued = browser.driver().findElements(By.cssSelector(".queued-item")).stream()
                    .map(item -> item.getText().replace('\n', ' ')).toList();
            assertThat(queued).hasSize(4);
            assertThat(queued.get(0)).contains("巡逻签到", "查干淖尔", "待上传").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(queued.get(1)).contains("签退", "劝离 2 人", "隐患：未成年人私自下水", "附照片", "待上传");
            assertThat(queued.get(2)).contains("记录服务时长", "3 小时", "查干淖尔巡查劝导", "服务日期", "待上传")
                    .containsPattern("3 小时 · 查干淖尔巡查劝导 · 服务日期 \\d{4}-\\d{2}-\\d{2} · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · 待上传");
            assertThat(queued.get(3)).contains("学习签到", "签到码 " + session.checkInCode(), "待上传");
            browser.checkPhoneSizes();
            showQueue(browser);
            browser.screenshot("offline-1-queue");
            largeFont(browser, true);
            browser.checkPhoneSizes();
            showQueue(browser);
            browser.screenshot("offline-2-queue-large");
            largeFont(browser, false);

            browser.offline(false);
            waitFor(browser, "return navigator.onLine === true;");
            ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[0]; window.carenextSync().then(function () { done(true); });");
            waitFor(browser, "return document.querySelectorAll('.queued-item').length === 0;");
            // sending again (a lost answer) changes nothing
            ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[0]; window.carenextSync().then(function () { done(true); });");

            browser.go("/my");
            browser.screenshot("offline-3-home");
            largeFont(browser, true);
            browser.checkPhoneSizes();
            browser.screenshot("offline-4-home-large");
            largeFont(browser, false);
            browser.go("/my/records");
            browser.waitForText(By.id("my-patrols"), "查干淖尔");
            assertThat(browser.find(By.id("my-hours")).getText()).contains("查干淖尔巡查劝导", "待审核");
            browser.checkPhoneSizes();
            browser.screenshot("offline-5-records");
            largeFont(browser, true);
            browser.checkPhoneSizes();
            browser.screenshot("offline-6-records-large");
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(count("SELECT COUNT(*) FROM patrol WHERE user_id = :u", elder.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM patrol WHERE user_id = :u AND checked_out_at IS NOT NULL"
                + " AND dissuaded = 2 AND client_id IS NOT NULL AND check_out_client_id IS NOT NULL", elder.id()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM hazard h JOIN patrol p ON p.id = h.patrol_id WHERE p.user_id = :u"
                + " AND h.photo IS NOT NULL", elder.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM attendance a JOIN volunteer v ON v.id = a.volunteer_id"
                + " WHERE v.user_id = :u", elder.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM service_hour h JOIN volunteer v ON v.id = h.volunteer_id"
                + " WHERE v.user_id = :u AND h.client_id IS NOT NULL", elder.id())).isEqualTo(1);
    }

    private int count(String sql, long userId) {
        return jdbc.sql(sql).param("u", userId).query(Integer.class).single();
    }

    private static void largeFont(Browser browser, boolean on) {
        boolean now = (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.classList.contains('large-font');");
        if (now != on) {
            browser.click(By.id("font-toggle"));
        }
    }

    private static void showQueue(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.activeElement.blur(); window.scrollTo(0, 0);");
    }

    private static void waitFor(Browser browser, String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script)));
    }
}
