package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.organization.CommitteePost;
import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scorecard in a real browser: the office loads the default criteria and sees its units ranked; a village
 * manager on a 360 px phone opens the village's card and uploads evidence; the office confirms it on the card.
 */
@CareNextTest
class ScorecardJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Activities activities;
    @Autowired
    Clock clock;

    @Test
    void theOfficeRanksTheVillageUploadsEvidenceOnAPhoneAndTheOfficeConfirmsIt() throws Exception {
        Fixtures.Town world = fixtures.town();
        fixtures.member(world.managerAActor(), world.villageA(), "那仁", CommitteePost.DIRECTOR);
        LocalDateTime now = LocalDateTime.now(clock);
        for (int day = 1; day <= 4; day++) {
            activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(), ActivityType.LEGAL_EDUCATION,
                    "普法讲座" + day, now.minusDays(day), "嘎查小学", List.of(), List.of(), 30, 0, 0, null, null,
                    null, null));
        }
        Path photo = Files.createTempFile("sign", ".png");
        Files.write(photo, com.carenext.files.FileSamples.PNG.bytes(1024 * 1024));

        try (Browser office = Browser.open(port, 1280, 900).auditEveryPage()) {
            office.login(world.office().username(), Fixtures.PASSWORD);
            office.go("/scorecards/criteria");
            office.click(By.id("load-defaults"));
            assertThat(office.find(By.id("criteria")).getText()).contains("纳入党建工作总体规划", "活动开展好", "默认");
            office.go("/scorecards");
            assertThat(office.find(By.id("ranking")).getText()).contains(world.villageA().name(), "第 1 名", "未达标");
            office.screenshot("scorecard-1-ranking");
        }
        try (Browser phone = Browser.open(port, 360, 800).auditEveryPage()) {
            phone.login(world.managerA().username(), Fixtures.PASSWORD);
            phone.go("/scorecards");
            assertThat(phone.find(By.id("card-score")).getText()).contains("/ 100");
            assertThat(phone.pageText()).contains("活动开展好", "已达标", "尚未上传佐证材料");
            Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(width).isLessThanOrEqualTo(360);
            phone.screenshot("scorecard-2-card-phone");
            phone.find(By.cssSelector(".upload-evidence input[type=file]")).sendKeys(photo.toString());
            phone.type(By.cssSelector(".upload-evidence input[name=note]"), "村党支部会议纪要");
            phone.click(By.cssSelector(".upload-evidence button[type=submit]"));
            assertThat(phone.pageText()).contains("佐证已上传");
            phone.screenshot("scorecard-3-uploaded-phone");
        }
        try (Browser office = Browser.open(port, 1280, 900).auditEveryPage()) {
            office.login(world.office().username(), Fixtures.PASSWORD);
            office.go("/scorecards/units/" + world.villageA().id());
            office.click(By.cssSelector("form[action*='/confirm'] button"));
            assertThat(office.pageText()).contains("已确认该佐证");
            office.screenshot("scorecard-4-card-desktop");
        }
    }
}
