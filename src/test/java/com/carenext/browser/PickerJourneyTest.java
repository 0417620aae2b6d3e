package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms choose organizations by name through the picker, never from a list of the whole subtree: the office records
 * an activity for a village with a school as partner and a 五老 who took part (one choice, then several; 五老 through
 * the same picker over the registry), a notice's recipients are ticked,
 * and every form with an organization field is looked at on an office screen; a village manager does the same on a
 * 360-px phone. axe checks every page.
 */
@CareNextTest
class PickerJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    com.carenext.volunteer.Volunteers volunteers;

    @Test
    void formsChooseOrganizationsByNameOnAScreenAndOnAPhone() {
        Fixtures.Town world = fixtures.town();
        OrganizationSummary school = fixtures.organization(world.officeActor(), world.villageA(),
                "甲村中心校" + world.villageA().id(), OrganizationType.SCHOOL);
        var elder = volunteers.register(world.officeActor(), com.carenext.volunteer.VolunteerTestData.draft("巴特尔",
                world.villageA().id(), java.time.LocalDate.of(1950, 3, 1), null));
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.auditEveryPage();
            browser.login(world.office().username(), Fixtures.PASSWORD);
            browser.go("/activities/new");
            // the form opens with the office's own organization chosen, named
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("organizationId")))
                    .getFirstSelectedOption().getText()).isEqualTo(world.town().name());
            browser.pick("organizationId", world.villageA().name(), world.villageA().id());
            browser.pick("partnerIds", "中心校", school.id());
            browser.pick("volunteerIds", "巴特", elder.id());
            browser.type(By.id("title"), "普法进校园");
            browser.screenshot("picker-1-activity-form");
            browser.click(By.id("activity-save"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                    .until(ExpectedConditions.urlMatches("/activities/\\d+$"));
            assertThat(browser.pageText()).contains("普法进校园", world.villageA().name(), school.name(), "巴特尔");
            browser.screenshot("picker-2-activity-saved");

            browser.go("/notices/new");
            browser.pick("targetIds", "乙村", world.villageB().id());
            browser.pick("targetIds", "中心校", school.id());
            assertThat(browser.driver().findElements(By.cssSelector("#targetIds input:checked"))).hasSize(2);
            browser.screenshot("picker-3-notice-recipients");
            for (String form : List.of("/volunteers/new", "/study-sessions/new", "/water-bodies/new",
                    "/publicity/articles/new", "/publicity/correspondents/new")) {
                browser.go(form);
                browser.find(By.id("organizationId-search"));
                browser.screenshot("picker-4" + form.replace('/', '-'));
            }
        }
        try (Browser phone = Browser.open(port, 360, 800)) {
            phone.auditEveryPage();
            phone.login(world.managerA().username(), Fixtures.PASSWORD);
            phone.go("/activities/new");
            phone.pick("organizationId", "中心校", school.id());
            phone.pick("partnerIds", world.villageA().name(), world.villageA().id());
            phone.screenshot("picker-5-activity-phone");
            phone.checkPhoneSizes();
        }
    }
}
