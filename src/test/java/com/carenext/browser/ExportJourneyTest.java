package com.carenext.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.Browser;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.support.BulkActivities;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office exports a long ledger in a real browser: the export button answers at once with the job's page, whose
 * progress bar (named for screen readers) is polled by htmx until the download link appears; the link serves the
 * .xlsx. The page never waited on the export.
 */
@CareNextTest
class ExportJourneyTest {

    private static final int ROWS = 60_000;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeClicksExportSeesTheProgressBarThenTheDownloadLink() throws Exception {
        Fixtures.Town world = fixtures.town();
        BulkActivities.insert(jdbc, world.villageA().id(), world.villageA().path(), "LEGAL_EDUCATION", "普法", ROWS);

        try (Browser office = Browser.open(port, 1280, 900).auditEveryPage()) {
            office.login(world.office().username(), Fixtures.PASSWORD);
            office.go("/activities?type=LEGAL_EDUCATION");
            office.click(By.id("activity-export"));
            office.find(By.id("export-bar"));
            // read in one script: htmx swaps the bar every second, so an element found a moment ago may be gone
            Object bar = ((JavascriptExecutor) office.driver()).executeScript("""
                    const bar = document.getElementById('export-bar');
                    return bar.getAttribute('role') + ' ' + bar.getAttribute('aria-label');""");
            assertThat(bar).isEqualTo("progressbar 导出进度");
            assertThat(office.driver().getCurrentUrl()).matches(".*/exports/\\d+$");
            office.screenshot("export-1-progress");

            WebElement link = new WebDriverWait(office.driver(), Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
            assertThat(office.find(By.id("export-status")).getText()).contains("已完成", String.format("共 %,d 行", ROWS));
            assertThat(office.find(By.id("export-bar")).getAttribute("aria-valuenow")).isEqualTo("100");
            office.audited();
            office.screenshot("export-2-done");
            String href = link.getAttribute("href");
            assertThat(href).matches(".*/exports/\\d+/file$");
            Object answer = ((JavascriptExecutor) office.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                        + r.headers.get('content-type') + ' ' + b.byteLength)));""", href);
            assertThat(answer.toString()).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

            office.click(By.id("menu-exports"));
            assertThat(office.find(By.id("export-jobs")).getText()).contains("活动台账导出", "已完成", "下载 Excel");
            office.screenshot("export-3-mine");
        }
    }
}
