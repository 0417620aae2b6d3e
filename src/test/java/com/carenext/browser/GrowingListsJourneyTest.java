package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.MaterialDraft;
import com.carenext.activity.MaterialKind;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.plan.PlanDraft;
import com.carenext.publicity.CorrespondentDraft;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lists that grew with the subtree are searched instead (issue 14): someone signs up on the public page on a
 * 360-px phone, finding their village by the town's name; the office ticks an article's author, a notice's plan and
 * an activity's material through their pickers. axe checks every page.
 */
@CareNextTest
class GrowingListsJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    com.carenext.publicity.Correspondents correspondents;
    @Autowired
    com.carenext.plan.WorkPlans plans;
    @Autowired
    com.carenext.activity.Materials materials;
    @Autowired
    com.carenext.volunteer.Recruitment recruitment;

    @Test
    void theSignUpPageFindsAVillageOnAPhoneAndTheFormsSearchTheirChoices() {
        Fixtures.Town world = fixtures.town();
        try (Browser phone = Browser.open(port, 360, 800)) {
            phone.auditEveryPage();
            phone.go("/join");
            phone.type(By.id("name"), "图雅");
            ((JavascriptExecutor) phone.driver()).executeScript(
                    "document.getElementById('birthDate').value = '1956-08-09';");
            phone.type(By.id("phone"), "13655556666");
            String town = world.town().name().replace("关工委", "");
            phone.pick("organizationId", town, world.villageB().id());
            assertThat(new Select(phone.find(By.id("organizationId"))).getFirstSelectedOption().getText())
                    .isEqualTo(world.villageB().name() + "（" + world.town().name() + "）");
            phone.click(By.cssSelector("input[name=categories][value=VETERAN_TEACHER]"));
            ((JavascriptExecutor) phone.driver()).executeScript(
                    "document.getElementById('organizationId-search').scrollIntoView({block: 'center', behavior: 'instant'});");
            phone.screenshot("growing-1-join-phone");
            phone.checkPhoneSizes();
            phone.click(By.id("join-submit"));
            phone.waitForText(By.id("join-done"), "图雅");
        }
        assertThat(recruitment.pending(world.managerBActor(), 0).rows()).anyMatch(a -> a.name().equals("图雅"));

        var author = correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(),
                "其木格", "13912345678", "甲村", null, LocalDate.of(2023, 1, 1), null));
        long plan = plans.create(world.officeActor(), new PlanDraft(2026, "关爱留守儿童计划", "", world.town().name(),
                null, world.town().id(), "", List.of(new PlanDraft.Section("一", "部分", "",
                List.of(new PlanDraft.Task("一是", "任务")))), List.of()));
        OrganizationSummary base = fixtures.organization(world.officeActor(), world.town(), "旅程教育基地",
                OrganizationType.EDUCATION_BASE);
        var story = materials.add(world.officeActor(), new MaterialDraft(base.id(), MaterialKind.RED_STORY,
                "老党员的故事", "正文", "红色故事"));
        try (Browser office = Browser.open(port, 1280, 900)) {
            office.auditEveryPage();
            office.login(world.office().username(), Fixtures.PASSWORD);
            office.go("/publicity/articles/new");
            office.pick("authorIds", "其木", author.id());
            office.screenshot("growing-2-article-author");
            office.go("/notices/new");
            office.pick("workPlanId", "留守", plan);
            assertThat(new Select(office.find(By.id("workPlanId"))).getFirstSelectedOption().getText())
                    .contains("关爱留守儿童计划");
            office.screenshot("growing-3-notice-plan");
            office.go("/activities/new");
            office.pick("materialIds", "老党员", story.id());
            office.type(By.id("title"), "红色故事进校园");
            office.click(By.id("activity-save"));
            new org.openqa.selenium.support.ui.WebDriverWait(office.driver(), java.time.Duration.ofSeconds(15))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches("/activities/\\d+$"));
            assertThat(office.pageText()).contains("红色故事进校园", "老党员的故事");
            office.screenshot("growing-4-activity-material");
        }
    }
}
