package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.BaseProfile;
import com.carenext.activity.EducationBases;
import com.carenext.activity.MaterialDraft;
import com.carenext.activity.MaterialKind;
import com.carenext.activity.Materials;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.patrol.PatrolTestData;
import com.carenext.patrol.RiskTier;
import com.carenext.patrol.WaterBodyDraft;
import com.carenext.patrol.WaterKind;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager opens the education base from the activity ledger, records a visit, and prints a water body's card. */
@CareNextTest
class EducationBaseJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EducationBases bases;
    @Autowired
    Materials materials;
    @Autowired
    ApplicationContext context;

    @Test
    void aManagerRecordsAVisitAndPrintsTheCheckInCard() {
        Fixtures.Town world = fixtures.town();
        OrganizationSummary base = fixtures.organization(world.officeActor(), world.villageA(), "牧区大寨生态教育基地",
                OrganizationType.EDUCATION_BASE);
        bases.describe(world.managerAActor(), base.id(), new BaseProfile("讲好红色故事、讲好“大寨”故事。", "乌审召嘎查",
                200, null, null, null));
        materials.add(world.managerAActor(), new MaterialDraft(base.id(), MaterialKind.DAZHAI_STORY, "“牧区大寨”乌审召",
                "治沙造林、建设草库伦的故事。", "大寨故事,治沙"));
        var lake = patrols().register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(), "查干淖尔",
                WaterKind.NAOER, RiskTier.RED, null, null, "巴特尔", null));
        try (Browser browser = Browser.open(port, 1280, 900)) {
            browser.auditEveryPage();
            browser.login(world.managerA().username(), Fixtures.PASSWORD);
            browser.go("/activities");
            browser.click(By.id("education-bases-link"));
            browser.click(By.partialLinkText("牧区大寨生态教育基地"));
            browser.waitForText(By.id("base-name"), "牧区大寨生态教育基地");
            browser.click(By.xpath("//details[.//form[@id='visit-form']]/summary"));
            browser.type(By.id("visitingGroup"), "五年级研学");
            browser.find(By.id("students")).clear();
            browser.type(By.id("students"), "46");
            browser.click(By.id("visit-save"));
            browser.waitForText(By.id("visits"), "五年级研学");
            assertThat(browser.find(By.id("visit-totals")).getText()).contains("年：接待 1 批次，学生 46 人次").doesNotContain(",");
            browser.screenshot("education-base-1");
            browser.go("/materials?q=治沙");
            assertThat(browser.pageText()).contains("“牧区大寨”乌审召");
            browser.screenshot("education-base-2-library");
            browser.go("/water-bodies/" + lake.id() + "/qr");
            assertThat(browser.find(By.cssSelector("#check-in-qr svg")).getSize().getWidth()).isGreaterThan(150);
            browser.screenshot("education-base-3-card");
        }
    }

    private PatrolTestData patrols() {
        return PatrolTestData.of(context);
    }
}
