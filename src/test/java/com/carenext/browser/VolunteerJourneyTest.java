package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.study.SessionDraft;
import com.carenext.study.SessionKind;
import com.carenext.study.SessionMode;
import com.carenext.study.SessionView;
import com.carenext.study.StudySessions;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.HourStatus;
import com.carenext.volunteer.ServiceHours;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 五老 on a 360-px phone: logs in, checks in to a study session with its code, writes a 学习心得 and logs service
 * hours; then the village manager approves the hours.
 */
@CareNextTest
class VolunteerJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    StudySessions study;
    @Autowired
    ServiceHours hours;
    @Autowired
    Clock clock;

    @Test
    void aVolunteerChecksInWritesANoteLogsHoursAndTheManagerApproves() {
        Fixtures.Town world = fixtures.town();
        UserView account = fixtures.user("wulao" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("朝鲁", world.villageA().id(), LocalDate.of(1948, 9, 9), account.id()));
        SessionView session = study.plan(world.officeActor(), new SessionDraft(world.town().id(),
                SessionKind.VOLUNTEER_TRAINING, "五老志愿者防溺水培训", SessionMode.OFFLINE,
                LocalDateTime.now(clock).minusMinutes(5), new BigDecimal("2"), "镇关工委", "镇政府会议室", null, null,
                List.of()));

        try (Browser browser = Browser.open(port, 360, 740)) {
            browser.auditEveryPage();
            browser.login(account.username(), Fixtures.PASSWORD);
            browser.go("/my");
            browser.checkPhoneSizes();
            browser.waitForText(By.tagName("h1"), "朝鲁");
            noSidewaysScrolling(browser);
            browser.screenshot("volunteer-1-my");
            browser.click(By.id("go-check-in"));
            browser.type(By.id("code"), session.checkInCode());
            browser.checkPhoneSizes();
            browser.screenshot("volunteer-2-check-in");
            browser.click(By.id("check-in-submit"));
            browser.waitForText(By.id("session-topic"), "五老志愿者防溺水培训");
            assertThat(browser.pageText()).contains("签到成功");
            browser.type(By.id("note-body"), "学习了防溺水知识，暑期要多到河边淖尔转一转。");
            browser.click(By.id("note-submit"));
            browser.waitForText(By.className("note-body"), "淖尔");
            browser.checkPhoneSizes();
            noSidewaysScrolling(browser);
            browser.screenshot("volunteer-3-note");

            assertThat(browser.find(By.id("attendance")).getText()).contains("朝鲁");
            browser.go("/notices").checkPhoneSizes();
            browser.go("/my/hours");
            browser.type(By.id("description"), "查汗淖尔巡查劝导");
            browser.type(By.id("hours"), "2.5");
            browser.screenshot("volunteer-4-hours-form");
            browser.click(By.id("hours-submit"));
            browser.waitForText(By.id("my-hours"), "查汗淖尔巡查劝导");
            assertThat(browser.find(By.id("my-hours")).getText()).contains("待审核");
            assertThat(browser.pageText()).contains("已记录 2.5 小时，等待村里审核");
            browser.checkPhoneSizes();
            noSidewaysScrolling(browser);
            browser.screenshot("volunteer-5-hours-logged");
            browser.logout();

            browser.login(world.managerA().username(), Fixtures.PASSWORD);
            browser.go("/service-hours");
            browser.waitForText(By.id("pending-hours"), "查汗淖尔巡查劝导");
            browser.screenshot("volunteer-6-manager-review");
            browser.click(By.className("approve-hours"));
            browser.waitForText(By.id("totals-person"), "朝鲁");
            assertThat(browser.pageText()).contains("已审核通过");
            browser.screenshot("volunteer-7-approved");
            // the list's organization picker: typing fills the select with matches, the keyboard moves on to it
            browser.go("/volunteers");
            String village = String.valueOf(world.villageA().id());
            browser.pick("organizationId", world.villageA().name(), world.villageA().id());
            browser.find(By.id("organizationId-search")).sendKeys(org.openqa.selenium.Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("organizationId");
            browser.screenshot("volunteer-7b-organization-picker");
            browser.click(By.cssSelector("form[action='/volunteers'] button[type=submit]"));
            browser.waitForText(By.id("volunteers"), "朝鲁");
            assertThat(browser.driver().getCurrentUrl()).contains("organizationId=" + village);
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("organizationId")))
                    .getFirstSelectedOption().getText()).isEqualTo(world.villageA().name());
            browser.go("/volunteers/statistics");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(driver -> driver.findElements(By.cssSelector(".chart canvas")).size() == 4);
            browser.screenshot("volunteer-8-statistics");
        }
        assertThat(hours.mine(Fixtures.actor(account, world.villageA())))
                .singleElement().satisfies(entry -> assertThat(entry.status()).isEqualTo(HourStatus.APPROVED));
        assertThat(study.notes(world.officeActor(), session.id())).singleElement()
                .satisfies(note -> assertThat(note.volunteerName()).isEqualTo("朝鲁"));
    }

    private static void noSidewaysScrolling(Browser browser) {
        Long overflow = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
    }
}
