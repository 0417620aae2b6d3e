package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The office menu as a desk user sees it, rendered once per role set and section (security.LayoutMenus). */
@CareNextTest
class LayoutMenuJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void eachRoleSeesItsMenuWithTheCurrentPageMarked() {
        Fixtures.Town world = fixtures.town();
        try (Browser desk = Browser.open(port, 1280, 800).auditEveryPage()) {
            desk.login(world.office().username(), Fixtures.PASSWORD).go("/volunteers");
            assertThat(desk.find(By.cssSelector("#sidebar a.nav-link.active")).getText()).isEqualTo("五老队伍");
            assertThat(desk.find(By.id("sidebar")).getText()).contains("活动台账", "通知", "我的导出")
                    .doesNotContain("审计日志");
            desk.screenshot("menu-1-office-volunteers");
            desk.go("/activities");
            assertThat(desk.find(By.cssSelector("#sidebar a.nav-link.active")).getText()).isEqualTo("活动台账");
            desk.logout();
            desk.login(world.auditor().username(), Fixtures.PASSWORD).go("/audit");
            assertThat(desk.find(By.cssSelector("#sidebar a.nav-link.active")).getText()).isEqualTo("审计日志");
            assertThat(desk.find(By.id("sidebar")).getText()).doesNotContain("五老队伍");
            desk.screenshot("menu-2-auditor-audit");
        }
    }
}
