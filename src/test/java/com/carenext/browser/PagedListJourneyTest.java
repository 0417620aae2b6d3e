package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.support.Numbers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A list paged with its exact total on a 360 px phone: the count, then next and previous pages by tapping. */
@CareNextTest
class PagedListJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerPagesThroughTheWaterBodiesOnAPhone() {
        Fixtures.Town world = fixtures.town();
        jdbc.sql("INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, check_in_code, "
                        + "version, created_at) SELECT :organization, :path, '淖尔' || CAST(1000 + n.i AS VARCHAR(10)), "
                        + "'NAOER', 'RED', 'P' || CAST(:base + n.i AS VARCHAR(10)), 0, CURRENT_TIMESTAMP FROM "
                        + Numbers.below(150, "n"))
                .param("organization", world.villageA().id()).param("path", world.villageA().path())
                .param("base", world.villageA().id() % 900 * 10_000).update();
        try (Browser phone = Browser.open(port, 360, 800).auditEveryPage()) {
            phone.login(world.managerA().username(), Fixtures.PASSWORD);
            phone.go("/water-bodies");
            assertThat(phone.find(By.id("water-bodies-count")).getText()).isEqualTo("共 150 条，本页第 1–100 条");
            phone.click(By.id("water-bodies-next"));
            assertThat(phone.find(By.id("water-bodies-count")).getText()).isEqualTo("共 150 条，本页第 101–150 条");
            assertThat(phone.pageText()).contains("淖尔1149");
            phone.checkPhoneSizes();
            ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
                    "document.getElementById('water-bodies-pager').scrollIntoView({block: 'end'});");
            phone.screenshot("paged-water-bodies-phone");
            phone.click(By.id("water-bodies-previous"));
            assertThat(phone.pageText()).contains("淖尔1000");
        }
    }
}
